'use strict';
(() => {
  const { api, el, $, clear, param, showError, table, link, dyadHref } = D;
  D.nav('actor.html');
  const actor = (param('actor') || '').toUpperCase();
  $('actor').value = actor;

  $('lookup-form').addEventListener('submit', ev => {
    ev.preventDefault();
    const box = clear($('lookup'));
    const name = $('name').value.trim();
    if (!name) return;
    api('/api/actors?name=' + encodeURIComponent(name) + ($('date').value ? '&date=' + $('date').value : '')).then(rows => {
      if (!rows.length) { box.append(el('p', { class: 'muted' }, name + ': not in the dictionary')); return; }
      box.append(el('div', { class: 'card' }, table([
        ['kind', r => r.kind], ['what', r => r.label], ['code', r => link('actor.html?actor=' + encodeURIComponent((r.code || '').slice(0, 3)), r.code || '')],
        ['role on date', r => r.roleOn || '']
      ], rows)));
    }).catch(e => showError(box, e));
  });

  if (!actor) { $('partners').append(el('p', { class: 'muted' }, 'Choose an actor, e.g. IRN.')); return; }
  $('title').textContent = 'Actor ' + actor;
  api('/api/actors/' + encodeURIComponent(actor) + '/profile').then(p => {
    const cols = kind => [
      ['actor', r => link(dyadHref(actor, r.actor), r.actor)], ['events', r => r.events, 'num'],
      ['coop', r => r.cooperation, 'num'], ['conflict', r => r.conflict, 'num'], ['goldstein', r => r.goldstein.toFixed(1), 'num']];
    $('partners').append(p.partners.length ? table(cols(), p.partners) : el('p', { class: 'muted' }, 'None in this window.'));
    $('adversaries').append(p.adversaries.length ? table(cols(), p.adversaries) : el('p', { class: 'muted' }, 'None in this window.'));
    if (p.trend.length) {
      const c = echarts.init($('trend'));
      c.setOption({
        animation: false, tooltip: { trigger: 'axis', renderMode: 'richText' }, legend: { top: 0 }, grid: { left: 44, right: 50, top: 36, bottom: 30 },
        xAxis: { type: 'category', data: p.trend.map(t => t.period) },
        yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100 }],
        series: [
          { name: 'cooperation', type: 'bar', stack: 'x', data: p.trend.map(t => t.quad[0] + t.quad[1]), itemStyle: { color: '#2e8b57' } },
          { name: 'conflict', type: 'bar', stack: 'x', data: p.trend.map(t => t.quad[2] + t.quad[3]), itemStyle: { color: '#c0392b' } },
          { name: 'tension', type: 'line', yAxisIndex: 1, data: p.trend.map(t => t.tension), itemStyle: { color: '#fca311' } }]
      });
    }
    const mix = Object.entries(p.eventMix);
    if (mix.length) {
      const c = echarts.init($('mix'));
      c.setOption({ animation: false, tooltip: { renderMode: 'richText' }, grid: { left: 44, right: 20, top: 16, bottom: 30 },
        xAxis: { type: 'category', data: mix.map(m => m[0]) }, yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: mix.map(m => m[1]), itemStyle: { color: '#4e79a7' } }] });
    }
  }).catch(e => showError($('partners'), e));
})();
