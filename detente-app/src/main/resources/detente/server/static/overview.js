'use strict';
(() => {
  const { api, el, $, table, dyadHref, link, showError, articleHref } = D;
  D.nav('index.html');

  function dyadLink(r) { return link(dyadHref(r.a, r.b), r.a + ' – ' + r.b); }

  api('/api/events/counts?by=week').then(rows => {
    const box = $('counts');
    if (!rows.length) {
      box.classList.remove('chart');
      box.append(el('p', { class: 'muted' }, 'No events stored yet. Fill the store from a shell in the repository, and this page shows them on its next load:'),
        el('pre', { class: 'howto' }, './detente ingest --data DIR FILE_OR_DIRECTORY...   # news articles: .txt, .html, feeds, .jsonl\n'
          + './detente import gdelt --data DIR FILE.export.CSV    # GDELT 2.0 events\n'
          + './detente demo --no-serve --data DIR                 # the demo corpus (examples/news)'),
        el('p', { class: 'muted' }, 'with DIR the directory this server was started on; the commands run inside this server while it runs.'));
      return;
    }
    const chart = echarts.init(box);
    const colors = ['#7fc8a9', '#2e8b57', '#f1948a', '#c0392b'];
    const keys = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict'];
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { top: 0 },
      grid: { left: 40, right: 44, top: 36, bottom: 30 },
      // A time axis: weeks without events keep their place, so a five-month gap looks like one.
      xAxis: { type: 'time', axisLabel: { formatter: '{yyyy}-{MM}-{dd}', hideOverlap: true } },
      yAxis: { type: 'value', minInterval: 1 },
      series: keys.map((k, i) => ({ name: D.QUADS[i], type: 'bar', stack: 'q', barMaxWidth: 18,
        data: rows.map(r => [r.period, r[k]]), itemStyle: { color: colors[i] } }))
    });
    box.dataset.points = String(rows.length);
    window.addEventListener('resize', () => chart.resize());
  }).catch(e => showError($('counts'), e));

  function topTable(rows, change) {
    if (!rows.length) return el('p', { class: 'muted' }, change
      ? 'No dyad has events in the last 7 days of the data, so there is no recent change to show.'
      : 'No dyads with events yet.');
    return table([
      ['dyad', dyadLink],
      ['events', r => r.events, 'num'],
      ['coop / conflict', r => el('span', {}, el('span', { class: 'down' }, String(r.cooperation)), ' / ', el('span', { class: 'up' }, String(r.conflict))), 'num'],
      ['tension', r => r.tension.toFixed(0), 'num'],
      ['change', r => el('span', { class: r.tensionChange > 0 ? 'up' : r.tensionChange < 0 ? 'down' : null },
        (r.tensionChange > 0 ? '▲ +' : r.tensionChange < 0 ? '▼ ' : '') + r.tensionChange.toFixed(1)), 'num']
    ], rows);
  }
  // The top dyads over all stored data: from the first to the last week with events.
  api('/api/events/counts?by=day').then(days => {
    const range = days.length ? '&from=' + days[0].period + '&to=' + days[days.length - 1].period : '';
    if (days.length) $('window').textContent = days[0].period + ' … ' + days[days.length - 1].period;
    api('/api/dyads/top?order=volume&limit=8' + range).then(rows => $('top-volume').append(topTable(rows)))
      .catch(e => showError($('top-volume'), e));
    api('/api/dyads/top?order=change&limit=8' + range).then(rows => $('top-change').append(topTable(rows, days.length > 0)))
      .catch(e => showError($('top-change'), e));
    showAlerts(days.length ? days[0].period : null);
  }).catch(e => showError($('top-volume'), e));

  // Alerts over the same window as the top dyads: a corpus about last year still shows its alerts.
  function showAlerts(since) {
    api('/api/alerts' + (since ? '?since=' + since : '')).then(alerts => {
      const box = $('alerts');
      if (!alerts.length) { box.append(el('p', { class: 'muted' }, 'No escalation or de-escalation alerts.')); return; }
      const recent = alerts.slice().sort((x, y) => (y.to || '').localeCompare(x.to || '')).slice(0, 10);
      box.append(table([
        ['weeks', r => r.from + ' … ' + (r.to.slice(0, 4) === r.from.slice(0, 4) ? r.to.slice(5) : r.to), 'nowrap'],
        ['dyad', dyadLink],
        ['kind', r => el('span', { class: 'pill ' + r.kind }, r.kind)],
        ['score', r => r.score.toFixed(1), 'num']
      ], recent));
    }).catch(e => showError($('alerts'), e));
  }

  api('/api/replies/accuracy').then(a => {
    const box = $('accuracy');
    if (!a.reviewed) { box.append(el('p', { class: 'muted' }, 'No verdicts yet: open an article and say whether its events are right.')); return; }
    box.append(el('div', { class: 'kpi' }, (100 * a.accuracy).toFixed(0) + '%'),
      el('p', { class: 'muted' }, a.correct + ' correct, ' + a.fixed + ' to fix, ' + a.wrong + ' wrong of ' + a.reviewed + ' reviewed events'));
  }).catch(e => showError($('accuracy'), e));
})();
