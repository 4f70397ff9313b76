// Dyad view: two actors' events per ISO week, stacked by quad class, with the weekly mean Goldstein line.
import { mount, QUADS, QUAD_COLOURS, el, eventsTable, formValues, getJSON, legend, query, setHash, svg } from "../util.js";

const DAY = 86400000;

function monday(iso) {
  const d = new Date(iso + "T00:00:00Z");
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY);
}

/** Every week from the first to the last one with events, empty weeks included. */
function fillWeeks(weeks) {
  if (!weeks.length) return [];
  const byMonday = new Map(weeks.map((w) => [monday(w.first_day).toISOString().slice(0, 10), w]));
  const keys = [...byMonday.keys()].sort();
  const out = [];
  for (let t = new Date(keys[0] + "T00:00:00Z").getTime(); t <= new Date(keys[keys.length - 1] + "T00:00:00Z").getTime(); t += 7 * DAY) {
    const key = new Date(t).toISOString().slice(0, 10);
    out.push({ monday: key, ...(byMonday.get(key) || { n: 0, goldstein: null, quads: {} }) });
  }
  return out;
}

export function timeline(weeks) {
  const W = 960, H = 320, m = { l: 44, r: 70, t: 22, b: 56 };
  const iw = W - m.l - m.r, ih = H - m.t - m.b;
  const data = fillWeeks(weeks);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "dyad-timeline", role: "img",
    "aria-label": "events per week by quad class, with mean Goldstein score" });
  if (!data.length) {
    root.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "No dated events for this pair."));
    return root;
  }
  const maxN = Math.max(1, ...data.map((d) => d.n));
  const bw = iw / data.length;
  const y = (n) => m.t + ih - (n / maxN) * ih;
  const yg = (g) => m.t + ih / 2 - (g / 10) * (ih / 2);
  // axes and grid
  for (let i = 0; i <= 4; i++) {
    const n = Math.round((maxN * i) / 4);
    root.append(svg("line", { x1: m.l, x2: W - m.r, y1: y(n), y2: y(n), stroke: "#eee" }),
      svg("text", { x: m.l - 6, y: y(n) + 4, "text-anchor": "end" }, n));
  }
  for (const g of [-10, -5, 0, 5, 10]) {
    root.append(svg("text", { x: W - m.r + 6, y: yg(g) + 4, fill: "#555" }, g));
  }
  root.append(svg("line", { x1: m.l, x2: W - m.r, y1: yg(0), y2: yg(0), stroke: "#999", "stroke-dasharray": "3 3" }),
    svg("text", { x: 4, y: m.t + 10 }, "events"),
    svg("text", { x: W - m.r + 2, y: m.t - 8 }, "Goldstein"));
  const every = Math.ceil(data.length / 12);
  data.forEach((d, i) => {
    let base = 0;
    const x = m.l + i * bw + bw * 0.15, w = Math.max(1, bw * 0.7);
    for (const q of QUADS) {
      const n = (d.quads && d.quads[q]) || 0;
      if (!n) continue;
      root.append(svg("rect", { class: "bar", x, y: y(base + n), width: w, height: y(base) - y(base + n), fill: QUAD_COLOURS[q] },
        svg("title", {}, `week of ${d.monday}: ${n} ${q}`)));
      base += n;
    }
    if (i % every === 0) {
      root.append(svg("text", { x: x + w / 2, y: H - m.b + 14, "text-anchor": "end",
        transform: `rotate(-40 ${x + w / 2} ${H - m.b + 14})` }, d.monday));
    }
  });
  const pts = data.map((d, i) => [m.l + i * bw + bw / 2, d.goldstein]).filter((p) => p[1] !== null && p[1] !== undefined);
  if (pts.length) {
    root.append(svg("polyline", { class: "goldstein", fill: "none", stroke: "#102a43", "stroke-width": 2,
      points: pts.map(([x, g]) => `${x},${yg(g)}`).join(" ") }));
    for (const [x, g] of pts) root.append(svg("circle", { cx: x, cy: yg(g), r: 3, fill: "#102a43" },
      svg("title", {}, `mean Goldstein ${g.toFixed(2)}`)));
  }
  return root;
}

export async function render(root, params) {
  const codes = await getJSON("/api/countries");
  const a = (params.a || (codes[0] && codes[0].code) || "").toUpperCase();
  const b = (params.b || (codes[1] && codes[1].code) || "").toUpperCase();
  const pick = (name, value) => el("label", {}, name === "a" ? "Country A" : "Country B",
    el("input", { name, value, list: "codes", size: 8, required: true }));
  const form = el("form", { class: "filters", id: "dyad-form", onsubmit: (e) => {
    e.preventDefault();
    const f = formValues(e.target);
    const next = { a: f.a.toUpperCase(), b: f.b.toUpperCase(), directed: f.directed || "", since: f.since, until: f.until };
    setHash("dyad", next);
    render(root, next);
  } },
  el("datalist", { id: "codes" }, codes.map((c) => el("option", { value: c.code }, `${c.name} (${c.events})`))),
  pick("a", a), pick("b", b),
  el("label", {}, "A → B only", el("input", { type: "checkbox", name: "directed", checked: params.directed === "true" })),
  el("label", {}, "Since", el("input", { type: "date", name: "since", value: params.since || "" })),
  el("label", {}, "Until", el("input", { type: "date", name: "until", value: params.until || "" })),
  el("button", { type: "submit" }, "Show"));
  if (!a || !b) {
    mount(root, el("h2", {}, "Dyad"), form, el("p", { class: "muted" }, "No coded actors in the store yet."));
    return;
  }
  const s = await getJSON(`/api/dyads/${encodeURIComponent(a)}-${encodeURIComponent(b)}?${query({
    directed: params.directed === "true" ? "true" : "", since: params.since, until: params.until })}`);
  mount(root, 
    el("h2", { id: "dyad-title" }, `${a} ${s.directed ? "→" : "–"} ${b}`, el("span", { class: "muted" }, ` · ${s.total} events`)),
    form, legend(), timeline(s.weeks),
    s.undated ? el("p", { class: "muted" }, `${s.undated} undated events are not on the timeline.`) : null,
    el("h3", {}, "By category"),
    el("div", { class: "cats" }, s.categories.map((c) => el("span", {}, `${c.event}: ${c.n}`))),
    el("h3", {}, "Events"),
    eventsTable(s.events.items));
}
