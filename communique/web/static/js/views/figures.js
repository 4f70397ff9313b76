// The figures ledger: stated amounts by category, dyad and year, conflicts flagged, a small chart per series.
import { el, getJSON, mount, query, svg } from "../util.js";

function num(v) {
  if (v === null || v === undefined) return "";
  const a = Math.abs(v);
  if (a >= 1e9) return `${+(v / 1e9).toFixed(2)} bn`;
  if (a >= 1e6) return `${+(v / 1e6).toFixed(2)} m`;
  return v.toLocaleString("en");
}

// Bars of one series' values by year (forward-looking figures hatched by a lighter colour).
function chart(s) {
  const w = 180, h = 60, pts = s.points;
  const max = Math.max(...pts.map((p) => p.value), 1);
  const bw = Math.max(4, Math.floor((w - 4) / pts.length) - 2);
  return svg("svg", { width: w, height: h + 14, class: "fig-chart", role: "img" },
    pts.map((p, i) => {
      const bh = Math.max(1, Math.round((p.value / max) * h));
      return svg("g", {}, svg("rect", { x: 2 + i * (bw + 2), y: h - bh, width: bw, height: bh,
        fill: p.qualifier === "target" ? "#9ecae1" : "#3182bd" }, svg("title", {}, `${p.year}: ${num(p.value)} ${s.unit}`)),
      svg("text", { x: 2 + i * (bw + 2), y: h + 12, "font-size": 9 }, String(p.year).slice(2)));
    }));
}

function row(r) {
  return el("tr", { class: "figure-row" + (r.conflict ? " conflict" : ""), dataset: { id: r.id, category: r.category, dyad: r.dyad || "" } },
    el("td", {}, r.category), el("td", { class: "dyad" }, r.dyad || "—"), el("td", {}, r.year || ""),
    el("td", { class: "num value", title: String(r.value) }, num(r.value), r.conflict ? el("span", { class: "flag" }, "conflict") : null),
    el("td", {}, r.unit || ""), el("td", {}, r.qualifier || ""), el("td", {}, r.about || ""),
    el("td", {}, el("a", { href: `#/article/${encodeURIComponent(r.doc_id)}${r.span ? `?span=${r.span[0]}-${r.span[1]}` : ""}`, title: (r.evidence || {}).text || "" },
      `${r.outlet} ${r.published || ""}`)));
}

export async function render(root, params) {
  const led = await getJSON(`/api/figures?${query({ dyad: params.dyad || "", about: params.about || "" })}`);
  const dyad = el("input", { name: "dyad", value: params.dyad || "", placeholder: "dyad e.g. KAZ-RUS", size: 12 });
  const about = el("input", { name: "about", value: params.about || "", placeholder: "category", size: 14 });
  mount(root,
    el("h2", {}, "Figures ledger"),
    el("form", { class: "filters", onsubmit: (ev) => { ev.preventDefault(); location.hash = `#/figures?${query({ dyad: dyad.value.trim(), about: about.value.trim() })}`; } },
      dyad, " ", about, " ", el("button", { type: "submit" }, "Filter")),
    el("p", { class: "muted", id: "figures-count" }, `${led.total} figures · ${led.conflicts.length} conflicts`),
    led.series.length ? el("div", { class: "fig-series" }, led.series.map((s) => el("figure", {},
      chart(s), el("figcaption", {}, `${s.category} · ${s.dyad || "—"} · ${s.unit}`)))) : null,
    el("table", { class: "events figures" },
      el("thead", {}, el("tr", {}, ["Category", "Dyad", "Year", "Value", "Unit", "Qualifier", "About", "Source"].map((h) => el("th", {}, h)))),
      el("tbody", {}, led.items.length ? led.items.map(row) : el("tr", {}, el("td", { colspan: 8, class: "muted" }, "No figures match.")))));
}
