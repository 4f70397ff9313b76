// Dyad view: the relations index of two actors (Goldstein sum per day, week or month, each event cluster once),
// split by direction, with the events that moved each period most; other dyads compared on the same chart.
import { mount, el, eventsTable, formValues, getJSON, query, setHash, svg } from "../util.js";

const SERIES_COLOURS = ["#102a43", "#d97706", "#7c3aed", "#0891b2", "#be185d", "#4d7c0f"];

function signed(v) {
  if (v === null || v === undefined) return "—";
  const r = Math.round(v * 10) / 10;
  return r > 0 ? `+${r}` : String(r);
}

function pairsOf(text) {
  return (text || "").split(/[,;\s]+/).map((p) => p.trim().toUpperCase()).filter((p) => /^[A-Z0-9]+[-–][A-Z0-9]+$/.test(p))
    .map((p) => p.replace("–", "-"));
}

/** Cooperation (up) and conflict (down) bars of the first dyad, and every dyad's net score as a line. */
export function relationsChart(rel) {
  const W = 960, H = 320, m = { l: 48, r: 16, t: 16, b: 64 };
  const iw = W - m.l - m.r, ih = H - m.t - m.b;
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "relations-chart", role: "img",
    "aria-label": "Goldstein-weighted cooperation and conflict per period" });
  const periods = rel.periods;
  if (!periods.length) {
    root.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "No dated events for this pair."));
    return root;
  }
  const main = rel.dyads[0];
  const values = rel.dyads.flatMap((d) => d.series.map((r) => Math.abs(r.score)))
    .concat(main.series.flatMap((r) => [r.cooperation, -r.conflict]));
  const raw = Math.max(1, ...values);
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((f) => f * 10 ** Math.floor(Math.log10(raw / 2))).find((t) => 2 * t >= raw);
  const max = 2 * step;  // a round top, with ticks at its halves
  const y = (v) => m.t + ih / 2 - (v / max) * (ih / 2);
  const bw = iw / periods.length;
  const xc = (i) => m.l + i * bw + bw / 2;
  for (const v of [-max, -max / 2, 0, max / 2, max]) {
    root.append(svg("line", { x1: m.l, x2: W - m.r, y1: y(v), y2: y(v), stroke: v === 0 ? "#999" : "#eee" }),
      svg("text", { x: m.l - 6, y: y(v) + 4, "text-anchor": "end" }, signed(v)));
  }
  root.append(svg("text", { x: 4, y: m.t - 4 }, "Goldstein"));
  const every = Math.ceil(periods.length / 14);
  main.series.forEach((r, i) => {
    const w = Math.max(1, bw * 0.6), x = xc(i) - w / 2;
    if (r.cooperation > 0) root.append(svg("rect", { class: "bar coop", x, y: y(r.cooperation), width: w,
      height: y(0) - y(r.cooperation), fill: "#7fbf7b" }, svg("title", {}, `${r.period}: cooperation ${signed(r.cooperation)}`)));
    if (r.conflict < 0) root.append(svg("rect", { class: "bar conf", x, y: y(0), width: w,
      height: y(r.conflict) - y(0), fill: "#f4a582" }, svg("title", {}, `${r.period}: conflict ${signed(r.conflict)}`)));
    if (i % every === 0) {
      root.append(svg("text", { x: xc(i), y: H - m.b + 14, "text-anchor": "end",
        transform: `rotate(-40 ${xc(i)} ${H - m.b + 14})` }, periods[i].period));
    }
  });
  rel.dyads.forEach((d, k) => {
    const colour = SERIES_COLOURS[k % SERIES_COLOURS.length];
    const pts = d.series.map((r, i) => [xc(i), y(r.score), r]);
    root.append(svg("polyline", { class: "series", "data-dyad": d.dyad, fill: "none", stroke: colour, "stroke-width": 2,
      points: pts.map(([x, yy]) => `${x},${yy}`).join(" ") }));
    for (const [x, yy, r] of pts) {
      if (!r.n) continue;
      root.append(svg("circle", { class: "point", "data-dyad": d.dyad, "data-period": r.period, cx: x, cy: yy, r: 3.5, fill: colour },
        svg("title", {}, `${d.dyad} ${r.period}: ${signed(r.score)} (${r.n} events)`)));
    }
  });
  return root;
}

function moverLink(mv) {
  const ev = mv.evidence || {};
  return el("li", {},
    el("a", { class: "mover", href: `#/article/${encodeURIComponent(mv.doc_id)}?event=${encodeURIComponent(mv.event_id)}`,
      title: ev.text || "", dataset: { doc: mv.doc_id, event: mv.event_id, direction: mv.direction } },
    `${mv.event} ${signed(mv.goldstein)} ${mv.source.join(",")} ${mv.direction === "mutual" ? "↔" : "→"} ${mv.target.join(",")}`),
    mv.reports > 1 ? el("span", { class: "muted" }, ` (${mv.reports} reports)`) : null,
    ev.text ? el("div", { class: "muted evidence-text" }, ev.text) : null);
}

