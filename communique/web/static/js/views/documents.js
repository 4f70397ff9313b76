// List of stored articles (filtered by text, dates, genre) with what was found in each; each opens the article view.
import { mount, el, formValues, getJSON, pager, query, setHash } from "../util.js";

const PAGE = 50;
const GENRES = ["report", "live blog", "opinion"];  // documents.genre (communique.store.GENRES)

export async function render(root, params) {
  const f = { q: params.q || "", since: params.since || "", until: params.until || "", genre: params.genre || "" };
  const offset = Number(params.offset || 0);
  const page = await getJSON(`/api/documents?${query({ ...f, limit: PAGE, offset })}`);
  const go = (g, off = 0) => { setHash("documents", { ...g, offset: off || "" }); render(root, { ...g, offset: off }); };
  const form = el("form", { class: "filters", onsubmit: (e) => { e.preventDefault(); go(formValues(e.target)); } },
    el("label", {}, "Text", el("input", { name: "q", value: f.q, placeholder: "search" })),
    el("label", {}, "Since", el("input", { type: "date", name: "since", value: f.since })),
    el("label", {}, "Until", el("input", { type: "date", name: "until", value: f.until })),
    el("label", {}, "Genre", el("select", { name: "genre" }, el("option", { value: "" }, "any"),
      GENRES.map((g) => el("option", { value: g, selected: f.genre === g }, g)))),
    el("button", { type: "submit" }, "Search"));
  const rows = page.items.map((d) => el("tr", {},
    el("td", {}, d.published || "—"),
    el("td", {}, el("a", { href: `#/article/${encodeURIComponent(d.id)}` }, d.title || d.id),
      el("div", { class: "muted" }, d.preview || "")),
    el("td", {}, d.dateline || ""), el("td", {}, d.genre || ""),
    el("td", {}, String(d.events)), el("td", {}, String(d.actors)), el("td", {}, String(d.quotes))));
  mount(root, el("h2", {}, "Articles"), form, pager(page, (off) => go(f, off)),
    el("table", {}, el("thead", {}, el("tr", {}, ["Published", "Article", "Dateline", "Genre", "Events", "Actors", "Quotes"].map((h) => el("th", {}, h)))),
      el("tbody", {}, rows.length ? rows : el("tr", {}, el("td", { colspan: 7, class: "muted" }, "No articles.")))));
}
