'use strict';
(() => {
  const { post, el, $, clear, showError } = D;
  D.nav('code.html');
  $('code-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const text = $('text').value.trim(), url = $('url').value.trim();
    clear($('message')); clear($('doc')); clear($('events')); clear($('legend'));
    if (!text && !url) { $('message').append(el('div', { class: 'error', role: 'alert' }, 'Paste a text or give a URL.')); return; }
    const body = text ? { text } : { url };
    if ($('date').value) body.date = $('date').value;
    $('message').append(el('p', { class: 'muted' }, 'coding…'));
    post('/api/code', body).then(doc => {
      clear($('message'));
      $('legend').append(Reader.legend());
      Reader.renderText($('doc'), doc);
      $('events-title').textContent = 'Coded events (' + doc.events.length + ')';
      doc.events.forEach(e => $('events').append(Reader.eventCard(e)));
      if (!doc.events.length) $('events').append(el('p', { class: 'muted' }, 'No events coded.'));
    }).catch(e => { clear($('message')); showError($('message'), e); });
  });
})();
