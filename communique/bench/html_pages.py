"""An HTML rendering of a benchmark corpus: each article as a news web page, page furniture included.

`communique bench --html` ingests these pages to measure what reading web pages costs: the article's
paragraphs sit inside a page with a cookie banner, a menu, a byline, related links, a newsletter box and a
footer (markup written here), and its metadata in the usual meta tags, so the main-text extraction has
the work it has on real pages.
"""

from __future__ import annotations

import html
import json
import os
import re

SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Bench Herald</title>
<link rel="canonical" href="https://bench-herald.invalid/{slug}">
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Bench Herald">
<meta property="article:published_time" content="{date}"><meta name="author" content="Bench Desk">
<script>window.analytics = window.analytics || []; analytics.push(["page", "{slug}"]);</script>
<style>.cookie{{position:fixed;bottom:0}} nav li{{display:inline}}</style>
</head><body>
<div class="cookie" id="consent"><p>We use cookies and similar technologies to measure traffic and show
personalised advertising. You can change your choice at any time in the privacy settings.</p>
<button>Accept all</button><button>Reject</button></div>
<header><a href="/" class="logo">Bench Herald</a><nav><ul>{menu}</ul></nav>
<form role="search"><input type="search" placeholder="Search the Herald"></form></header>
<main><article><h1>{title}</h1><p class="byline">By Bench Desk, {date}</p>
<div class="article-body">
{body}
</div>
<aside class="related"><h2>Related stories</h2><ul>{related}</ul></aside>
<div class="share">Share this article: <a href="#">Email</a> <a href="#">Facebook</a> <a href="#">X</a></div>
</article>
<section class="newsletter"><h2>The morning briefing</h2><p>Sign up to get the day's top stories in your
inbox every morning, before breakfast.</p><form><input type="email"><button>Sign up</button></form></section>
</main>
<footer><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/terms">Terms</a></li><li><a href="/contact">Contact</a></li></ul>
<p>© Bench Herald. All rights reserved.</p></footer>
</body></html>
"""
MENU = ("World", "Politics", "Business", "Science", "Sport", "Culture", "Opinion", "Video")


def paragraphs(text: str, per_paragraph: int = 3) -> list[str]:
    """The text's own paragraphs, or (one-block texts) groups of `per_paragraph` sentences."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    if len(blocks) > 1:
        return blocks
    sentences = SENTENCE_END.split(text.strip())
    return [" ".join(sentences[i:i + per_paragraph]) for i in range(0, len(sentences), per_paragraph)]


def render(record: dict, others: list[str]) -> str:
    """One record ({id, text, date, title?}) as a web page; `others` are titles for the related links."""
    text = record["text"]
    title = record.get("title") or " ".join(text.split()[:12]).rstrip(",;:") + " ..."
    slug = re.sub(r"[^a-z0-9]+", "-", str(record["id"]).lower()).strip("-")
    esc = lambda s: html.escape(s, quote=True)  # noqa: E731
    return PAGE.format(
        title=esc(title), slug=slug, date=esc(record.get("date") or ""),
        menu="".join(f'<li><a href="/{m.lower()}">{m}</a></li>' for m in MENU),
        body="\n".join(f"<p>{esc(p)}</p>" for p in paragraphs(text)),
        related="".join(f'<li><a href="/r{i}">{esc(t)}</a></li>' for i, t in enumerate(others)))


def write_pages(jsonl_path: str, dest_dir: str) -> int:
    """Render every record of a JSON Lines corpus into `dest_dir` (one .html file each); returns the count."""
    os.makedirs(dest_dir, exist_ok=True)
    recent: list[str] = []
    n = 0
    with open(jsonl_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            n += 1
            with open(os.path.join(dest_dir, f"page-{n:06d}.html"), "w", encoding="utf-8") as out:
                out.write(render(rec, recent[-4:] or ["More from the Herald"]))
            recent.append(" ".join(rec["text"].split()[:9]))
    return n
