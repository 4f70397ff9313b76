// Events table with the API's filters, paging and a CSV download of everything that matches.
import { clustersTable } from "./clusters.js";
import { mount, CATEGORIES, QUADS, el, eventsTable, formValues, getJSON, legend, pager, query, setHash } from "../util.js";

const PAGE = 50;
const FIELDS = ["dyad", "directed", "actor", "event", "quad", "context", "since", "until", "q", "clustered"];

function filterForm(params, onSubmit, contexts) {
  const text = (name, label, placeholder, size = 10) => el("label", {}, label,
    el("input", { name, value: params[name] || "", placeholder, size }));
  const select = (name, label, options) => el("label", {}, label,
    el("select", { name }, el("option", { value: "" }, "any"),
      options.map((o) => el("option", { value: o, selected: params[name] === o }, o))));
  return el("form", { class: "filters", id: "event-filters", onsubmit: (e) => { e.preventDefault(); onSubmit(formValues(e.target)); } },
    text("dyad", "Dyad", "KAZ-RUS", 9),
    el("label", { title: "only first → second" }, "Directed",
      el("input", { type: "checkbox", name: "directed", checked: params.directed === "true" })),
    text("actor", "Actor", "code or name", 12),
    select("event", "Category", CATEGORIES),
    select("quad", "Quad class", QUADS),
    select("context", "Context", contexts),
    el("label", {}, "Since", el("input", { type: "date", name: "since", value: params.since || "" })),
    el("label", {}, "Until", el("input", { type: "date", name: "until", value: params.until || "" })),
    text("q", "Text", "search", 14),
    el("label", { title: "one row per happening, however many articles report it" }, "Clusters",
      el("input", { type: "checkbox", name: "clustered", id: "clustered", checked: params.clustered === "true" })),
    el("button", { type: "submit" }, "Apply"),
    el("button", { type: "button", class: "secondary", onclick: () => onSubmit({}) }, "Clear"));
}

export async function render(root, params) {
  const filters = Object.fromEntries(FIELDS.filter((k) => params[k]).map((k) => [k, params[k]]));
  const offset = Number(params.offset || 0);
  const { clustered, ...apiFilters } = filters;
  const [page, known] = await Promise.all([
    getJSON(`/api/${clustered ? "clusters" : "events"}?${query({ ...apiFilters, limit: PAGE, offset })}`),
    getJSON("/api/contexts")]);
  const contexts = known.map((c) => c.context);
  const go = (f, off = 0) => { setHash("events", { ...f, offset: off || "" }); render(root, { ...f, offset: off }); };
  const csv = el("a", { class: "button", id: "csv-download", download: "communique-events.csv",
    href: `/api/events?${query({ ...apiFilters, format: "csv" })}` }, "Download CSV");
  mount(root, 
    el("h2", {}, "Events"),
    filterForm(filters, (f) => go(Object.fromEntries(Object.entries(f).filter(([, v]) => v !== "" && v !== false))), contexts),
    el("div", { class: "pager" }, csv, legend()),
    pager(page, (off) => go(filters, off)),
    page.total === 0 && !Object.keys(filters).length
      ? el("p", { class: "muted", id: "empty-store" }, "The store holds no events yet: add articles with ",
        el("code", {}, "communique ingest --db STORE FILES…"), " (or POST /api/documents), then reload.")
      : null,
    clustered ? clustersTable(page.items) : eventsTable(page.items),
    page.total > PAGE ? pager(page, (off) => go(filters, off)) : null);
}
