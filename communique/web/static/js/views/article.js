// Article view: the original text with every extracted item highlighted at its character span
// (actors, event triggers, quotes, amounts, dates, places), the coded events beside it; clicking an
// event outlines its evidence (trigger, source and target spans).
import { mount, el, getJSON, quadBadge, actorsText, contextTags } from "../util.js";

const KINDS = [["actor", "actor"], ["trigger", "event trigger"], ["quote", "quote"], ["amount", "amount"],
  ["date", "date"], ["place", "place"]];

function annotations(doc) {
  const out = [];
  const add = (span, cls, label, title) => {
    if (Array.isArray(span) && span.length === 2 && span[1] > span[0]) out.push({ s: span[0], e: span[1], cls, label, title });
  };
  if (doc.dateline) add(doc.dateline.span, "dateline", null, "dateline");
  for (const a of doc.actors || []) {
    for (const m of a.mentions || []) add(m, "actor", a.code || a.kind,
      `${a.name} · ${a.kind || ""}${a.code ? " · " + a.code : ""}${a.sector ? " · " + a.sector : ""}${a.role ? " · " + a.role : ""}`);
  }
  for (const ev of doc.events || []) {
    if (ev.trigger) add(ev.trigger.span, "trigger", ev.event, `${ev.event} ${ev.mode || ""} (CAMEO ${ev.cameo || "?"})`);
    for (const a of [...(ev.source || []), ...(ev.target || [])]) add(a.span, "arg", null, null);
  }
  for (const q of doc.quotes || []) add(q.span, "quote", null, q.speaker ? `said by ${q.speaker.name || q.speaker.code || "?"}` : "quote");
  for (const a of doc.amounts || []) add(a.span, "amount", a.unit, `${a.value} ${a.unit}${a.about ? " · " + a.about : ""}${a.year ? " · " + a.year : ""}`);
  for (const d of doc.dates || []) add(d.span, "date", d.value, `${d.value}${d.end ? " – " + d.end : ""}`);
  for (const p of doc.places || []) add(p.span, "place", p.country, `${p.name || p.text}${p.country ? ", " + p.country : ""}`);
  return out;
}

/** The text cut at every annotation boundary; each piece carries the classes of all items covering it. */
export function highlighted(text, anns) {
  const cuts = new Set([0, text.length]);
  for (const a of anns) { cuts.add(Math.max(0, Math.min(text.length, a.s))); cuts.add(Math.max(0, Math.min(text.length, a.e))); }
  const bounds = [...cuts].sort((x, y) => x - y);
  const nodes = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const s = bounds[i], e = bounds[i + 1];
    const cover = anns.filter((a) => a.s <= s && a.e >= e);
    const piece = text.slice(s, e);
    if (!cover.length) { nodes.push(piece); continue; }
    const classes = [...new Set(cover.map((a) => "hl-" + a.cls))];
    const title = cover.map((a) => a.title).filter(Boolean).join("\n");
    nodes.push(el("span", { class: "hl " + classes.join(" "), title: title || null, dataset: { s: String(s), e: String(e) } }, piece));
    const labels = new Map();  // one label per text at this end (an actor and a place often share a code)
    for (const a of cover) if (a.e === e && a.label && a.cls !== "quote" && !labels.has(a.label)) labels.set(a.label, a.cls);
    for (const [label, cls] of labels) nodes.push(el("sup", { class: `lbl lbl-${cls}` }, label));
  }
  return nodes;
}

function evidenceSpans(ev) {
  const spans = [];
  if (ev.trigger && ev.trigger.span) spans.push(ev.trigger.span);
  for (const a of [...(ev.source || []), ...(ev.target || [])]) if (a.span) spans.push(a.span);
  return spans;
}

function selectEvent(root, ev, card) {
  for (const n of root.querySelectorAll(".ev.selected")) n.classList.remove("selected");
  card.classList.add("selected");
  outline(root, evidenceSpans(ev));
}

