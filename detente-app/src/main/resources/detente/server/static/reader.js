/* Renders a document (the JSON contract of docs/output.md): its text with actors, event triggers, quotes and
   numbers highlighted from their character offsets, and its coded events beside it. Text nodes only. */
'use strict';
const Reader = (() => {
  const { el } = D;

  /** Spans [start, end, class, title, id?] over the text, cut into segments that each carry every covering class. */
  function highlights(doc) {
    const spans = [];
    for (const m of doc.mentions) {
      const known = m.actor && m.actor.code;
      spans.push([m.start, m.end, known ? 'hl-actor' : 'hl-unknown',
        (known ? m.actor.code : 'unknown') + (m.actor && m.actor.name ? ' — ' + m.actor.name : '') + ' (' + m.via + ')']);
    }
    for (const e of doc.events) {
      spans.push([e.trigger.start, e.trigger.end, 'hl-trigger', 'event ' + e.cameo + ': ' + e.source.code + ' → ' + (e.target ? e.target.code : '–'), e.id]);
    }
    for (const q of doc.quotes) spans.push([q.start, q.end, 'hl-quote', 'quote' + (q.speaker ? ' by ' + (q.speaker.name || q.speaker.text) : '')]);
    for (const q of doc.quantities) spans.push([q.start, q.end, 'hl-quantity', (q.kind || 'quantity') + (q.unit ? ' (' + q.unit + ')' : '')]);
    return spans.filter(s => s[0] >= 0 && s[1] <= doc.text.length && s[0] < s[1]);
  }

  function renderText(container, doc) {
    const text = doc.text;
    const spans = highlights(doc);
    const cuts = new Set([0, text.length]);
    spans.forEach(s => { cuts.add(s[0]); cuts.add(s[1]); });
    const points = [...cuts].sort((x, y) => x - y);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i], to = points[i + 1];
      const piece = text.slice(from, to);
      const covering = spans.filter(s => s[0] <= from && s[1] >= to);
      if (!covering.length) { container.append(document.createTextNode(piece)); continue; }
      const mark = el('mark', { class: covering.map(s => s[2]).join(' '), title: covering.map(s => s[3]).join('; ') }, piece);
      const ev = covering.find(s => s[4]);
      if (ev) mark.dataset.event = ev[4];
      container.append(mark);
    }
  }

  function legend() {
    return el('p', { class: 'legend muted' },
      el('span', { class: 'hl-actor' }, 'actor'), el('span', { class: 'hl-unknown' }, 'unknown name'),
      el('span', { class: 'hl-trigger' }, 'event trigger'), el('span', { class: 'hl-quote' }, 'quote'),
      el('span', { class: 'hl-quantity' }, 'number'));
  }

  /** One coded event's card; {@code extra(card, event)} adds buttons or forms. */
  function eventCard(e, extra) {
    const card = el('div', { class: 'event', id: 'ev-' + e.id, 'data-event': e.id },
      el('div', { class: 'head' },
        el('span', {}, el('span', { class: 'code pill ' + D.quadClass(e.quad) }, e.cameo), ' ',
          el('strong', {}, e.source.code || e.source.text), ' → ', el('strong', {}, e.target ? (e.target.code || e.target.text) : '–')),
        el('span', { class: 'muted' }, (e.plover ? e.plover.event : 'no PLOVER') + ' · goldstein ' + e.goldstein + ' · conf. ' + e.confidence.toFixed(2))),
      el('div', { class: 'sentence' }, '“', e.trigger.text, '” — ', e.source.text || '', ' → ', e.target ? e.target.text : '–'),
      el('div', { class: 'muted rule' }, 'rule ', e.rule));
    card.addEventListener('mouseenter', () => focus(e.id, true));
    card.addEventListener('mouseleave', () => focus(e.id, false));
    if (extra) extra(card, e);
    return card;
  }

  function focus(id, on) {
    document.querySelectorAll('mark[data-event="' + CSS.escape(id) + '"]').forEach(m => m.classList.toggle('hl-focus', on));
  }

  return { renderText, legend, eventCard };
})();
