"""End-to-end dashboard tests: `communique serve` on loopback, driven by Debian's headless Chromium
through the DevTools protocol (a small websocket client, no browser download).

Screenshots of every view go to test-artifacts/.  Skipped when Chromium is not installed, except where
COMMUNIQUE_REQUIRE_BROWSER is set (CI, see .ci/run): there a missing Chromium fails the run.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from web_fixtures import HAND_REFERENCE_ID, build_store

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = next((p for p in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                             shutil.which("chromium-browser")) if p and Path(p).exists()), None)
try:
    import websockets  # noqa: F401 - the DevTools client
except ImportError:  # pragma: no cover - part of the test extra
    websockets = None

if os.environ.get("COMMUNIQUE_REQUIRE_BROWSER") and (CHROMIUM is None or websockets is None):
    # CI installs Chromium (.ci/run): there a missing browser is an error, not a reason to skip
    raise RuntimeError("COMMUNIQUE_REQUIRE_BROWSER is set but chromium or websockets is missing")

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"),
              pytest.mark.skipif(websockets is None, reason="websockets is not installed (test extra)")]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1400,1000", "--remote-debugging-port=0"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, timeout: float, proc: subprocess.Popen | None = None) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode}: {proc.stderr.read().decode()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout}s")


class Browser:
    """Just enough of the Chrome DevTools protocol: navigate, evaluate, click, screenshot."""

    def __init__(self, profile: Path):
        from websockets.sync.client import connect

        self.proc = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = profile / "DevToolsActivePort"
        deadline = time.time() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.time() > deadline or self.proc.poll() is not None:
                self.close()
                raise RuntimeError("chromium did not start its DevTools endpoint")
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        _wait_http(f"http://127.0.0.1:{port}/json/version", 15)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as r:
            page = next(t for t in json.load(r) if t["type"] == "page")
        self.ws = connect(page["webSocketDebuggerUrl"], max_size=None, open_timeout=15)
        self.ids = itertools.count(1)
        self.errors: list[str] = []
        self.send("Page.enable")
        self.send("Runtime.enable")

    def _note(self, msg: dict) -> None:
        if msg.get("method") == "Runtime.exceptionThrown":
            d = msg["params"]["exceptionDetails"]
            self.errors.append((d.get("exception") or {}).get("description") or d.get("text", "exception"))

    def send(self, method: str, params: dict | None = None, timeout: float = 30) -> dict:
        mid = next(self.ids)
        self.ws.send(json.dumps({"id": mid, "method": method, "params": params or {}}))
        deadline = time.time() + timeout
        while True:
            msg = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.time())))
            if msg.get("id") == mid:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self._note(msg)

    def js(self, expression: str):
        res = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in res:
            raise RuntimeError(f"JS error in {expression!r}: {res['exceptionDetails']}")
        return res["result"].get("value")

    def wait(self, expression: str, timeout: float = 20):
        deadline = time.time() + timeout
        while time.time() < deadline:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.1)
        raise TimeoutError(f"timed out waiting for {expression}")

    def open(self, url: str, view: str) -> None:
        """Load the URL afresh and wait until the routed view has finished rendering."""
        self.send("Page.navigate", {"url": "about:blank"})
        self.send("Page.navigate", {"url": url})
        self.wait(f"(() => {{ const v = document.getElementById('view'); return v && v.dataset.view === '{view}' "
                  f"&& v.dataset.ready === '1'; }})()")

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path = ARTIFACTS / f"browser-{name}.png"
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        try:
            self.ws.close()
        except Exception:  # noqa: BLE001 - best effort on shutdown
            pass
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@pytest.fixture(scope="module")
def server(tmp_path_factory, reference_doc):
    """`communique serve` on a free loopback port over a store of the hand-coded documents plus the
    reference article as the pipeline codes it today (id "reference")."""
    from web_fixtures import REFERENCE

    db = tmp_path_factory.mktemp("web") / "browser.duckdb"
    build_store(db, [(reference_doc, REFERENCE.read_text(encoding="utf-8"))])
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "communique", "serve", "--db", str(db), "--host", "127.0.0.1",
                             "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_http(base + "/api/health", 60, proc)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def browser(server, tmp_path_factory):
    b = Browser(tmp_path_factory.mktemp("chromium-profile"))
    yield b
    b.close()


ROWS = """[...document.querySelectorAll('tr.event-row')].map(r => ({event: r.dataset.event, doc: r.dataset.doc,
          src: r.querySelector('.src').textContent, tgt: r.querySelector('.tgt').textContent}))"""


def _follow(browser, link_js: str) -> str:
    """Click the link `link_js` selects; once the article view is ready, the text outlined as evidence."""
    browser.js(f"(() => {{ const a = {link_js}; a.dispatchEvent(new MouseEvent('click', {{bubbles: true}})); }})()")
    return browser.wait("(() => { const v = document.getElementById('view'); return v.dataset.view === 'article' "
                        "&& v.dataset.ready === '1' && [...document.querySelectorAll('#article-text .evidence')]"
                        ".map(n => n.textContent).join('|'); })()")


def _has_visit(rows, doc=HAND_REFERENCE_ID):
    return any(r["event"] == "CONSULT" and "KAZ" in r["src"] and "RUS" in r["tgt"] and r["doc"] == doc for r in rows)


def test_events_table_shows_visit_and_filters(server, browser):
    browser.open(server + "/#/events", "events")
    assert _has_visit(browser.js(ROWS))
    browser.screenshot("events")
    csv_href = browser.js("document.getElementById('csv-download').getAttribute('href')")
    assert "format=csv" in csv_href
    csv_text = browser.js(f"fetch({json.dumps(csv_href)}).then(r => r.text())")
    assert csv_text.splitlines()[0].startswith("doc_id,event_id,date,event")
    assert any(",CONSULT," in line and HAND_REFERENCE_ID in line for line in csv_text.splitlines())
    # filter by category through the form
    browser.js("""(() => { const f = document.getElementById('event-filters');
                  f.querySelector('[name=event]').value = 'ASSAULT'; f.requestSubmit(); })()""")
    browser.wait(f"(() => {{ const r = {ROWS}; return r.length > 0 && r.every(x => x.event === 'ASSAULT'); }})()")
    assert "event=ASSAULT" in browser.js("location.hash")
    # filter by PLOVER context: the select lists the manual's contexts, the rows show their tags
    browser.js("""(() => { const f = document.getElementById('event-filters');
                  f.querySelector('[name=event]').value = '';
                  f.querySelector('[name=context]').value = 'economic'; f.requestSubmit(); })()""")
    tags_js = ("[...document.querySelectorAll('tr.event-row')].map(r => "
               "[...r.querySelectorAll('.ctx')].map(t => t.textContent))")
    browser.wait(f"location.hash.includes('context=economic') && (() => {{ const t = {tags_js}; "
                 "return t.length > 0 && t.every(x => x.includes('economic')); })()")
    tags = browser.js(tags_js)
    assert len(tags) >= 2 and all("economic" in t for t in tags), tags
    assert browser.js("document.querySelectorAll('#event-filters [name=context] option').length") == 38
    # a row's article link opens the article with the event's evidence outlined
    browser.open(server + "/#/events?event=ACCUSE", "events")
    evidence = _follow(browser, "document.querySelector('tr.event-row[data-doc=hand-grain-dispute] td:last-child a')")
    assert "accused" in evidence
    assert not browser.errors


def test_dyad_view_kaz_rus(server, browser):
    browser.open(server + "/#/dyad?a=KAZ&b=RUS&by=week", "dyad")
    title = browser.js("document.getElementById('dyad-title').textContent")
    assert "KAZ" in title and "RUS" in title
    assert browser.js("document.querySelectorAll('#relations-chart rect.bar').length") >= 2
    assert browser.js("!!document.querySelector('#relations-chart polyline.series[data-dyad=\"KAZ-RUS\"]')")
    # the period table shows what /api/relations computed, period by period
    api = browser.js("fetch('/api/relations?dyad=KAZ-RUS&by=week').then(r => r.json())")
    shown = browser.js("""[...document.querySelectorAll('#relations-table tr.period-row')].map(r => ({
        period: r.dataset.period, score: r.querySelector('.score').textContent,
        movers: [...r.querySelectorAll('a.mover')].map(a => a.getAttribute('href'))}))""")
    expected = [r for r in api["dyads"][0]["series"] if r["n"]]
    assert [r["period"] for r in shown] == [r["period"] for r in expected]
    assert all(float(r["score"].replace("+", "")) == pytest.approx(e["score"], abs=0.05)
               for r, e in zip(shown, expected))
    # the hand-coded accusation is the week of 3 November's only event: -2.0 (CAMEO 112), RUS -> KAZ
    nov = next(r for r in shown if r["period"] == "2025-W45")
    assert nov["score"] == "-2" and nov["movers"] == ["#/article/hand-grain-dispute?event=e1"]
    assert "2025-W46" not in {r["period"] for r in shown}  # the planned state visit is the calendar's
    rows = browser.js(ROWS)
    assert _has_visit(rows)
    assert {r["event"] for r in rows} >= {"CONSULT", "ACCUSE"}
    assert all({"KAZ", "RUS"} <= set((r["src"] + "," + r["tgt"]).replace(" ", "").replace("·GOV", "")
                                      .replace("·MIL", "").split(",")) for r in rows)
    browser.screenshot("dyad-kaz-rus")
    # a mover opens the article with that event's evidence outlined
    browser.js("document.querySelector('#relations-table tr[data-period=\"2025-W45\"] a.mover').click()")
    browser.wait("document.getElementById('view').dataset.view === 'article' && "
                 "document.getElementById('view').dataset.ready === '1'")
    evidence = browser.wait("[...document.querySelectorAll('#article-text .evidence')].map(n => n.textContent)"
                            ".join('|') || null")
    assert "accused" in evidence and "Russia" in evidence
    assert not browser.errors


def test_dyad_view_opens_on_busiest_dyad_and_compares(server, browser):
    busiest = browser.js("fetch('/api/relations/dyads?countries=true').then(r => r.json())")["items"][0]
    browser.open(server + "/#/dyad", "dyad")
    assert browser.js("document.getElementById('dyad-title').textContent").startswith(
        f"{busiest['a']} – {busiest['b']}")
    assert browser.js("document.querySelectorAll('#relations-chart circle.point').length") >= 1
    assert browser.js("document.querySelectorAll('#relations-table tr.period-row').length") >= 1
    browser.open(server + "/#/dyad?a=KAZ&b=RUS&by=month&compare=CHN-KAZ", "dyad")
    lines = browser.js("[...document.querySelectorAll('#relations-chart polyline.series')].map(p => p.dataset.dyad)")
    assert lines == ["KAZ-RUS", "CHN-KAZ"]
    legend = browser.js("[...document.querySelectorAll('#relations-legend [data-dyad]')].map(s => s.textContent)")
    assert legend[1] == "CHN-KAZ (+8)"  # the hand-coded rail deal, AGREE 057
    assert browser.js("document.querySelector('#dyad-form [name=by]').value") == "month"
    browser.screenshot("dyad-compare")
    assert not browser.errors


def test_dyad_form_and_event_link_to_article(server, browser):
    browser.open(server + "/#/dyad?a=CHN&b=UKR", "dyad")
    assert browser.js("document.querySelectorAll('tr.event-row').length") == 0
    browser.js("""(() => { const f = document.getElementById('dyad-form');
                  f.querySelector('[name=a]').value = 'kaz'; f.querySelector('[name=b]').value = 'rus';
                  f.requestSubmit(); })()""")
    browser.wait("document.getElementById('dyad-title') && "
                 "document.getElementById('dyad-title').textContent.startsWith('KAZ – RUS')")
    assert _has_visit(browser.js(ROWS))
    # following the visit's article link opens the article with that event's evidence outlined
    browser.js(f"document.querySelector('tr.event-row[data-doc={HAND_REFERENCE_ID}][data-id=e1] td:last-child a')"
               ".click()")
    browser.wait("document.getElementById('view').dataset.view === 'article' && "
                 "document.getElementById('view').dataset.ready === '1'")
    evidence = browser.wait("[...document.querySelectorAll('#article-text .evidence')].map(n => n.textContent)"
                            ".join('|') || null")
    assert "paid an official visit" in evidence
    assert browser.js("document.querySelector('.events-side .ev.selected').dataset.id") == "e1"
    assert not browser.errors


def test_network_view(server, browser):
    browser.open(server + "/#/network", "network")
    labels = browser.js("[...document.querySelectorAll('#network text')].map(t => t.textContent)")
    assert {"KAZ", "RUS", "UKR", "CHN"} <= set(labels)
    assert browser.js("document.querySelectorAll('#network path.edge-conflict').length") >= 1
    assert browser.js("document.querySelectorAll('#network path.edge-cooperation').length") >= 1
    assert browser.js(NO_LABEL_OVERLAP.replace("ROOT", "#network"))
    browser.screenshot("network")
    # the date range narrows the graph: only the September rail deal remains
    browser.open(server + "/#/network?since=2025-09-01&until=2025-09-30", "network")
    labels = browser.js("[...document.querySelectorAll('#network text')].map(t => t.textContent)")
    assert set(labels) == {"CHN", "KAZ"}
    # actors without a code: hidden by default, a toggle shows them grouped by the article's country
    browser.open(server + "/#/network", "network")
    assert browser.js("document.getElementById('network-uncoded').value") == "hide"
    browser.js("(() => { const s = document.getElementById('network-uncoded'); s.value = 'group'; "
               "s.dispatchEvent(new Event('change')); })()")
    browser.wait("location.hash.includes('uncoded=group')")
    assert not browser.errors


# every pair of label boxes in ROOT is disjoint (measured by the browser: real font metrics)
NO_LABEL_OVERLAP = """(() => { const b = [...document.querySelectorAll('ROOT text.node-label')].map(t => t.getBBox());
    for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++) {
      const w = Math.min(b[i].x + b[i].width, b[j].x + b[j].width) - Math.max(b[i].x, b[j].x);
      const h = Math.min(b[i].y + b[i].height, b[j].y + b[j].height) - Math.max(b[i].y, b[j].y);
      if (w > 0.5 && h > 0.5) return false; }
    return b.length > 0; })()"""


def test_network_labels_do_not_overlap_in_a_crowded_graph(server, browser):
    """Thirty actors, long names among them, around one hub: every label gets a place of its own."""
    browser.open(server + "/#/network", "network")
    names = ["USA", "CHN", "RUS", "IGO", "uncoded · NER", "Head of State", "civilians", "junta", "SDN", "SAU",
             "Sergey Lavrov", "KAZ", "PAK", "AFG", "IRN", "ISR", "PSE", "EGY", "BLR", "UKR", "Kassym-Jomart Tokayev",
             "JPN", "IND", "TJK", "KGZ", "UZB", "foreign office", "militants", "BRA", "VEN"]
    nodes = [{"id": n, "label": n, "code": n if len(n) == 3 else None, "events": 30 - i} for i, n in enumerate(names)]
    edges = [{"source": "USA", "target": n, "count": 1, "cooperation": 1, "conflict": 0, "goldstein": 1.0}
             for n in names[1:]]
    browser.js(f"""import('/static/js/views/network.js').then(m => {{
        const box = document.createElement('div'); box.id = 'crowded'; document.body.append(box);
        box.append(m.drawNetwork({json.dumps({"nodes": nodes, "edges": edges})})); }})""")
    assert browser.js("document.querySelectorAll('#crowded text.node-label').length") == len(names)
    assert browser.js(NO_LABEL_OVERLAP.replace("ROOT", "#crowded"))
    browser.screenshot("network-crowded")


def test_actors_view_and_actor_page(server, browser):
    browser.open(server + "/#/actors", "actors")
    names = browser.js("[...document.querySelectorAll('tr.actor-row td:first-child')].map(td => td.textContent)")
    assert "Sergey Lavrov" in names and "Russia" in names
    browser.open(server + "/#/actors/RUS", "actors")
    assert "Russia" in browser.js("document.getElementById('actor-title').textContent")
    assert _has_visit(browser.js(ROWS))
    marks = browser.js("[...document.querySelectorAll('.card mark')].map(m => m.textContent)")
    assert "Sergey Lavrov" in marks
    browser.screenshot("actor-rus")
    # a mention opens its article with that mention outlined
    evidence = _follow(browser, "[...document.querySelectorAll('.card li')].find(li => "
                                "li.querySelector('mark')?.textContent === 'Sergey Lavrov').querySelector('a.mention-link')")
    assert evidence.replace("|", "") == "Sergey Lavrov"
    assert not browser.errors


def test_map_view(server, browser):
    browser.open(server + "/#/map", "map")
    assert browser.js("document.querySelectorAll('#event-map path.country').length") > 100
    assert browser.js("document.querySelectorAll('#event-map circle.event-point').length") >= 2
    browser.screenshot("map")
    # a point opens its article with the event's evidence outlined
    evidence = _follow(browser, "document.querySelector('#event-map a[href^=\"#/article/hand-kharkiv-shelling\"]')")
    assert "shelled" in evidence and "Russian artillery" in evidence
    assert not browser.errors


def test_article_view_highlights_and_evidence(server, browser):
    from web_fixtures import REFERENCE

    browser.open(server + f"/#/article/{HAND_REFERENCE_ID}", "article")
    counts = browser.js("""Object.fromEntries(['actor', 'trigger', 'quote', 'amount', 'date', 'dateline'].map(k =>
                           [k, document.querySelectorAll('#article-text .hl-' + k).length]))""")
    assert counts["actor"] >= 6 and counts["trigger"] >= 2 and counts["quote"] >= 1
    assert counts["amount"] >= 1 and counts["date"] >= 2 and counts["dateline"] == 1
    # the highlighted text is the original text, character for character (labels aside)
    shown = browser.js("""(() => { const t = document.getElementById('article-text').cloneNode(true);
                          t.querySelectorAll('sup').forEach(s => s.remove()); return t.textContent; })()""")
    assert shown == REFERENCE.read_text(encoding="utf-8")
    browser.js("document.querySelector('.events-side .ev[data-id=e1]').click()")
    evidence = browser.wait("(() => { const e = [...document.querySelectorAll('#article-text .evidence')]"
                            ".map(n => n.textContent).join('|'); return e || null; })()")
    assert "paid an official visit" in evidence
    assert "Yermek Kosherbayev" in evidence and "Russia" in evidence
    assert "Tokayev" not in evidence
    browser.screenshot("article")
    assert not browser.errors


def test_documents_view_links_to_article(server, browser):
    browser.open(server + "/#/documents", "documents")
    links = browser.js("[...document.querySelectorAll('#view table a')].map(a => a.getAttribute('href'))")
    assert f"#/article/{HAND_REFERENCE_ID}" in links and "#/article/reference" in links
    genres = browser.js("[...document.querySelectorAll('#view select[name=genre] option')].map(o => o.value)")
    assert genres == ["", "report", "live blog", "opinion"]
    browser.open(server + "/#/documents?genre=opinion", "documents")  # no opinion piece among the fixtures
    assert browser.js("document.querySelector('#view tbody').textContent") == "No articles."
    assert not browser.errors


def test_api_docs_page_works_offline(server, browser):
    browser.send("Page.navigate", {"url": server + "/docs"})
    browser.wait("document.querySelectorAll('.swagger-ui .opblock').length > 5", timeout=30)
    paths = browser.js("[...document.querySelectorAll('.opblock-summary-path')].map(p => p.textContent)")
    assert any("/api/events" in p for p in paths)
    browser.screenshot("api-docs")


def test_extracted_reference_visit_in_views(server, browser):
    """The same views over the reference article as the pipeline codes it (not hand-coded)."""
    browser.open(server + "/#/events?q=&dyad=KAZ-RUS", "events")
    assert _has_visit(browser.js(ROWS), doc="reference")
    browser.open(server + "/#/article/reference", "article")
    assert browser.js("document.querySelectorAll('#article-text .hl-trigger').length") >= 1
    assert browser.js("document.querySelectorAll('#article-text .hl-actor').length") >= 3
    browser.screenshot("article-extracted-reference")


def test_events_switch_to_clusters_and_reports_side_by_side(server, browser):
    browser.open(server + "/#/events?clustered=true", "events")
    rows = browser.js("""[...document.querySelectorAll('tr.cluster-row')].map(r => ({id: r.dataset.cluster,
        event: r.dataset.event, src: r.querySelector('.src').textContent,
        mentions: Number(r.children[6].textContent)}))""")
    visit = next(r for r in rows if r["event"] == "CONSULT" and "KAZ" in r["src"] and r["mentions"] >= 2)
    assert browser.js("document.getElementById('clustered').checked") is True
    browser.screenshot("clusters")
    browser.open(server + f"/#/cluster/{visit['id']}", "cluster")
    docs = browser.js("[...document.querySelectorAll('article.report')].map(a => a.dataset.doc)")
    assert HAND_REFERENCE_ID in docs and "reference" in docs
    assert "mentions" in browser.js("document.getElementById('cluster-counts').textContent")
    assert browser.js("document.querySelectorAll('article.report mark').length") >= 2
    browser.screenshot("cluster")
    marks = browser.js(f"[...document.querySelectorAll('article.report[data-doc={HAND_REFERENCE_ID}] mark')]"
                       ".map(m => m.textContent)")
    evidence = _follow(browser, f"document.querySelector('article.report[data-doc={HAND_REFERENCE_ID}] h3 a')")
    assert marks and all(m in evidence for m in marks)  # the report's trigger, outlined in its article
    assert not browser.errors


def test_calendar_month_view_links_to_evidence(server, browser):
    browser.open(server + "/#/calendar?month=2025-11", "calendar")
    entries = browser.js("""[...document.querySelectorAll('#calendar-grid .cal-day .cal-entry')].map(a => ({
        day: a.closest('.cal-day').dataset.day, event: a.dataset.event, status: a.dataset.status,
        text: a.textContent, href: a.getAttribute('href')}))""")
    visit = next(e for e in entries if e["day"] == "2025-11-12" and e["event"] == "CONSULT" and "KAZ" in e["text"])
    assert visit["status"] in ("pending", "overdue") and visit["href"].startswith("#/article/")
    browser.screenshot("calendar")
    browser.js("document.getElementById('cal-next').click()")
    browser.wait("document.getElementById('cal-month') && document.getElementById('cal-month').textContent === '2025-12'")
    browser.js(f"location.hash = {json.dumps(visit['href'])}")
    browser.wait("(() => { const v = document.getElementById('view'); return v.dataset.view === 'article' "
                 "&& v.dataset.ready === '1' && document.querySelectorAll('#article-text .evidence').length > 0; })()")
    assert "Tokayev" in browser.js("[...document.querySelectorAll('#article-text .evidence')]"
                                   ".map(n => n.textContent).join(' ')")
    assert not browser.errors


def test_figures_ledger_view(server, browser):
    browser.open(server + "/#/figures?dyad=KAZ-RUS", "figures")
    rows = browser.js("""[...document.querySelectorAll('tr.figure-row')].map(r => ({category: r.dataset.category,
        dyad: r.dataset.dyad, value: Number(r.querySelector('.value').title), text: r.textContent,
        href: r.querySelector('a').getAttribute('href')}))""")
    trade = [r for r in rows if r["category"] == "bilateral trade" and r["dyad"] == "KAZ-RUS"]
    assert any(r["value"] == 28e9 and "exceeded" in r["text"] for r in trade)
    assert any(r["value"] == 30e9 and "target" in r["text"] for r in trade)
    assert all(r["href"].startswith("#/article/") for r in rows)
    assert browser.js("document.querySelectorAll('.fig-series svg rect').length") >= 1
    browser.screenshot("figures")
    # the figure's link opens its article with the amount outlined
    href = next(r["href"] for r in trade if r["value"] == 28e9)
    assert "?span=" in href
    browser.js(f"location.hash = {json.dumps(href)}")
    evidence = browser.wait("(() => { const v = document.getElementById('view'); return v.dataset.view === 'article' "
                            "&& v.dataset.ready === '1' && [...document.querySelectorAll('#article-text .evidence')]"
                            ".map(n => n.textContent).join('|'); })()")
    assert "28 billion" in evidence
    assert not browser.errors
