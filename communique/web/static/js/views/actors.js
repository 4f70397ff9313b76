// Actors merged across articles (list with counts), and one actor: its mentions in context and its events.
import { mount, el, eventsTable, formValues, getJSON, pager, query, setHash } from "../util.js";

const PAGE = 50;

async function list(root, params) {
  const f = { q: params.q || "", kind: params.kind || "", code: params.code || "" };
  const offset = Number(params.offset || 0);
  const page = await getJSON(`/api/actors?${query({ ...f, limit: PAGE, offset })}`);
  const go = (g, off = 0) => { setHash("actors", { ...g, offset: off || "" }); list(root, { ...g, offset: off }); };
  const form = el("form", { class: "filters", onsubmit: (e) => { e.preventDefault(); go(formValues(e.target)); } },
    el("label", {}, "Name", el("input", { name: "q", value: f.q, placeholder: "search" })),
    el("label", {}, "Code", el("input", { name: "code", value: f.code, size: 6 })),
    el("label", {}, "Kind", el("select", { name: "kind" }, ["", "person", "state", "org", "group"].map((k) =>
      el("option", { value: k, selected: f.kind === k }, k || "any")))),
    el("button", { type: "submit" }, "Search"));
  const key = (a) => a.name || a.code;
  const rows = page.items.map((a) => el("tr", { class: "actor-row" },
    el("td", {}, el("a", { href: `#/actors/${encodeURIComponent(key(a))}` }, a.name || "—")),
    el("td", {}, a.code ? el("a", { href: `#/actors/${encodeURIComponent(a.code)}` }, a.code) : "—"),
    el("td", {}, a.kind || ""), el("td", {}, a.sector || ""), el("td", {}, a.role || ""),
    el("td", {}, String(a.documents)), el("td", {}, String(a.mentions)), el("td", {}, String(a.events))));
  mount(root, el("h2", {}, "Actors"), form, pager(page, (off) => go(f, off)),
    el("table", {}, el("thead", {}, el("tr", {}, ["Name", "Code", "Kind", "Sector", "Role", "Articles", "Mentions", "Events"]
      .map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.length ? rows : el("tr", {}, el("td", { colspan: 8, class: "muted" }, "No actors.")))));
}

// A mention in its sentence; the link opens the article with the mention outlined.
function mentionLine(m, docId) {
  const i = m.context.indexOf(m.text);
  const ctx = i < 0 ? m.context : [m.context.slice(0, i), el("mark", {}, m.text), m.context.slice(i + m.text.length)];
  return el("li", {}, ctx, " ", el("a", { class: "mention-link", title: "open the article at this mention",
    href: `#/article/${encodeURIComponent(docId)}?span=${m.span[0]}-${m.span[1]}` }, "›"));
}

async function detail(root, key) {
  const a = await getJSON(`/api/actors/${encodeURIComponent(key)}`);
  mount(root,
    el("h2", { id: "actor-title" }, a.label || key,
      el("span", { class: "muted" }, a.codes.length ? ` · ${a.codes.join(", ")}` : "")),
    a.names.length > 1 ? el("p", { class: "muted" }, "Named as: " + a.names.slice(0, 12).join(", ") + (a.names.length > 12 ? "…" : "")) : null,
    el("p", {}, el("a", { href: "#/actors" }, "‹ all actors"), " · ",
      el("a", { href: `#/events?${query({ actor: key })}` }, "in the events table")),
    el("h3", {}, `Events (${a.events.total})`), eventsTable(a.events.items),
    el("h3", {}, `Mentions in ${a.entries.length} article(s)`),
    a.entries.map((e) => el("div", { class: "card" },
      el("div", {}, el("a", { href: `#/article/${encodeURIComponent(e.doc_id)}` }, e.title || e.doc_id),
        el("span", { class: "muted" }, ` · ${e.published || "undated"} · ${e.name} (${[e.kind, e.code, e.sector, e.role].filter(Boolean).join(", ")})`)),
      el("ul", { class: "side-list" }, e.mentions.map((m) => mentionLine(m, e.doc_id))))));
}

export async function render(root, params, rest) {
  if (rest) return detail(root, rest);
  return list(root, params);
}
