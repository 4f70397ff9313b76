// Small DOM and API helpers shared by the views (plain ES module, no dependencies).

export const QUADS = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
export const QUAD_COLOURS = {
  "verbal cooperation": "#7fbf7b", "material cooperation": "#1b7837",
  "verbal conflict": "#f4a582", "material conflict": "#b2182b",
};
export const CATEGORIES = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"];
const SVG_NS = "http://www.w3.org/2000/svg";

function build(doc, tag, attrs, children) {
  const node = doc;
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** el("a", {href: "#"}, "text", child...) */
export function el(tag, attrs, ...children) {
  return build(document.createElement(tag), tag, attrs, children);
}

/** svg("circle", {cx: 1}) */
export function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), tag, attrs, children);
}

export async function getJSON(url) {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.detail || `${res.status} ${res.statusText}`);
  return body;
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined && v !== false) q.set(k, v);
  return q.toString();
}

export function quadClass(quad) {
  return quad ? "q-" + quad.replace(/\s+/g, "-") : "q-none";
}

export function quadBadge(ev) {
  return el("span", { class: `badge ${quadClass(ev.quad)}`, title: ev.quad || "no quad class" }, ev.event || "?");
}

export function actorsText(list) {
  return (list || []).map((a) => a.code ? `${a.code}${a.sector ? "·" + a.sector : ""}` : (a.text || "?")).join(", ") || "—";
}

export function actorsTitle(list) {
  return (list || []).map((a) => a.name || a.text).filter(Boolean).join("; ");
}

export function errorBox(err) {
  return el("p", { class: "error" }, String(err.message || err));
}

export function formValues(form) {
  const out = {};
  for (const [k, v] of new FormData(form).entries()) out[k] = typeof v === "string" ? v.trim() : v;
  for (const box of form.querySelectorAll("input[type=checkbox]")) out[box.name] = box.checked;
  return out;
}

/** Parse "#/view?x=1" into {view, params}. */
export function parseHash() {
  const h = location.hash.replace(/^#\/?/, "");
  const [path, qs] = h.split("?");
  return { path: path || "events", params: Object.fromEntries(new URLSearchParams(qs || "")) };
}

export function setHash(path, params) {
  const qs = query(params || {});
  const next = `#/${path}${qs ? "?" + qs : ""}`;
  if (location.hash !== next) history.replaceState(null, "", next);
}

/** An event's PLOVER contexts as small tags (nothing when it has none). */
export function contextTags(ev) {
  const list = ev.contexts || [];
  return list.length ? el("div", { class: "contexts" }, list.map((c) => el("span", { class: "ctx" }, c.replace(/_/g, " ")))) : null;
}

/** Events as a table: date, category (and contexts), CAMEO, source → target, evidence sentence, article link. */
export function eventsTable(events) {
  const rows = events.map((ev) => {
    const ctx = ev.context && ev.context.text ? highlightContext(ev) : (ev.trigger && ev.trigger.text) || "";
    const flags = [ev.planned ? el("span", { class: "flag" }, "planned") : null,
      ev.negated ? el("span", { class: "flag" }, "negated") : null];
    return el("tr", { class: "event-row", dataset: { event: ev.event || "", doc: ev.doc_id, id: ev.id } },
      el("td", {}, ev.when || ev.date || "—"),
      el("td", {}, quadBadge(ev), " ", el("span", { class: "muted" }, ev.mode || ""), flags, contextTags(ev)),
      el("td", {}, ev.cameo || ""),
      el("td", { class: "src", title: actorsTitle(ev.source) }, actorsText(ev.source)),
      el("td", { class: "tgt", title: actorsTitle(ev.target) }, actorsText(ev.target)),
      el("td", { class: "context" }, ctx),
      el("td", {}, el("a", { href: `#/article/${encodeURIComponent(ev.doc_id)}?event=${encodeURIComponent(ev.id)}` },
        ev.title || ev.doc_id)));
  });
  return el("table", { class: "events" },
    el("thead", {}, el("tr", {}, ["Date", "Event", "CAMEO", "Source", "Target", "Evidence", "Article"].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.length ? rows : el("tr", {}, el("td", { colspan: 7, class: "muted" }, "No events match."))));
}

function highlightContext(ev) {
  const c = ev.context, t = ev.trigger;
  const [cutLeft, cutRight] = c.clipped || [false, false];
  const wrap = (parts) => [cutLeft ? "… " : null, parts, cutRight ? " …" : null];
  if (!t || !t.span || !c.span) return wrap(c.text);
  const s = t.span[0] - c.span[0], e = t.span[1] - c.span[0];
  if (s < 0 || e > c.text.length) return wrap(c.text);
  return wrap([c.text.slice(0, s), el("mark", {}, c.text.slice(s, e)), c.text.slice(e)]);
}

export function pager(page, onPage) {
  const { total, limit, offset } = page;
  const first = total ? offset + 1 : 0, last = Math.min(offset + limit, total);
  return el("div", { class: "pager" },
    el("button", { class: "secondary", type: "button", disabled: offset <= 0, onclick: () => onPage(Math.max(0, offset - limit)) }, "‹ Previous"),
    el("span", { class: "muted" }, `${first}–${last} of ${total}`),
    el("button", { class: "secondary", type: "button", disabled: last >= total, onclick: () => onPage(offset + limit) }, "Next ›"));
}

export function legend() {
  return el("div", { class: "legend" }, QUADS.map((q) => el("span", {}, el("i", { style: `background:${QUAD_COLOURS[q]}` }), q)));
}

/** Replace a container's content, skipping absent (null/false) parts. */
export function mount(root, ...nodes) {
  root.replaceChildren(...nodes.flat().filter((n) => n !== null && n !== undefined && n !== false));
}
