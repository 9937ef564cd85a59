'use strict';
(() => {
  const { api, el, $, param, showError, table, link, actorHref } = D;
  D.nav('network.html');
  let from = param('from') || '', to = param('to') || '';
  const PALETTE = ['#9aa3af', '#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948'];

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
    const cy = cytoscape({
      container: $('graph'),
      elements: [
        ...net.nodes.map(n => ({ data: { id: n.id, label: n.id, bloc: n.bloc, events: n.events }, classes: n.broker ? 'broker' : '' })),
        ...net.edges.map(e => ({ data: { id: e.a + '-' + e.b, source: e.a, target: e.b, w: 1 + 7 * Math.abs(e.weight) / maxW,
          label: e.cooperation + '/' + e.conflict }, classes: e.weight > 0 ? 'ally' : e.weight < 0 ? 'enemy' : 'neutral' }))
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'background-color': n => PALETTE[Math.min(n.data('bloc'), 6)],
          width: n => 22 + 4 * Math.sqrt(n.data('events')), height: n => 22 + 4 * Math.sqrt(n.data('events')),
          'font-size': 10, 'text-valign': 'center', color: '#fff', 'text-outline-width': 2, 'text-outline-color': '#333' } },
        { selector: 'node.broker', style: { shape: 'diamond', 'border-width': 4, 'border-color': '#fca311' } },
        { selector: 'edge', style: { width: 'data(w)', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#555' } },
        { selector: 'edge.ally', style: { 'line-color': '#2e8b57' } },
        { selector: 'edge.enemy', style: { 'line-color': '#c0392b', 'line-style': 'dashed' } },
        { selector: 'edge.neutral', style: { 'line-color': '#aab' } }
      ],
      minZoom: 0.3, maxZoom: 2.2,
      // Few actors: a circle keeps every tie visible; more: a force-directed layout groups the blocs.
      layout: net.nodes.length <= 10 ? { name: 'circle', padding: 50, radius: 110, sort: (x, y) => x.data('bloc') - y.data('bloc') || x.id().localeCompare(y.id()) }
        : { name: 'cose', animate: false, randomize: false, padding: 40, nodeRepulsion: () => 9000, idealEdgeLength: () => 130 }
    });
    cy.on('tap', 'node', evt => { location.href = actorHref(evt.target.id()); });
    $('graph').dataset.nodes = String(net.nodes.length);
    const blocs = [...new Set(net.nodes.map(n => n.bloc))].sort((x, y) => x - y);
    $('blocs').append(...blocs.map(b => el('span', {}, el('span', { class: 'swatch sw' + Math.min(b, 6) }),
      'bloc ' + b + ': ' + net.nodes.filter(n => n.bloc === b).map(n => n.id).join(', '))));
    $('brokers').append(net.brokers.length ? table([
      ['mediator', r => link(actorHref(r.actor), r.actor)], ['between', r => r.sideA + ' and ' + r.sideB], ['score', r => r.score.toFixed(1), 'num']
    ], net.brokers) : el('p', { class: 'muted' }, 'No actor has cooperative ties to both sides of a conflict.'));
    $('balance').append(el('div', { class: 'kpi' }, (100 * net.balance).toFixed(0) + '%'),
      el('p', { class: 'muted' }, 'of ' + net.triads + ' closed triads are balanced (' + net.from + ' … ' + net.to + ').'),
      el('p', {}, net.unbalancedTriads.length ? 'Unbalanced: ' + net.unbalancedTriads.map(t => t.join('–')).join('; ') : ''));
  }).catch(e => showError($('graph'), e));
})();
