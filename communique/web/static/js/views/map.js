// Map of event locations on an equirectangular projection, over Natural Earth country outlines
// (world-atlas, shipped in static/vendor) and a 30° graticule.
import { mount, QUAD_COLOURS, el, formValues, getJSON, legend, query, setHash, svg } from "../util.js";
import { countryPaths } from "../topo.js";

const W = 960, H = 480;
const project = ([lon, lat]) => [((lon + 180) / 360) * W, ((90 - lat) / 180) * H];
let WORLD = null;

async function world() {
  if (!WORLD) WORLD = await getJSON("/static/vendor/world-atlas/countries-110m.json");
  return WORLD;
}

export async function drawMap(points) {
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "event-map", role: "img", "aria-label": "map of event locations" });
  root.append(svg("rect", { x: 0, y: 0, width: W, height: H, fill: "#eaf2fb" }));
  try {
    for (const c of countryPaths(await world(), "countries", project)) {
      root.append(svg("path", { class: "country", d: c.path, fill: "#fdfdf8", stroke: "#b8c2cc", "stroke-width": 0.5 },
        svg("title", {}, c.name)));
    }
  } catch (err) {
    root.append(svg("text", { x: 10, y: 20 }, "country outlines unavailable"));
  }
  for (let lon = -150; lon <= 150; lon += 30) {
    const [x] = project([lon, 0]);
    root.append(svg("line", { x1: x, x2: x, y1: 0, y2: H, stroke: "#c5d3e3", "stroke-width": 0.5 }));
  }
  for (let lat = -60; lat <= 60; lat += 30) {
    const [, y] = project([0, lat]);
    root.append(svg("line", { x1: 0, x2: W, y1: y, y2: y, stroke: "#c5d3e3", "stroke-width": 0.5 }));
  }
  // group events at the same spot so a busy capital is one bigger dot
  const spots = new Map();
  for (const p of points) {
    const key = `${p.lat.toFixed(2)},${p.lon.toFixed(2)}`;
    if (!spots.has(key)) spots.set(key, []);
    spots.get(key).push(p);
  }
  for (const group of spots.values()) {
    const p = group[0], [x, y] = project([p.lon, p.lat]);
    const counts = {};
    for (const g of group) counts[g.quad] = (counts[g.quad] || 0) + 1;
    const quad = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
    root.append(svg("a", { href: `#/article/${encodeURIComponent(p.doc_id)}?event=${encodeURIComponent(p.event_id)}` },
      svg("circle", { class: "event-point", cx: x, cy: y, r: 4 + Math.min(10, Math.sqrt(group.length) * 2),
        fill: QUAD_COLOURS[quad] || "#667085", "fill-opacity": 0.8, stroke: "#102a43", "stroke-dasharray": p.approximate ? "2 2" : null },
      svg("title", {}, `${p.place || ""}: ${group.length} event(s): ` + group.slice(0, 5).map((g) => `${g.event} ${g.date || ""}`).join("; ") +
        (p.approximate ? " (dateline place)" : "")))));
  }
  return root;
}

export async function render(root, params) {
  const f = { since: params.since || "", until: params.until || "", dyad: params.dyad || "", actor: params.actor || "" };
  const data = await getJSON(`/api/map?${query(f)}`);
  const form = el("form", { class: "filters", onsubmit: (e) => {
    e.preventDefault();
    const g = formValues(e.target);
    setHash("map", g);
    render(root, g);
  } },
  el("label", {}, "Dyad", el("input", { name: "dyad", value: f.dyad, placeholder: "KAZ-RUS", size: 9 })),
  el("label", {}, "Actor", el("input", { name: "actor", value: f.actor, size: 10 })),
  el("label", {}, "Since", el("input", { type: "date", name: "since", value: f.since })),
  el("label", {}, "Until", el("input", { type: "date", name: "until", value: f.until })),
  el("button", { type: "submit" }, "Apply"));
  mount(root, el("h2", {}, "Event locations"), form, legend(), await drawMap(data.points),
    el("p", { class: "muted" }, `${data.points.length} events placed (dashed: placed at the article's dateline); ` +
      `${data.unplaced} without a known place.`));
}
