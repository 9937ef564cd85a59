'use strict';
(() => {
  const { api, el, $, clear, param, showError, link } = D;
  D.nav('');
  const seq = param('seq');
  if (!seq) { showError($('text'), new Error('no article chosen: open one from Search')); return; }

  api('/api/articles/' + encodeURIComponent(seq)).then(doc => {
    $('title').textContent = doc.title || doc.id;
    document.title = 'détente — ' + (doc.title || doc.id);
    $('meta').append(doc.date || 'undated', ' · ', doc.source || doc.id,
      doc.url && /^https?:\/\//i.test(doc.url) ? el('span', {}, ' · ', el('a', { href: doc.url, rel: 'noopener noreferrer' }, 'original')) : '');
    $('legend').append(Reader.legend());
    Reader.renderText($('text'), doc);
    $('events-title').textContent = 'Coded events (' + doc.events.length + ')';
    if (!doc.events.length) $('events').append(el('p', { class: 'muted' }, 'No events were coded in this article.'));
    doc.events.forEach(e => $('events').append(Reader.eventCard(e, addTools)));
    $('discussion').append(el('h2', {}, 'Discussion'),
      Replies.section('/api/articles/' + encodeURIComponent(seq) + '/replies', false, 'Leave a Reply'));
    if (location.hash) {
      const target = document.getElementById(location.hash.slice(1));
      if (target) { target.scrollIntoView(); target.classList.add('hl-focus'); }
    }
  }).catch(e => showError($('text'), e));

  function addTools(card, e) {
    const out = el('div', {});
    const why = el('button', { class: 'link why', type: 'button' }, 'why?');
    why.addEventListener('click', () => {
      clear(out).append(el('p', { class: 'muted' }, 'explaining (the first time loads the language models)…'));
      api('/api/reports/' + encodeURIComponent(e.id) + '/explain')
        .then(x => clear(out).append(el('pre', { class: 'explain' }, x.explanation)))
        .catch(err => { clear(out); showError(out, err); });
    });
    const discuss = el('button', { class: 'link discuss', type: 'button' }, 'discuss / verdict');
    discuss.addEventListener('click', () => {
      clear(out).append(Replies.section('/api/reports/' + encodeURIComponent(e.id) + '/replies', true, 'Reply on this event'));
    });
    card.append(el('div', {}, why, ' ', discuss), out);
  }
})();
