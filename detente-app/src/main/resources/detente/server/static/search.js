'use strict';
(() => {
  const { api, el, $, param, showError, table, link, articleHref, actorHref } = D;
  D.nav('search.html');
  const f = {};
  for (const k of ['q', 'actor', 'code', 'reading', 'from', 'to']) { f[k] = param(k) || ''; $(k).value = f[k]; }
  const qs = Object.entries(f).filter(([, v]) => v).map(([k, v]) => k + '=' + encodeURIComponent(v)).join('&');

  if (!f.actor && !f.code && !f.reading && !f.from && !f.to) {
    api('/api/articles?limit=50' + (f.q ? '&q=' + encodeURIComponent(f.q) : '')).then(page => {
      $('articles-title').textContent = 'Articles (' + page.total + ')';
      $('articles').append(page.items.length ? el('ul', { class: 'reports' }, page.items.map(a => el('li', {},
        link(articleHref(a.seq), a.title || a.id), ' ', el('span', { class: 'muted' }, (a.date || '') + ' · ' + a.events + ' events'),
        f.q ? el('div', { class: 'sentence' }, '… ' + a.snippet + ' …') : null))) : el('p', { class: 'muted' }, 'No articles.'));
    }).catch(e => showError($('articles'), e));
  } else {
    $('articles').append(el('p', { class: 'muted' }, 'Article search uses words only.'));
  }
  api('/api/events?limit=100' + (qs ? '&' + qs : '')).then(page => {
    $('events-title').textContent = 'Events (' + page.total + ')';
    $('events').append(page.items.length ? table([
      ['date', r => r.date], ['code', r => el('span', { class: 'pill ' + D.quadClass(r.quad) }, r.cameo)],
      ['source', r => link(actorHref(r.source_code || ''), r.source_code || '')],
      ['target', r => r.target_code ? link(actorHref(r.target_code), r.target_code) : '–'],
      ['reports', r => r.num_mentions, 'num'],
      ['', r => link('event.html?id=' + encodeURIComponent(r.id), 'sentences')]
    ], page.items) : el('p', { class: 'muted' }, 'No events.'));
  }).catch(e => showError($('events'), e));
})();
