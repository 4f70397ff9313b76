// Actor network: nodes are actor codes, edges directed pairs weighted by event count, coloured by
// whether cooperation or conflict dominates.  Laid out by a small force simulation run once.
import { mount, el, formValues, getJSON, query, setHash, svg } from "../util.js";

const MAX_NODES = 120;
const COLOURS = { cooperation: "#1b7837", conflict: "#b2182b", mixed: "#98a2b3" };

function tone(e) {
  if (e.cooperation > e.conflict) return "cooperation";
  if (e.conflict > e.cooperation) return "conflict";
  return "mixed";
}

/** Deterministic force layout (seeded circle start, repulsion, springs, centring). */
export function layout(nodes, edges, W, H) {
  const pos = new Map(nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, nodes.length);
    return [n.id, { x: W / 2 + (W / 3) * Math.cos(a), y: H / 2 + (H / 3) * Math.sin(a), vx: 0, vy: 0 }];
  }));
  const k = Math.sqrt((W * H) / Math.max(1, nodes.length)) * 0.6;
  for (let it = 0; it < 300; it++) {
    const t = 1 - it / 300;
    for (const a of nodes) {
      const pa = pos.get(a.id);
      for (const b of nodes) {
        if (a === b) continue;
        const pb = pos.get(b.id);
        let dx = pa.x - pb.x, dy = pa.y - pb.y;
        const d2 = Math.max(dx * dx + dy * dy, 1);
        pa.vx += (dx / d2) * k * k * 0.05;
        pa.vy += (dy / d2) * k * k * 0.05;
      }
      pa.vx += (W / 2 - pa.x) * 0.01;
      pa.vy += (H / 2 - pa.y) * 0.01;
    }
    for (const e of edges) {
      const ps = pos.get(e.source), pt = pos.get(e.target);
      const dx = pt.x - ps.x, dy = pt.y - ps.y;
      const d = Math.max(Math.hypot(dx, dy), 1);
      const f = ((d - k) / d) * 0.05;
      ps.vx += dx * f; ps.vy += dy * f; pt.vx -= dx * f; pt.vy -= dy * f;
    }
    for (const p of pos.values()) {
      const v = Math.hypot(p.vx, p.vy), cap = 20 * t + 1;
      const s = v > cap ? cap / v : 1;
      p.x = Math.min(W - 30, Math.max(30, p.x + p.vx * s));
      p.y = Math.min(H - 20, Math.max(20, p.y + p.vy * s));
      p.vx *= 0.5; p.vy *= 0.5;
    }
  }
  return pos;
}

const LABEL_H = 13;

let measure = null;

/** Width of a label in the 11px sans-serif of the charts (style.css `svg text`): measured on a canvas, which
 * needs no element in the page; estimated from the characters where there is no canvas. */
