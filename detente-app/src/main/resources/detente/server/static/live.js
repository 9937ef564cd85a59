'use strict';
/* The overview's live part: polls /api/live, shows when the store last changed and the newest events, and marks
   the events that arrived since the page was opened, without a reload. */
(() => {
  const { api, el, $, clear, link } = D;
  const POLL_MS = 10000;
  let firstNewest = null;
  let lastNewest = null;

  function render(live) {
    const stamp = live.last_updated ? new Date(live.last_updated.endsWith('Z') ? live.last_updated : live.last_updated + 'Z') : null;
    $('last-updated').textContent = 'last updated ' + (stamp ? stamp.toLocaleString() : 'never') + ' · '
      + live.articles + ' articles · ' + live.events + ' events';
    if (firstNewest === null) firstNewest = live.newest;
    if (live.newest === lastNewest) return;
    lastNewest = live.newest;
    const fresh = live.latest.filter(e => e.global_id > firstNewest).length;
    $('latest-title').textContent = 'Newest events' + (fresh ? ' (' + fresh + ' new since you opened this page)' : '');
    const box = clear($('latest'));
    if (!live.latest.length) { box.append(el('p', { class: 'muted' }, 'No events stored yet.')); return; }
    box.append(el('ul', { class: 'reports' }, live.latest.map(e => el('li', { class: e.global_id > firstNewest ? 'fresh' : null, 'data-event': e.id },
      el('div', {}, link('event.html?id=' + encodeURIComponent(e.id), (e.date || 'undated') + ' ' + (e.source_code || '?') + ' → ' + (e.target_code || '–') + ' (' + e.cameo + ')')),
      e.sentence ? el('div', { class: 'muted' }, e.sentence) : null))));
  }

  function poll() { api('/api/live').then(render).catch(() => { $('last-updated').textContent = 'last updated: unknown (server unreachable)'; }); }
  poll();
  setInterval(poll, POLL_MS);
})();
