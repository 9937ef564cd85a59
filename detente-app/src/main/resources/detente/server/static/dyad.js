'use strict';
(() => {
  const { api, el, $, clear, param, showError, articleHref, actorHref, sentenceWithTrigger, link } = D;
  D.nav('dyad.html');
  const a = (param('a') || '').toUpperCase();
  const b = (param('b') || '').toUpperCase();
  const by = param('by') || 'week';
  const level = param('level') || 'country';
  $('a').value = a; $('b').value = b; $('by').value = by; $('level').value = level;
  if (!a || !b) { $('timeline').append(el('p', { class: 'muted' }, 'Choose two actors, e.g. IRN and PAK.')); return; }
  $('title').textContent = 'Dyad ' + a + ' – ' + b;

  api('/api/dyads/' + encodeURIComponent(a) + '/' + encodeURIComponent(b) + '?by=' + encodeURIComponent(by) + '&level=' + encodeURIComponent(level))
    .then(t => draw(t.points))
    .catch(e => showError($('timeline'), e));

  function draw(points) {
    const box = $('timeline');
    if (!points.length) { box.append(el('p', { class: 'muted' }, 'No events between ' + a + ' and ' + b + '.')); return; }
    const chart = echarts.init(box);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { top: 0 },
      grid: { left: 44, right: 50, top: 36, bottom: 30 },
      xAxis: { type: 'category', data: points.map(p => p.period) },
      yAxis: [{ type: 'value', name: 'events', minInterval: 1 }, { type: 'value', name: 'tension', min: 0, max: 100 }],
      series: [
        { name: 'cooperation', type: 'bar', stack: 'events', barMaxWidth: 48, data: points.map(p => p.quad[0] + p.quad[1]), itemStyle: { color: '#2e8b57' } },
        { name: 'conflict', type: 'bar', stack: 'events', barMaxWidth: 48, data: points.map(p => p.quad[2] + p.quad[3]), itemStyle: { color: '#c0392b' } },
        { name: 'tension', type: 'line', yAxisIndex: 1, data: points.map(p => p.tension), itemStyle: { color: '#fca311' }, symbolSize: 8 }
      ]
    });
    box.dataset.points = String(points.length);
    chart.on('click', p => show(points[p.dataIndex]));
    window.addEventListener('resize', () => chart.resize());
    const busiest = points.reduce((x, y) => (y.events > x.events ? y : x));
    if (param('period')) {
      const chosen = points.find(p => p.period === param('period'));
      if (chosen) show(chosen);
    } else if (busiest.events) {
      show(busiest);
    }
  }

  function show(point) {
    const box = clear($('events'));
    $('events-title').textContent = 'Events in the ' + by + ' of ' + point.period + ': ' + point.events;
    if (!point.eventIds.length) { box.append(el('p', { class: 'muted' }, 'No events in this period.')); return; }
    api('/api/reports?events=' + encodeURIComponent(point.eventIds.join(','))).then(reports => {
      $('events-title').textContent += ' (' + reports.length + ' reports: one sentence each)';
      box.append(el('ul', { class: 'reports', id: 'report-list' }, reports.map(r => el('li', { 'data-event': r.event_id },
        el('span', { class: 'pill ' + D.quadClass(r.quad) }, r.cameo), ' ',
        el('strong', {}, r.date || ''), ' ',
        link(actorHref(r.source_code || ''), r.source_code || '?'), ' → ',
        r.target_code ? link(actorHref(r.target_code), r.target_code) : '–', ' ',
        el('div', { class: 'sentence' }, sentenceWithTrigger(r.sentence_text, r.trigger_start - r.sentence_start, r.trigger_end - r.sentence_start)),
        el('div', { class: 'muted' }, 'in ', link(articleHref(r.article_seq, r.id), r.article_title || r.article_id))))));
    }).catch(e => showError(box, e));
  }
})();
