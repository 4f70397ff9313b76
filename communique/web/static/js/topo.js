// A minimal TopoJSON reader: turns a topology's polygons into SVG path data for a projection.
// Enough for world-atlas's quantized country outlines (Polygon / MultiPolygon geometries).

function decodeArcs(topo) {
  const [sx, sy] = topo.transform ? topo.transform.scale : [1, 1];
  const [tx, ty] = topo.transform ? topo.transform.translate : [0, 0];
  return topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => {
      if (topo.transform) { x += dx; y += dy; } else { x = dx; y = dy; }
      return [x * sx + tx, y * sy + ty];
    });
  });
}

function ring(arcs, indices) {
  const pts = [];
  for (const i of indices) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    pts.push(...(pts.length ? arc.slice(1) : arc));
  }
  return pts;
}

/** [{id, name, path}] for each country geometry of `objectName`, projected by project([lon, lat]) -> [x, y]. */
export function countryPaths(topo, objectName, project) {
  const arcs = decodeArcs(topo);
  const out = [];
  for (const g of topo.objects[objectName].geometries) {
    const polys = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
    let d = "";
    for (const poly of polys) {
      for (const r of poly) {
        const pts = ring(arcs, r).map(project);
        if (pts.length) d += "M" + pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join("L") + "Z";
      }
    }
    out.push({ id: g.id, name: (g.properties || {}).name || "", path: d });
  }
  return out;
}
