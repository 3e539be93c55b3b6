// Saydo dashboard helpers: fetch the API, render tables, build links. No dependencies.
"use strict";

const Saydo = (() => {
  const QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict", 0: "unknown"};

  function params() { return new URLSearchParams(location.search); }

  function qs(obj) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(obj)) if (v !== null && v !== undefined && v !== "") p.set(k, v);
    return p.toString();
  }

  async function api(path, query) {
    const url = path + (query ? "?" + qs(query) : "");
    const r = await fetch(url, {headers: {"Accept": "application/json"}});
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
    return body;
  }

  // Element builder: el("a", {href: "x", class: "y"}, "text", child, ...). Text is always set as text.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === "class") e.className = v; else e.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function eventsLink(filter, text) {
    return el("a", {href: "events.html?" + qs(filter), class: "num-link"}, text);
  }

  function docHref(item) {
    return "doc.html?" + qs({id: item.doc_id, start: item.sentence_start, end: item.sentence_end,
      ts: item.trigger_start, te: item.trigger_end});
  }

  function actorLink(code) {
    return code ? el("a", {href: "actor.html?" + qs({code})}, code) : "–";
  }

  function eventTable(items, opts) {
    opts = opts || {};
    const t = el("table", {class: "events"});
    t.append(el("tr", {}, el("th", {}, "date"), el("th", {}, "source"), el("th", {}, "event"), el("th", {}, "target"),
      el("th", {}, "modality"), el("th", {class: "num", title: "reports (independent sources)"}, "reports"), el("th", {}, "sentence")));
    for (const e of items) {
      const src = e.source ? e.source.code : null, tgt = e.target ? e.target.code : null;
      const what = (e.cameo || "") + (e.cameo_name ? " " + e.cameo_name : "");
      const sentence = e.doc_id
        ? el("a", {href: docHref(e), class: "event-link"}, e.text || "(open document)")
        : (e.url ? el("a", {href: e.url}, "GDELT source") : "–");
      const dyad = src && tgt ? el("a", {href: "dyad.html?" + qs({actor: src, target: tgt}), title: "dyad timeline"}, "→") : "";
      t.append(el("tr", {class: "quad" + (e.quad || 0)},
        el("td", {}, e.date || "–"), el("td", {}, actorLink(src)),
        el("td", {}, el("span", {class: "swatch q" + (e.quad || 0), title: QUADS[e.quad || 0]}), what, " ", dyad),
        el("td", {}, actorLink(tgt)), el("td", {}, e.modality),
        el("td", {class: "num", title: e.reports + " reports from " + e.sources + " independent sources"},
          eventsLink({actor: src, target: tgt, cameo: e.cameo, from: e.date, to: e.date}, e.reports),
          " (" + e.sources + ")"),
        el("td", {}, sentence)));
    }
    if (!items.length) t.append(el("tr", {}, el("td", {colspan: 7, class: "muted"}, "no events")));
    return t;
  }

  function quoteTable(items) {
    const t = el("table", {class: "quotes"});
    t.append(el("tr", {}, el("th", {}, "date"), el("th", {}, "speaker"), el("th", {}, "quote"), el("th", {}, "document")));
    for (const q of items) {
      t.append(el("tr", {}, el("td", {}, q.date || "–"), el("td", {}, actorLink(q.speaker && q.speaker.code)),
        el("td", {}, (q.direct ? "“" + q.quote + "”" : q.quote)),
        el("td", {}, el("a", {href: docHref(q), class: "quote-link"}, "open"))));
    }
    if (!items.length) t.append(el("tr", {}, el("td", {colspan: 4, class: "muted"}, "no quotes")));
    return t;
  }

  function fail(where, err) {
    where.replaceChildren(el("p", {class: "error"}, err.message || String(err)));
  }

  function addDays(iso, n) {
    const d = new Date(iso + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return e;
  }
  function svgLink(href, child) {
    const a = document.createElementNS(SVG, "a");
    a.setAttribute("href", href);
    a.append(child);
    return a;
  }

  return {QUADS, params, qs, api, el, eventsLink, docHref, actorLink, eventTable, quoteTable, fail, addDays, svg, svgLink};
})();