function periodTable(d) {
  const rows = d.series.filter((r) => r.n).map((r) => el("tr", { class: "period-row", dataset: { period: r.period } },
    el("td", {}, r.period), el("td", { class: "num" }, r.n),
    el("td", { class: "num" }, signed(r.a_to_b.score)), el("td", { class: "num" }, signed(r.b_to_a.score)),
    el("td", { class: "num" }, signed(r.mutual.score)), el("td", { class: "num score" }, signed(r.score)),
    el("td", {}, el("ul", { class: "movers" }, r.movers.map(moverLink)))));
  return el("table", { class: "events", id: "relations-table" },
    el("thead", {}, el("tr", {}, ["Period", "Events", `${d.a} → ${d.b}`, `${d.b} → ${d.a}`, "Mutual", "Score", "Moved most by"]
      .map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.length ? rows : el("tr", {}, el("td", { colspan: 7, class: "muted" }, "No events in this range."))));
}

function totals(d) {
  const t = d.total;
  return `${d.a} → ${d.b} ${signed(t.a_to_b.score)} (${t.a_to_b.n}) · ${d.b} → ${d.a} ${signed(t.b_to_a.score)} (${t.b_to_a.n})` +
    ` · mutual ${signed(t.mutual.score)} (${t.mutual.n}) · total ${signed(t.score)} (${t.n} events from ${d.reports} reports)`;
}

export async function render(root, params) {
  const busiest = (await getJSON("/api/relations/dyads?countries=true&limit=8")).items;
  const fallback = busiest.length ? busiest : (await getJSON("/api/relations/dyads?limit=8")).items;
  const a = (params.a || (fallback[0] && fallback[0].a) || "").toUpperCase();
  const b = (params.b || (fallback[0] && fallback[0].b) || "").toUpperCase();
  const by = ["day", "week", "month"].includes(params.by) ? params.by : "week";
  const compare = pairsOf(params.compare).filter((p) => p !== `${a}-${b}`);
  const codes = await getJSON("/api/countries");
  const pick = (name, value) => el("label", {}, name === "a" ? "Actor A" : "Actor B",
    el("input", { name, value, list: "codes", size: 8, required: true }));
  const form = el("form", { class: "filters", id: "dyad-form", onsubmit: (e) => {
    e.preventDefault();
    const f = formValues(e.target);
    const next = { a: f.a.toUpperCase(), b: f.b.toUpperCase(), by: f.by, compare: pairsOf(f.compare).join(","),
      since: f.since, until: f.until };
    setHash("dyad", next);
    render(root, next);
  } },
  el("datalist", { id: "codes" }, codes.map((c) => el("option", { value: c.code }, `${c.name} (${c.events})`))),
  pick("a", a), pick("b", b),
  el("label", {}, "By", el("select", { name: "by" }, ["day", "week", "month"].map((p) => el("option", { value: p, selected: p === by }, p)))),
  el("label", {}, "Compare with", el("input", { name: "compare", value: compare.join(", "), placeholder: "e.g. CHN-PAK, SDN-USA", size: 18 })),
  el("label", {}, "Since", el("input", { type: "date", name: "since", value: params.since || "" })),
  el("label", {}, "Until", el("input", { type: "date", name: "until", value: params.until || "" })),
  el("button", { type: "submit" }, "Show"));
  const quick = busiest.length ? el("p", { class: "muted", id: "dyad-busiest" }, "Busiest: ",
    busiest.map((d, i) => [i ? " · " : "", el("a", { href: `#/dyad?${query({ a: d.a, b: d.b, by })}` }, d.dyad), ` (${d.items})`])) : null;
  if (!a || !b) {
    mount(root, el("h2", {}, "Dyad"), form, el("p", { class: "muted" }, "No coded actors in the store yet."));
    return;
  }
  const range = { since: params.since, until: params.until };
  const rq = new URLSearchParams(query({ by, ...range }));
  for (const p of [`${a}-${b}`, ...compare]) rq.append("dyad", p);
  const [rel, s] = await Promise.all([getJSON(`/api/relations?${rq}`),
    getJSON(`/api/dyads/${encodeURIComponent(a)}-${encodeURIComponent(b)}?${query(range)}`)]);
  const main = rel.dyads[0];
  mount(root,
    el("h2", { id: "dyad-title" }, `${a} – ${b}`, el("span", { class: "muted" },
      ` · ${main.total.n} events (${main.reports} reports) · score ${signed(main.total.score)}`)),
    form, quick,
    el("div", { class: "legend", id: "relations-legend" }, rel.dyads.map((d, k) => el("span", { dataset: { dyad: d.dyad } },
      el("i", { style: `background:${SERIES_COLOURS[k % SERIES_COLOURS.length]}` }), `${d.dyad} (${signed(d.total.score)})`)),
    el("span", {}, el("i", { style: "background:#7fbf7b" }), `${a}–${b} cooperation`),
    el("span", {}, el("i", { style: "background:#f4a582" }), `${a}–${b} conflict`)),
    relationsChart(rel),
    el("p", { id: "relations-totals" }, totals(main)),
    el("p", { class: "muted" }, `Score: the sum of the Goldstein values (−10 conflict … +10 cooperation) of the events of each ${by}, ` +
      "each happening counted once however many articles report it; planned and negated acts are not counted." +
      (main.undated ? ` ${main.undated} events dated too coarsely for a ${by} are left out.` : "")),
    el("h3", {}, `By ${by}: the events that moved the relation most`),
    periodTable(main),
    el("h3", {}, "By category"),
    el("div", { class: "cats" }, s.categories.map((c) => el("span", {}, `${c.event}: ${c.n}`))),
    el("h3", {}, "Reports"),
    eventsTable(s.events.items));
}
