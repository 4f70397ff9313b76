"""Compare main-text extractors on the test pages (tests/fixtures/formats/*.htm*): why communique uses trafilatura.

For each page and library: does any planted boilerplate word (menus, cookie banners, related links, footers:
the capitalised animal-named words in the pages) leak into the text, how many of the article's own
paragraphs are kept (recall), which metadata fields come out, and the CPU time per page.  The alternatives are
not dependencies of communique; install them beside it to rerun (`pip install --target DIR readability-lxml
cssselect chardet resiliparse` and PYTHONPATH=DIR).  Run: python scripts/compare_html_extractors.py
"""

from __future__ import annotations

import re
import time
from pathlib import Path

PAGES = sorted((Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "formats").glob("*.htm*"))
PLANTED = re.compile(r"\b(Zanzibar|Quokka|Wombat|Platypus|Kookaburra|Wallaby|Numbat|Echidna|Bilby|Quoll|Dingo|Galah|Lyrebird|Mynah|Kiwi|Ibis|Bandicoot|Emu|Penguin|"
                     r"Cassowary|Koala|Dugong|Tasmania)\w*")


def article_paragraphs(html: str) -> list[str]:
    """The pages' own article paragraphs: <p> elements of at least 40 characters without a planted word."""
    from lxml import html as lh

    tree = lh.fromstring(html)
    paras = [" ".join(p.text_content().split()) for p in tree.iter("p")]
    return [p for p in paras if len(p) >= 40 and not PLANTED.search(p)]


def run_trafilatura(html):
    """As communique calls it (communique.ingest.html.extract_page)."""
    from communique.ingest.html import extract_page

    page = extract_page(html) or {}
    return page.get("text") or "", {k: page.get(k) for k in ("title", "date", "author", "sitename", "url")
                                    if page.get(k)}


def run_readability(html):
    from lxml import html as lh
    from readability import Document

    doc = Document(html)
    text = lh.fromstring(doc.summary()).text_content()
    return text, {"title": doc.short_title()}


def run_justext(html):
    import justext

    paras = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"))
    return "\n".join(p.text for p in paras if not p.is_boilerplate), {}


def run_resiliparse(html):
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    tree = HTMLTree.parse(html)
    return extract_plain_text(tree, main_content=True), {"title": tree.title}


def main():
    libs = {"trafilatura": run_trafilatura, "readability-lxml": run_readability, "jusText": run_justext,
            "resiliparse": run_resiliparse}
    print(f"{'library':18} {'page':16} {'leaked':30} {'recall':>7} {'CPU ms':>7}  metadata")
    for name, fn in libs.items():
        for page in PAGES:
            html = page.read_text(encoding="utf-8")
            try:
                fn(html)  # warm-up (imports, caches)
                t0 = time.process_time()  # CPU time: wall time swings on a shared machine
                text, meta = fn(html)
                ms = (time.process_time() - t0) * 1000
            except ImportError as exc:
                print(f"{name:18} not installed ({exc.name})")
                break
            flat = " ".join(text.split())
            leaked = sorted(set(m.group(0) for m in PLANTED.finditer(flat)))
            paras = article_paragraphs(html)
            kept = sum(p in flat for p in paras)
            print(f"{name:18} {page.name:16} {','.join(leaked) or '-':30} {kept}/{len(paras):<5} {ms:7.1f}  "
                  f"{', '.join(f'{k}={v}' for k, v in meta.items())}")


if __name__ == "__main__":
    main()
