'use strict';
/* Moderation: the admin token is sent as a bearer header (never a cookie, so it cannot be used by another site). */
(() => {
  const { el, $, clear, showError, table, articleHref } = D;
  D.nav('admin.html');
  const key = 'detente-admin-token';
  $('token').value = sessionStorage.getItem(key) || '';

  async function call(method, path, body) {
    const r = await fetch(path, {
      method, credentials: 'omit',
      headers: Object.assign({ Accept: 'application/json', Authorization: 'Bearer ' + sessionStorage.getItem(key) },
        body ? { 'Content-Type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined
    });
    const json = await r.json().catch(() => ({ error: 'bad response' }));
    if (!r.ok) throw new D.ApiError(r.status, json);
    return json;
  }

  function load() {
    const box = clear($('pending'));
    call('GET', '/api/replies?status=pending&limit=200').then(page => {
      $('pending-title').textContent = 'Replies awaiting moderation (' + page.total + ')';
      if (!page.items.length) { box.append(el('p', { class: 'muted' }, 'Nothing to moderate.')); return; }
      box.append(table([
        ['on', r => r.targetKind + ' ' + r.targetId],
        ['name', r => r.name],
        ['website', r => r.website || ''],
        ['reply', r => el('div', { class: 'text' }, r.text)],
        ['verdict', r => r.verdict ? r.verdict.kind + (r.verdict.code ? ' ' + r.verdict.code : '') : ''],
        ['', r => el('span', {},
          el('button', { type: 'button', onclick: () => moderate(r.id, 'approve') }, 'Approve'), ' ',
          el('button', { type: 'button', class: 'link', onclick: () => moderate(r.id, 'reject') }, 'Reject'))]
      ], page.items));
    }).catch(e => showError(box, e));
  }

  function moderate(id, action) {
    call('POST', '/api/replies/' + id + '/' + action).then(load).catch(e => showError($('pending'), e));
  }

  $('token-form').addEventListener('submit', ev => {
    ev.preventDefault();
    sessionStorage.setItem(key, $('token').value.trim());
    load();
  });
  $('ingest-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const box = clear($('ingest-message'));
    const body = {};
    if ($('ingest-text').value.trim()) body.text = $('ingest-text').value;
    if ($('ingest-url').value.trim()) body.url = $('ingest-url').value.trim();
    if ($('ingest-title').value.trim()) body.title = $('ingest-title').value.trim();
    if ($('ingest-date').value) body.date = $('ingest-date').value;
    box.append(el('p', { class: 'muted' }, 'ingesting…'));
    call('POST', '/api/ingest', body).then(r => {
      clear(box).append(el('div', { class: 'notice' }, r.duplicate ? 'Already stored: ' : 'Stored: ',
        el('a', { href: articleHref(r.seq) }, 'article ' + r.seq), ' — ' + r.reports + ' coded events, ' + r.newEvents + ' new.'));
    }).catch(e => { clear(box); showError(box, e); });
  });
  if (sessionStorage.getItem(key)) load();
})();
