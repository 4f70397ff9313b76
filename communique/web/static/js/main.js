// Hash router: each view module exports render(root, params).
import { el, errorBox, getJSON, parseHash } from "./util.js";
import * as events from "./views/events.js";
import * as dyad from "./views/dyad.js";
import * as network from "./views/network.js";
import * as map from "./views/map.js";
import * as documents from "./views/documents.js";
import * as article from "./views/article.js";
import * as actors from "./views/actors.js";
import * as cluster from "./views/clusters.js";
import * as calendar from "./views/calendar.js";
import * as figures from "./views/figures.js";

const VIEWS = { events, dyad, network, map, documents, article, actors, cluster, calendar, figures };

async function route() {
  const { path, params } = parseHash();
  const [name, ...rest] = path.split("/");
  const view = VIEWS[name] || events;
  for (const a of document.querySelectorAll("#nav a[data-view]")) {
    a.classList.toggle("active", a.dataset.view === name || (name === "article" && a.dataset.view === "documents"));
  }
  const root = document.getElementById("view");
  root.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  root.dataset.view = name;
  root.dataset.ready = "0";
  try {
    await view.render(root, params, rest.map(decodeURIComponent).join("/"));
  } catch (err) {
    root.replaceChildren(errorBox(err));
  }
  root.dataset.ready = "1";
}

async function status() {
  try {
    const h = await getJSON("/api/health");
    const el = document.getElementById("status");
    el.textContent = `${h.documents} articles · ${h.events} events` +
      (h.min_confidence != null ? ` · confidence ≥ ${h.min_confidence}` : "");
    el.title = "default events: unflagged, at or above the default confidence threshold (--min-confidence)";
  } catch (err) {
    document.getElementById("status").textContent = "store unavailable";
  }
}

window.addEventListener("hashchange", route);
status();
route();
