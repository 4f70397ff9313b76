"""Web pages, feeds and web archives as input: detection, metadata, boilerplate kept out, skips counted.

The pages and feeds in tests/fixtures/formats were written for these tests (invented stories); each page
plants boilerplate words (animal names run together with a word: "Quokkamenu", "Zanzibarcookie") in its
menus, cookie banners, related links, comments and footers, which must never reach the extractors.
"""

from __future__ import annotations

import gzip
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.ingest.detect import FEED, HTML, WARC, sniff
from communique.ingest.records import InputError, Record, read_path, read_stdin
from communique.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
PAGES = sorted(FIXTURES.glob("*.htm*"))
PLANTED = re.compile(r"(Zanzibar|Quokka|Wombat|Platypus|Kookaburra|Wallaby|Numbat|Echidna|Bilby|Quoll|Dingo|Galah|"
                     r"Lyrebird|Mynah|Kiwi|Ibis|Bandicoot|Emu|Penguin|Cassowary|Koala|Dugong|Tasmania)\w*")


def records(path) -> list:
    return list(read_path(Path(path)))


def good(items) -> list[Record]:
    return [r for r in items if isinstance(r, Record)]


def build_warc(path: Path, pages: dict[str, bytes]) -> int:
    """A gzipped WARC of 10 records: 4 article pages, a PDF, a 404, a menu-only page, warcinfo, a request and
    a metadata record.  Returns the number of records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def response(writer, url, body, status="200 OK", ctype="text/html; charset=utf-8", date="2024-05-02T10:00:00Z"):
        http = StatusAndHeaders(status, [("Content-Type", ctype), ("Content-Length", str(len(body)))],
                                protocol="HTTP/1.1")
        rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                        warc_headers_dict={"WARC-Date": date})
        writer.write_record(rec)

    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        w.write_record(w.create_warcinfo_record("crawl.warc.gz", {"software": "communique tests"}))
        req = StatusAndHeaders("GET /a HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        w.write_record(w.create_warc_record("https://example.org/a", "request", payload=io.BytesIO(b""),
                                            http_headers=req))
        for url, body in pages.items():
            response(w, url, body)
        response(w, "https://example.org/report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n",
                 ctype="application/pdf")
        response(w, "https://example.org/gone", b"<html><body><h1>Not found</h1></body></html>",
                 status="404 Not Found")
        response(w, "https://example.org/", b"<html><body><nav><a href='/a'>Home</a> <a href='/b'>World</a>"
                                            b"</nav></body></html>")
        w.write_record(w.create_warc_record("https://example.org/a", "metadata",
                                            payload=io.BytesIO(b"fetchTimeMs: 120\n"),
                                            warc_content_type="application/warc-fields"))
    return 3 + len(pages) + 3


@pytest.fixture(scope="module")
def warc_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("warc") / "crawl.warc.gz"
    pages = {f"https://archive.example/{p.stem}": p.read_bytes() for p in PAGES}
    assert build_warc(path, pages) == 10
    return path


@pytest.mark.parametrize("name, head, kind", [
    ("page.html", b"<p>fragment</p>", HTML),
    ("page.txt", b"\xef\xbb\xbf<!DOCTYPE html>\n<html><body>", HTML),
    ("saved", b"<!-- saved from url=(0019)https://example.org -->\n<html>", HTML),
    ("feed.xml", b"<?xml version='1.0'?>\n<rss version='2.0'><channel>", FEED),
    ("feed", b"<?xml version='1.0'?><!-- c --><feed xmlns='http://www.w3.org/2005/Atom'>", FEED),
    ("x.rdf", b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>", FEED),
    ("a.warc", b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", WARC),
    ("a.bin", gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n"), WARC),
    ("a.gz", gzip.compress(b"plain text, gzipped"), None),
    ("a.jsonl", b'{"id": "x", "text": "<html>"}', None),
    ("a.txt", b"Ministers met in Lima on Tuesday.", None),
    ("notes.xml", b"<notes><note>hi</note></notes>", None),
])
def test_sniff(name, head, kind):
    assert sniff(name, head) == kind


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_html_page_main_text_and_metadata(page):
    [rec] = records(page)
    assert isinstance(rec, Record), rec
    assert rec.format == "html" and rec.title and rec.published and rec.url.startswith("https://")
    assert rec.id.startswith("url-")
    assert not PLANTED.search(rec.text), PLANTED.search(rec.text).group(0)
    assert "\n\n" in rec.text and len(rec.text) > 300  # the article's paragraphs, blank lines between


def test_html_metadata_values():
    by_name = {p.name: records(p)[0] for p in PAGES}
    talks = by_name["talks.html"]
    assert (talks.title, talks.published, talks.author, talks.source) == (
        "Kazakhstan and Uzbekistan agree to expand water cooperation", "2025-03-14", "Aigerim Test-Writer",
        "The Steppe Courier")
    assert talks.url == "https://steppe-courier.example/world/2025/03/14/kazakhstan-uzbekistan-water-talks"
    assert talks.text.startswith("TASHKENT — Kazakhstan and Uzbekistan agreed")
    sanctions = by_name["sanctions.html"]  # metadata from JSON-LD
    assert (sanctions.published, sanctions.author, sanctions.source) == ("2024-02-26", "Piotr Example",
                                                                        "Continental Wire")
    protest = by_name["protest.htm"]  # an old table layout, URL from the browser's "saved from" mark
    assert protest.url == "https://caucasus-digest.example/2024/04/17/tbilisi-protest.htm"
    assert protest.published == "2024-04-17"


def test_rss_items():
    items = records(FIXTURES / "world.rss")
    assert len(items) == 5 and all(isinstance(r, Record) for r in items)
    assert [r.partial for r in items] == [False, True, False, True, False]
    assert {r.format for r in items} == {"rss"} and {r.source for r in items} == {"Harbour Times World News"}
    assert all(r.title and r.url and r.published for r in items)
    first, kenya, norway, itaipu = items[0], items[2], items[3], items[4]
    assert first.published == "2024-04-12" and first.author == "Lucia Example"
    assert first.text.startswith("SANTIAGO — Chile and Argentina signed") and "\n\n" in first.text
    assert kenya.author == "Amina Writer"  # "email (Name)"
    assert norway.text == "Norway on Tuesday expelled three Russian diplomats, accusing them of spying."
    assert "A joint commission will review it every year." in itaipu.text and "teaser" not in itaipu.text
    assert items[1].published == "2024-04-11"  # the publisher's own date, not UTC's


def test_atom_entries():
    items = records(FIXTURES / "region.atom")
    assert [(r.format, r.partial, r.published) for r in items] == [
        ("atom", False, "2024-06-03"), ("atom", True, "2024-06-02"), ("atom", False, "2024-06-01")]
    assert items[0].author == "Maarja Example" and items[0].source == "Baltic Observer"
    assert items[2].text.startswith("VILNIUS — More than 3,000 troops")  # the content, not the summary
    assert len({r.id for r in items}) == 3


def test_warc_pages_become_documents_and_skips_are_counted(warc_file):
    items = records(warc_file)
    docs = good(items)
    assert not [r for r in items if isinstance(r, InputError)]
    assert len(docs) == len(PAGES)
    assert {r.url for r in docs} == {f"https://archive.example/{p.stem}" for p in PAGES}  # the target URI
    assert all(r.format == "warc" and r.title and r.published for r in docs)
    assert all(not PLANTED.search(r.text) for r in docs)
    [warning] = docs[-1].warnings
    assert "4 HTML pages read; skipped 6 records" in warning
    for part in ("HTTP 404", "non-HTML (application/pdf)", "HTML pages without article text", "request records",
                 "warcinfo records", "metadata records"):
        assert part in warning, part


def test_warc_capture_date_stands_in_for_a_missing_publication_date(tmp_path):
    path = tmp_path / "one.warc.gz"
    body = ("<html><body><article>" + "<p>Ministers of Chile and Peru met in Lima to discuss fishing rights "
            "along their maritime border, officials said.</p>" * 4 + "</article></body></html>").encode()
    build_warc(path, {"https://example.org/undated": body})
    [doc] = good(records(path))
    assert doc.published == "2024-05-02" and doc.url == "https://example.org/undated"


def test_damaged_warc_keeps_what_was_read(warc_file, tmp_path):
    data = warc_file.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) * 2 // 3])
    items = records(cut)
    errors = [r for r in items if isinstance(r, InputError)]
    assert len(errors) == 1 and "damaged or unreadable WARC archive" in errors[0].message
    assert str(errors[0]).startswith(f"{cut}#record-")
    assert 1 <= len(good(items)) < len(PAGES)


@pytest.mark.parametrize("name, data, needle", [
    ("broken.rss", b"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title></channel>",
     "not a readable RSS/Atom feed"),
    ("empty.html", b"   \n", "empty file"),
    ("menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
    ("fake.warc.gz", b"\x1f\x8bnot really gzip at all", None),
    ("text.warc", b"this is not an archive", "not a WARC archive"),
])
def test_bad_files_get_one_error(tmp_path, name, data, needle):
    path = tmp_path / name
    path.write_bytes(data)
    items = records(path)
    assert len(items) == 1 and isinstance(items[0], InputError), items
    assert str(items[0]).startswith(str(path)) and "\n" not in str(items[0])
    if needle:
        assert needle in items[0].message


def test_html_from_stdin():
    [rec] = read_stdin(io.BytesIO((FIXTURES / "talks.html").read_bytes()))
    assert rec.format == "html" and rec.origin == "<stdin>" and rec.title.startswith("Kazakhstan")


def test_directory_ingest_end_to_end(nlp, tmp_path, warc_file):
    """The issue's case: pages, an RSS feed of 5 items, an Atom feed and a WARC.gz of 10 records in one
    folder, plus a bad file: the right documents, each with title, date and URL, no boilerplate anywhere."""
    root = tmp_path / "inbox"
    root.mkdir()
    for p in FIXTURES.iterdir():
        (root / p.name).write_bytes(p.read_bytes())
    (root / warc_file.name).write_bytes(warc_file.read_bytes())
    (root / "broken.rss").write_bytes(b"<rss version='2.0'><channel></channel></rss>")
    db = tmp_path / "store.duckdb"
    res = CliRunner().invoke(app, ["ingest", "--db", str(db), str(root)])
    assert res.exit_code == 1, res.output  # the bad feed
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "broken.rss" in errors[0]
    assert any("skipped 6 records" in line for line in res.stderr.splitlines() if line.startswith("warning:"))
    expected = len(PAGES) + 5 + 3 + len(PAGES)
    assert f"{expected} added" in res.stderr
    with Store(db, read_only=True) as store:
        docs = [store.get_document(d["id"]) for d in store.list_documents(limit=100)]
    assert len(docs) == expected
    assert sorted(d["format"] for d in docs).count("warc") == len(PAGES)
    for d in docs:
        assert d["title"] and d["published"] and d["url"], d["id"]
        assert not PLANTED.search(json.dumps(d, ensure_ascii=False)), d["id"]
        for item in d["events"] + d["quotes"] + d["places"]:  # spans still index the stored text
            start, end = item.get("trigger", item)["span"]
            assert d["text"][start:end] == item.get("trigger", item)["text"]
    assert sum(d["partial"] for d in docs) == 3

