// Event clusters: the events table switched to one row per happening, and one cluster's reports side by side.
import { el, getJSON, mount } from "../util.js";

export function clustersTable(items) {
  const rows = items.map((c) => {
    const rep = c.representative || {};
    return el("tr", { class: "cluster-row", dataset: { cluster: c.id, event: c.event || "" } },
      el("td", {}, c.date || "—"),
      el("td", {}, c.event || "", c.planned ? el("span", { class: "flag" }, "planned") : null),
      el("td", { class: "src" }, (c.source || []).join(", ")),
      el("td", { class: "tgt" }, (c.target || []).join(", ")),
      el("td", { class: "num", title: "distinct outlets" }, String(c.sources)),
      el("td", { class: "num", title: "distinct article texts" }, String(c.articles)),
      el("td", { class: "num", title: "reports of the event" }, String(c.mentions)),
      el("td", { class: "context" }, rep.trigger || ""),
      el("td", {}, el("a", { href: `#/cluster/${encodeURIComponent(c.id)}` }, "reports")));
  });
  return el("table", { class: "events clusters" },
    el("thead", {}, el("tr", {}, ["Date", "Event", "Source", "Target", "Outlets", "Articles", "Mentions",
      "Trigger", ""].map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.length ? rows : el("tr", {}, el("td", { colspan: 9, class: "muted" }, "No clusters match."))));
}

function report(r) {
  const ev = r.evidence || {};
  const t = r.trigger || {};
  let text = ev.text || "";
  if (t.span && ev.span && t.span[0] >= ev.span[0] && t.span[1] <= ev.span[1]) {
    const s = t.span[0] - ev.span[0], e = t.span[1] - ev.span[0];
    text = [text.slice(0, s), el("mark", {}, text.slice(s, e)), text.slice(e)];
  }
  return el("article", { class: "report", dataset: { doc: r.doc_id } },
    el("h3", {}, el("a", { href: `#/article/${encodeURIComponent(r.doc_id)}?event=${encodeURIComponent(r.event_id)}` },
      r.title || r.doc_id)),
    el("p", { class: "muted" }, `${r.outlet} · published ${r.published || "?"} · event date ${r.date || "—"}`,
      r.representative ? el("span", { class: "flag" }, "representative") : null),
    el("p", { class: "evidence" }, text));
}

export async function render(root, params, id) {
  const c = await getJSON(`/api/clusters/${encodeURIComponent(id)}`);
  mount(root,
    el("h2", {}, `${c.event}${c.planned ? " (planned)" : ""}: ${(c.source || []).join(", ")}`,
      c.target && c.target.length ? ` → ${c.target.join(", ")}` : ""),
    el("p", { id: "cluster-counts" }, `${c.sources} outlets · ${c.articles} articles · ${c.mentions} mentions · `,
      `first reported ${c.first_seen || "?"}, last ${c.last_seen || "?"} · date ${c.date || "—"}`),
    el("div", { class: "reports" }, c.reports.map(report)),
    c.related && c.related.length
      ? el("p", {}, "Related: ", c.related.map((r) => el("a", { href: `#/cluster/${encodeURIComponent(r.id)}` },
        `${r.planned ? "planned" : "realised"} ${r.date}`)))
      : null);
}
