'use strict';
(() => {
  const { api, el, $, param, showError, link, articleHref, sentenceWithTrigger } = D;
  D.nav('search.html');
  api('/api/events/' + encodeURIComponent(param('id') || '')).then(e => {
    $('title').textContent = 'Event ' + e.cameo + ': ' + (e.source_code || '?') + ' → ' + (e.target_code || '–') + ' on ' + (e.date || 'undated');
    $('event').append(el('p', { class: 'muted' }, e.num_mentions + ' reports in ' + e.num_articles + ' articles from ' + e.num_sources + ' sources' + (e.place ? ' · ' + e.place : '')),
      el('ul', { class: 'reports' }, e.reports.map(r => el('li', {},
        el('div', { class: 'sentence' }, sentenceWithTrigger(r.sentence_text, r.trigger_start - r.sentence_start, r.trigger_end - r.sentence_start)),
        el('div', { class: 'muted' }, r.date + ' · ', link(articleHref(r.article_seq, r.id), r.article_title || r.article_id))))));
  }).catch(err => showError($('event'), err));
})();
