// The forward calendar: planned events on a month grid, each with its status and a link to its evidence.
import { el, getJSON, mount, query, setHash } from "../util.js";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

function pad(n) { return String(n).padStart(2, "0"); }

function shiftMonth(month, by) {
  const [y, m] = month.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

// The month to open on: asked for, else that of the next pending entry, else of the latest one.
function defaultMonth(items) {
  const dated = items.filter((e) => e.date && e.date.length >= 7);
  const next = dated.find((e) => e.status === "pending") || dated[dated.length - 1];
  return next ? next.date.slice(0, 7) : new Date().toISOString().slice(0, 7);
}

function entryLink(e) {
  const r = e.reports[0] || {};
  const who = e.source.join(", ") + (e.target.length ? ` → ${e.target.join(", ")}` : "");
  return el("a", {
    class: `cal-entry status-${e.status}`, title: (r.evidence || {}).text || "",
    href: `#/article/${encodeURIComponent(r.doc_id)}?event=${encodeURIComponent(r.event_id)}`,
    dataset: { id: e.id, status: e.status, event: e.event, date: e.date || "" },
  }, `${e.event} ${who}`, el("span", { class: "flag" }, e.status));
}

function grid(month, items) {
  const [y, m] = month.split("-").map(Number);
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells = [];
  for (let i = 0; i < lead; i++) cells.push(el("td", { class: "cal-empty" }));
  for (let d = 1; d <= days; d++) {
    const day = `${month}-${pad(d)}`;
    cells.push(el("td", { class: "cal-day", dataset: { day } }, el("div", { class: "cal-num" }, String(d)),
      items.filter((e) => e.date === day).map(entryLink)));
  }
  while (cells.length % 7) cells.push(el("td", { class: "cal-empty" }));
  const rows = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(el("tr", {}, cells.slice(i, i + 7)));
  return el("table", { class: "calendar", id: "calendar-grid" },
    el("thead", {}, el("tr", {}, WEEKDAYS.map((w) => el("th", {}, w)))), el("tbody", {}, rows));
}

export async function render(root, params) {
  const all = await getJSON(`/api/calendar?${query({ actor: params.actor || "" })}`);
  const month = /^\d{4}-\d{2}$/.test(params.month || "") ? params.month : defaultMonth(all.items);
  setHash("calendar", { ...params, month });
  // the month's own days, plus entries known only to the month (or the year) listed under the grid
  const inMonth = all.items.filter((e) => e.date && e.date.startsWith(month));
  const coarse = all.items.filter((e) => e.date && (e.date === month || e.date === month.slice(0, 4)));
  const go = (by) => { location.hash = `#/calendar?${query({ ...params, month: shiftMonth(month, by) })}`; };
  const actor = el("input", { name: "actor", value: params.actor || "", placeholder: "actor code", size: 8 });
  mount(root,
    el("h2", {}, "Forward calendar"),
    el("form", { class: "filters", onsubmit: (ev) => { ev.preventDefault(); location.hash = `#/calendar?${query({ actor: actor.value.trim().toUpperCase() })}`; } },
      el("button", { type: "button", id: "cal-prev", onclick: () => go(-1) }, "◀"),
      el("strong", { id: "cal-month" }, month),
      el("button", { type: "button", id: "cal-next", onclick: () => go(1) }, "▶"),
      " ", actor, el("button", { type: "submit" }, "Filter")),
    el("p", { class: "muted" }, `${all.total} planned events in the store; ${inMonth.length} in ${month}. `,
      "Status: happened (a later report of it), cancelled / postponed (a later report says so), ",
      "pending, or overdue once its date has passed."),
    grid(month, inMonth),
    coarse.length ? el("div", { id: "cal-coarse" }, el("h3", {}, "Scheduled for the month or year only"),
      el("ul", {}, coarse.map((e) => el("li", {}, `${e.date}: `, entryLink(e))))) : null);
}
