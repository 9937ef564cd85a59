'use strict';
(() => {
  const { api, el, $, table, showError, clear } = D;
  D.nav('sources.html');

  function when(t) { return t ? new Date(t.endsWith('Z') ? t : t + 'Z').toLocaleString() : '–'; }

  function render(rows) {
    const box = clear($('sources'));
    const failing = rows.filter(r => r.health === 'failing').length;
    $('summary').textContent = '(' + rows.length + ' watched' + (failing ? ', ' + failing + ' failing' : '') + ')';
    if (!rows.length) { box.append(el('p', { class: 'muted' }, 'No sources watched yet: run detente watch SOURCES or serve --watch SOURCES.')); return; }
    box.append(table([
      ['source', r => el('span', {}, el('strong', {}, r.name || ''), el('br'), el('span', { class: 'muted' }, (r.kind || 'auto') + ' · ' + (r.url || 'inline page list')))],
      ['health', r => el('span', { class: r.health === 'failing' ? 'up' : r.health === 'ok' ? 'down' : 'muted', 'data-health': r.health }, r.health)],
      ['last success', r => when(r.last_success)],
      ['last error', r => r.last_error ? el('span', {}, el('span', { class: 'up' }, r.last_error), el('br'), el('span', { class: 'muted' }, when(r.last_error_at) + (r.consecutive_errors ? ' · ' + r.consecutive_errors + ' in a row' : ''))) : '–'],
      ['next poll', r => when(r.next_poll)],
      ['items seen', r => r.items_seen, 'num'],
      ['new', r => r.items_new, 'num'],
      ['stored', r => r.articles_stored, 'num'],
      ['failed', r => r.items_failed, 'num']
    ], rows));
  }

  function load() { api('/api/sources').then(render).catch(e => showError(clear($('sources')), e)); }
  load();
  setInterval(load, 15000);
})();
