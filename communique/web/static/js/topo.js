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
        // unwrap longitudes so a ring crossing the antimeridian runs off the map edge (clipped)
        // instead of being drawn back across the whole map
        let shift = 0, prev = null;
        const lonlat = ring(arcs, r).map(([lon, lat]) => {
          if (prev !== null && Math.abs(lon + shift - prev) > 180) shift += lon + shift > prev ? -360 : 360;
          prev = lon + shift;
          return [prev, lat];
        });
        lonlat.forEach((p, i) => {
          const [x, y] = project(p);
          d += (i === 0 ? "M" : "L") + `${x.toFixed(1)},${y.toFixed(1)}`;
        });
        if (lonlat.length) d += "Z";
      }
    }
    out.push({ id: g.id, name: (g.properties || {}).name || "", path: d });
  }
  return out;
}