/** Outline the highlighted text under `spans` ([start, end) pairs) and scroll the first into view. */
function outline(root, spans) {
  for (const n of root.querySelectorAll(".evidence")) n.classList.remove("evidence");
  let first = null;
  for (const n of root.querySelectorAll(".text .hl")) {
    const s = Number(n.dataset.s), e = Number(n.dataset.e);
    if (spans.some(([a, b]) => s < b && e > a)) {
      n.classList.add("evidence");
      first = first || n;
    }
  }
  if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
}

function eventCard(ev) {
  return el("div", { class: "ev", dataset: { id: ev.id, event: ev.event || "" }, tabindex: 0 },
    el("div", {}, quadBadge(ev), " ", el("strong", {}, ev.mode || ""), ` CAMEO ${ev.cameo || "—"}`,
      ev.planned ? el("span", { class: "flag" }, "planned") : null, ev.negated ? el("span", { class: "flag" }, "negated") : null),
    el("div", {}, el("span", { class: "src" }, actorsText(ev.source)), " → ", el("span", { class: "tgt" }, actorsText(ev.target))),
    el("div", { class: "muted" }, `${ev.date || "undated"}${ev.date_text ? ` ("${ev.date_text}")` : ""} · trigger "${(ev.trigger || {}).text || ""}"` +
      ` · Goldstein ${ev.goldstein ?? "—"} · confidence ${ev.confidence ?? "—"}`),
    contextTags(ev));
}

export async function render(root, params, docId) {
  const doc = await getJSON(`/api/documents/${encodeURIComponent(docId)}`);
  const cards = (doc.events || []).map((ev) => {
    const card = eventCard(ev);
    card.addEventListener("click", () => selectEvent(root, ev, card));
    card.addEventListener("keydown", (e) => { if (e.key === "Enter") selectEvent(root, ev, card); });
    return [ev, card];
  });
  const side = el("aside", { class: "events-side" },
    el("h3", {}, `Coded events (${cards.length})`),
    cards.length ? cards.map(([, c]) => c) : el("p", { class: "muted" }, "No events were coded in this article."),
    el("h3", {}, `Quotes (${(doc.quotes || []).length})`),
    el("ol", { class: "side-list" }, (doc.quotes || []).map((q) => el("li", {}, `“${q.text.slice(0, 90)}${q.text.length > 90 ? "…" : ""}” — `,
      el("em", {}, q.speaker ? (q.speaker.name || q.speaker.code || "?") : "unattributed")))),
    el("h3", {}, `Amounts (${(doc.amounts || []).length})`),
    el("ul", { class: "side-list" }, (doc.amounts || []).map((a) => el("li", {}, `${a.text}: ${a.value.toLocaleString("en")} ${a.unit}` +
      `${a.about ? " · " + a.about : ""}${a.year ? " · " + a.year : ""}${a.qualifier ? " · " + a.qualifier : ""}`))));
  const body = el("div", { class: "text", id: "article-text" }, highlighted(doc.text || "", annotations(doc)));
  mount(root, 
    el("h2", {}, doc.title || doc.id),
    el("p", { class: "muted" }, [doc.published ? `published ${doc.published}` : "publication date unknown",
      doc.source ? ` · ${doc.source}` : "", doc.url ? [" · ", el("a", { href: doc.url, rel: "noopener" }, "original")] : "",
      ` · id ${doc.id}`]),
    el("div", { class: "legend" }, KINDS.map(([k, label]) => el("span", {}, el("i", { class: `hl-${k}` }), label))),
    el("div", { class: "article" }, body, side));
  if (params.event) {
    const hit = cards.find(([ev]) => ev.id === params.event);
    if (hit) selectEvent(root, hit[0], hit[1]);
  } else if (/^\d+-\d+$/.test(params.span || "")) {  // a figure, a quote ...: #/article/ID?span=START-END
    outline(root, [params.span.split("-").map(Number)]);
  }
}
