/* detente dashboard: shared helpers. Every text from the server is inserted with textContent, never as HTML. */
'use strict';
const D = (() => {
  let csrf = null;

  async function api(path) {
    const r = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    const body = await r.json().catch(() => ({ error: 'bad response' }));
    if (!r.ok) throw new ApiError(r.status, body);
    return body;
  }

  class ApiError extends Error {
    constructor(status, body) {
      super(body && body.error ? body.error : 'HTTP ' + status);
      this.status = status;
      this.fields = (body && body.fields) || {};
    }
  }

  async function post(path, data) {
    if (!csrf) csrf = (await api('/api/session')).csrf;
    const r = await fetch(path, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify(data)
    });
    const body = await r.json().catch(() => ({ error: 'bad response' }));
    if (!r.ok) throw new ApiError(r.status, body);
    return body;
  }

  /** el('a', {href: u, class: 'x'}, 'text', child...): attributes set as properties or attributes, text as text. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }
  function $(id) { return document.getElementById(id); }
  function param(name) { return new URLSearchParams(location.search).get(name); }
  function link(href, text) { return el('a', { href }, text); }
  function articleHref(seq, eventId) { return 'article.html?seq=' + encodeURIComponent(seq) + (eventId ? '#ev-' + encodeURIComponent(eventId) : ''); }
  function dyadHref(a, b) { return 'dyad.html?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b); }
  function actorHref(a) { return 'actor.html?actor=' + encodeURIComponent(a); }
  function quadClass(q) { return q <= 2 ? 'coop' : 'conflict'; }
  const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

  function showError(container, err) {
    container.append(el('div', { class: 'error', role: 'alert' }, err.message || String(err)));
  }

  function nav(active) {
    const pages = [['index.html', 'Overview'], ['dyad.html', 'Dyads'], ['network.html', 'Network'],
      ['actor.html', 'Actors'], ['map.html', 'Map'], ['search.html', 'Search'], ['code.html', 'Code a text'], ['sources.html', 'Sources'], ['admin.html', 'Moderation']];
    const header = el('header', {},
      el('a', { class: 'brand', href: 'index.html' }, 'détente'),
      el('nav', {}, pages.map(([href, label]) => el('a', { href, class: href === active ? 'active' : null }, label))));
    document.body.prepend(header);
  }

  /** A table from rows: columns are [label, row => value or Node, 'num'?]. */
  function table(columns, rows) {
    return el('table', {},
      el('thead', {}, el('tr', {}, columns.map(c => el('th', { class: c[2] || null }, c[0])))),
      el('tbody', {}, rows.map(r => el('tr', {}, columns.map(c => {
        const v = c[1](r);
        return el('td', { class: c[2] || null }, v instanceof Node ? v : (v === null || v === undefined ? '' : String(v)));
      })))));
  }

  function sentenceWithTrigger(text, start, end) {
    if (text == null) return el('span');
    if (start < 0 || end > text.length || start >= end) return el('span', {}, text);
    return el('span', {}, text.slice(0, start), el('mark', { class: 'hl-trigger' }, text.slice(start, end)), text.slice(end));
  }

  return { api, post, el, clear, $, param, link, articleHref, dyadHref, actorHref, quadClass, QUADS, showError,
    nav, table, sentenceWithTrigger, ApiError };
})();