export function labelWidth(text) {
  if (measure === null) {
    try {
      measure = document.createElement("canvas").getContext("2d") || undefined;
      if (measure) measure.font = "11px system-ui, sans-serif";
    } catch (err) { measure = undefined; }
  }
  if (measure) return measure.measureText(String(text)).width + 4;
  let w = 0;
  for (const ch of String(text)) w += /[A-Z0-9]/.test(ch) ? 7.4 : /[ il.,'’()·-]/.test(ch) ? 3.4 : 6.2;
  return w + 2;
}

function overlap(a, b) {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x), h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Label boxes that overlap no other label and no node: the busiest nodes choose first among positions around
 * their circle (above, below, right, left, the diagonals), further out when all are taken; a label placed away
 * from its node gets a leader line. Returns id -> {x, y, w, h, anchor, far}. */
export function placeLabels(nodes, pos, radius, W, H) {
  const placed = [];
  const circles = nodes.map((n) => { const p = pos.get(n.id), r = radius(n); return { x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r, id: n.id }; });
  const out = new Map();
  for (const n of [...nodes].sort((a, b) => b.events - a.events || String(a.id).localeCompare(String(b.id)))) {
    const p = pos.get(n.id), r = radius(n), w = labelWidth(n.label), h = LABEL_H;
    let best = null;
    for (let ring = 0; ring < 6 && !(best && best.cost === 0); ring++) {
      const d = r + 3 + ring * 12;
      const spots = [[-w / 2, -d - h], [-w / 2, d], [d, -h / 2], [-d - w, -h / 2],
        [d * 0.7, -d * 0.7 - h], [-d * 0.7 - w, -d * 0.7 - h], [d * 0.7, d * 0.7], [-d * 0.7 - w, d * 0.7]];
      for (const [dx, dy] of spots) {
        const box = { x: p.x + dx, y: p.y + dy, w, h };
        let cost = 0;
        if (box.x < 2 || box.y < 2 || box.x + w > W - 2 || box.y + h > H - 2) cost += 1e6;
        for (const o of placed) cost += overlap(box, o);
        for (const c of circles) if (c.id !== n.id) cost += overlap(box, c);
        cost += ring * 0.01;
        if (!best || cost < best.cost) best = { ...box, cost, far: ring > 0 };
        if (cost === 0 || cost === ring * 0.01) { best = { ...box, cost: 0, far: ring > 0 }; break; }
      }
    }
    placed.push(best);
    out.set(n.id, best);
  }
  return out;
}

export function drawNetwork(net) {
  const W = 960, H = 600;
  const nodes = net.nodes.slice(0, MAX_NODES);
  const keep = new Set(nodes.map((n) => n.id));
  const edges = net.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "network", role: "img", "aria-label": "actor network" });
  root.append(svg("defs", {}, Object.entries(COLOURS).map(([name, c]) => svg("marker", {
    id: `arrow-${name}`, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9,
    markerUnits: "userSpaceOnUse", orient: "auto" },
  svg("path", { d: "M0,0 L10,5 L0,10 z", fill: c })))));
  if (!nodes.length) {
    root.append(svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, "No events with actors in this range."));
    return root;
  }
  const pos = layout(nodes, edges, W, H);
  const maxC = Math.max(1, ...edges.map((e) => e.count));
  const maxE = Math.max(1, ...nodes.map((n) => n.events));
  const radius = (n) => 6 + (10 * n.events) / maxE;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const e of edges) {
    // a slight bend keeps A→B and B→A apart; the curve stops at the target's rim so the arrow shows
    const a = pos.get(e.source), b = pos.get(e.target), t = tone(e);
    const dx = b.x - a.x, dy = b.y - a.y, len = Math.max(Math.hypot(dx, dy), 1);
    const cx = (a.x + b.x) / 2 - (dy / len) * 24, cy = (a.y + b.y) / 2 + (dx / len) * 24;
    const ex = b.x - cx, ey = b.y - cy, el2 = Math.max(Math.hypot(ex, ey), 1), rb = radius(byId.get(e.target)) + 2;
    const end = [b.x - (ex / el2) * rb, b.y - (ey / el2) * rb];
    root.append(svg("path", { class: `edge edge-${t}`, d: `M${a.x},${a.y} Q${cx},${cy} ${end[0]},${end[1]}`, fill: "none",
      stroke: COLOURS[t], "stroke-opacity": 0.75, "stroke-width": 1 + (5 * e.count) / maxC, "marker-end": `url(#arrow-${t})` },
    svg("title", {}, `${e.source} → ${e.target}: ${e.count} events (${e.cooperation} cooperation, ${e.conflict} conflict)` +
      (e.goldstein !== null ? `, mean Goldstein ${e.goldstein.toFixed(2)}` : ""))));
  }
  const labels = placeLabels(nodes, pos, radius, W, H);
  for (const n of nodes) {
    const p = pos.get(n.id), r = radius(n), box = labels.get(n.id);
    const group = n.kind === "uncoded group";
    const title = group ? `${n.label}: ${n.events} events; ${(n.members || []).join(", ")}` : `${n.label}: ${n.events} events`;
    const parts = [svg("circle", { class: group ? "node node-group" : "node", cx: p.x, cy: p.y, r,
      fill: group ? "#eef1f5" : "#cfe2ff", stroke: "#243b53", "stroke-dasharray": group ? "3 2" : null }),
    box.far ? svg("line", { class: "leader", x1: p.x, y1: p.y, x2: box.x + box.w / 2, y2: box.y + box.h / 2, stroke: "#98a2b3",
      "stroke-width": 0.7 }) : null,
    svg("text", { class: "node-label", x: box.x + 1, y: box.y + box.h - 3, "data-node": n.id }, n.label),
    svg("title", {}, title)].filter(Boolean);
    root.append(group ? svg("g", { class: "uncoded" }, parts) : svg("a", { href: `#/actors/${encodeURIComponent(n.id)}` }, parts));
  }
  return root;
}

const UNCODED = [["hide", "hidden"], ["group", "grouped by article country"], ["show", "each shown"]];

export async function render(root, params) {
  const uncoded = UNCODED.some(([k]) => k === params.uncoded) ? params.uncoded : "hide";
  const f = { since: params.since || "", until: params.until || "", event: params.event || "", uncoded };
  const net = await getJSON(`/api/network?${query(f)}`);
  const form = el("form", { class: "filters", id: "network-form", onsubmit: (e) => {
    e.preventDefault();
    const g = formValues(e.target);
    setHash("network", g);
    render(root, g);
  } },
  el("label", {}, "Since", el("input", { type: "date", name: "since", value: f.since })),
  el("label", {}, "Until", el("input", { type: "date", name: "until", value: f.until })),
  el("label", {}, "Actors without a code", el("select", { name: "uncoded", id: "network-uncoded",
    onchange: (e) => e.target.form.requestSubmit() },
  UNCODED.map(([k, label]) => el("option", { value: k, selected: k === uncoded }, label)))),
  el("button", { type: "submit" }, "Apply"));
  mount(root, el("h2", {}, "Actor network"), form,
    el("div", { class: "legend" }, Object.entries(COLOURS).map(([k, c]) => el("span", {}, el("i", { style: `background:${c}` }), k))),
    drawNetwork(net),
    el("p", { class: "muted" }, `${net.nodes.length} actors, ${net.edges.length} directed pairs` +
      (net.nodes.length > MAX_NODES ? ` (the ${MAX_NODES} most active shown)` : "") + ". Click an actor for its events." +
      (net.uncoded_hidden ? ` ${net.uncoded_hidden} actors without a country or organisation code are hidden.` : "")));
}
