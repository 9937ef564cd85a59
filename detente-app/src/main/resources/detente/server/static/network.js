'use strict';
(() => {
  const { api, el, $, param, showError, table, link, actorHref } = D;
  D.nav('network.html');
  let from = param('from') || '', to = param('to') || '';
  // Colours for blocs of two or more actors; an actor alone in its bloc stays grey (fourteen one-node blocs
  // in one colour would read as one bloc).
  const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#e15759', '#9c755f'];
  const ALONE = '#9aa3af';

  // Without dates: the whole span of stored events.
  const range = from || to ? Promise.resolve() : api('/api/events/counts?by=day').then(days => {
    if (days.length) { from = days[0].period; to = days[days.length - 1].period; }
  });
  range.then(() => {
    $('from').value = from; $('to').value = to;
    return api('/api/network?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to));
  }).then(net => {
    if (!net.nodes.length) { $('graph').append(el('p', { class: 'muted' }, 'No ties in this period.')); return; }
    const maxW = Math.max(...net.edges.map(e => Math.abs(e.weight)), 1);
    const size = {};
    net.nodes.forEach(n => { size[n.bloc] = (size[n.bloc] || 0) + 1; });
    const shared = [...new Set(net.nodes.map(n => n.bloc))].filter(b => size[b] > 1).sort((x, y) => x - y);
    const colour = b => size[b] > 1 ? PALETTE[shared.indexOf(b) % PALETTE.length] : ALONE;
    const cy = cytoscape({
      container: $('graph'),
      elements: [
        ...net.nodes.map(n => ({ data: { id: n.id, label: n.id, bloc: n.bloc, colour: colour(n.bloc), events: n.events }, classes: n.broker ? 'broker' : '' })),
        ...net.edges.map(e => ({ data: { id: e.a + '-' + e.b, source: e.a, target: e.b, w: 1 + 7 * Math.abs(e.weight) / maxW,
          label: e.cooperation + '/' + e.conflict }, classes: e.weight > 0 ? 'ally' : e.weight < 0 ? 'enemy' : 'neutral' }))
      ],
      style: [
        // Labels below their node on a light background: they stay readable where ties cross.
        { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(colour)',
          width: n => 22 + 4 * Math.sqrt(n.data('events')), height: n => 22 + 4 * Math.sqrt(n.data('events')),
          'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#1f2937',
          'text-background-color': '#fbfcfe', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
        { selector: 'node.broker', style: { shape: 'diamond', 'border-width': 4, 'border-color': '#fca311' } },
        // Tie counts appear on hover: on every edge at once they overlap the actor labels.
        { selector: 'edge', style: { width: 'data(w)', 'curve-style': 'bezier', 'font-size': 9, color: '#333',
          'text-background-color': '#fff', 'text-background-opacity': 0.9 } },
        { selector: 'edge.hover', style: { label: 'data(label)' } },
        { selector: 'edge.ally', style: { 'line-color': '#2e8b57' } },
        { selector: 'edge.enemy', style: { 'line-color': '#c0392b', 'line-style': 'dashed' } },
        { selector: 'edge.neutral', style: { 'line-color': '#aab' } }
      ],
      minZoom: 0.3, maxZoom: 2.2,
      // Few actors: a circle keeps every tie visible; more: a force-directed layout groups the blocs.
      layout: net.nodes.length <= 10 ? { name: 'circle', padding: 50, radius: 60 + 16 * net.nodes.length, sort: (x, y) => x.data('bloc') - y.data('bloc') || x.id().localeCompare(y.id()) }
        : { name: 'cose', animate: false, randomize: false, padding: 40, nodeDimensionsIncludeLabels: true,
          nodeRepulsion: () => 20000, idealEdgeLength: () => 150, nodeOverlap: 20, componentSpacing: 80 }
    });
    cy.on('mouseover', 'edge', evt => evt.target.addClass('hover'));
    cy.on('mouseout', 'edge', evt => evt.target.removeClass('hover'));
    cy.on('tap', 'node', evt => { location.href = actorHref(evt.target.id()); });
    $('graph').dataset.nodes = String(net.nodes.length);
    const swatch = c => { const s = el('span', { class: 'swatch' }); s.style.background = c; return s; };
    const alone = net.nodes.filter(n => size[n.bloc] === 1).map(n => n.id);
    $('blocs').append(...shared.map(b => el('span', {}, swatch(colour(b)),
      'bloc ' + (shared.indexOf(b) + 1) + ': ' + net.nodes.filter(n => n.bloc === b).map(n => n.id).join(', '))),
      ...(alone.length ? [el('span', {}, swatch(ALONE), 'in no bloc: ' + alone.join(', '))] : []));
    $('brokers').append(net.brokers.length ? table([
      ['mediator', r => link(actorHref(r.actor), r.actor)], ['between', r => r.sideA + ' and ' + r.sideB], ['score', r => r.score.toFixed(1), 'num']
    ], net.brokers) : el('p', { class: 'muted' }, 'No actor has cooperative ties to both sides of a conflict.'));
    $('balance').append(el('div', { class: 'kpi' }, (100 * net.balance).toFixed(0) + '%'),
      el('p', { class: 'muted' }, 'of ' + net.triads + ' closed triads are balanced (' + net.from + ' … ' + net.to + ').'),
      el('p', {}, net.unbalancedTriads.length ? 'Unbalanced: ' + net.unbalancedTriads.map(t => t.join('–')).join('; ') : ''));
  }).catch(e => showError($('graph'), e));
})();
