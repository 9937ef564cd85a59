/* detente dashboard: the map. Places of events from /api/places, clustered on a grid that shrinks as one zooms,
   on a world outline shipped as data (no map tiles offline). A cluster's colour is the QuadClass of most of its
   events; clicking it lists its events and their sentences. */
'use strict';
(() => {
  const { api, el, $, clear, param, showError, articleHref, sentenceWithTrigger, link, QUADS } = D;
  D.nav('map.html');
  const COLOURS = ['#4a90d9', '#2e8b57', '#e0a030', '#c0392b'];
  const FILTERS = ['actor', 'a', 'b', 'code', 'from', 'to'];
  let places = [];
  let chart = null;
  let zoom = 1;

  /** Places grouped on a grid of cells 8 degrees wide at zoom 1, narrower as the map is zoomed in. */
  function clusters() {
    const cell = 8 / Math.max(1, zoom);
    const groups = new Map();
    for (const p of places) {
      const key = Math.floor(p.lat / cell) + ':' + Math.floor(p.lon / cell);
      let g = groups.get(key);
      if (!g) groups.set(key, g = { lat: 0, lon: 0, events: 0, quads: [0, 0, 0, 0], places: [] });
      g.lat += p.lat * p.events;
      g.lon += p.lon * p.events;
      g.events += p.events;
      g.quads[0] += p.verbal_cooperation; g.quads[1] += p.material_cooperation;
      g.quads[2] += p.verbal_conflict; g.quads[3] += p.material_conflict;
      g.places.push(p);
    }
    return [...groups.values()].map(g => {
      const quad = g.quads.indexOf(Math.max(...g.quads));
      const name = g.places.length === 1 ? g.places[0].name : g.places[0].name + ' and ' + (g.places.length - 1) + ' more';
      return { name, value: [g.lon / g.events, g.lat / g.events, g.events], quad, cluster: g,
        itemStyle: { color: COLOURS[quad] } };
    });
  }

  function draw() {
    const data = clusters();
    $('map').setAttribute('data-points', String(data.length));
    chart.setOption({ series: [{ id: 'events', type: 'scatter', coordinateSystem: 'geo', data,
      symbolSize: v => 8 + 5 * Math.sqrt(v[2]),
      label: { show: true, formatter: p => p.value[2] > 1 ? String(p.value[2]) : '', color: '#fff', fontSize: 11 },
      emphasis: { scale: 1.2 } }] });
  }

  async function show(cluster) {
    const box = clear($('place-events'));
    $('place-title').textContent = 'Events at ' + cluster.places.map(p => p.name).join(', ');
    const ids = cluster.places.flatMap(p => p.ids).slice(0, 200);
    try {
      const reports = await api('/api/reports?events=' + encodeURIComponent(ids.join(',')));
      const byEvent = new Map();
      for (const r of reports) {
        if (!byEvent.has(r.event_id)) byEvent.set(r.event_id, r);
      }
      for (const p of cluster.places) {
        box.append(el('h3', {}, p.name + (p.country ? ' (' + p.country + ')' : ''), ' ',
          el('span', { class: 'muted' }, p.level + ', ' + p.events + ' event' + (p.events === 1 ? '' : 's'))));
        const list = el('ul', { class: 'place-events' });
        for (const id of p.ids) {
          const r = byEvent.get(id);
          if (!r) continue;
          list.append(el('li', {},
            el('span', { class: 'pill ' + D.quadClass(r.quad) }, r.cameo), ' ', r.date || '', ' ',
            (r.source_name || r.source_code || '?') + ' → ' + (r.target_name || r.target_code || '—'), ' ',
            link('event.html?id=' + encodeURIComponent(r.event_id), 'event'), ' · ',
            link(articleHref(r.article_seq, r.event_id), r.article_title || 'article'),
            el('div', { class: 'sentence' }, sentenceWithTrigger(r.sentence_text, r.trigger_start - r.sentence_start,
              r.trigger_end - r.sentence_start))));
        }
        box.append(list);
      }
    } catch (err) {
      showError(box, err);
    }
  }

  async function start() {
    const query = new URLSearchParams();
    for (const k of FILTERS) {
      const v = param(k);
      if (v) { query.set(k, v); $(k).value = v; }
    }
    const legend = $('legend');
    QUADS.forEach((q, i) => legend.append(el('span', { class: 'swatch q' + (i + 1) }, '●'), ' ' + q + '  '));
    try {
      const [world, found] = await Promise.all([fetch('world.json').then(r => r.json()), api('/api/places?' + query)]);
      places = found;
      const events = places.reduce((n, p) => n + p.events, 0);
      $('summary').textContent = places.length + ' places, ' + events + ' placed events';
      echarts.registerMap('world', world);
      chart = echarts.init($('map'));
      chart.setOption({
        tooltip: { formatter: p => p.data ? p.data.name + ': ' + p.data.value[2] + ' events, mostly '
          + QUADS[p.data.quad] : '' },
        geo: { map: 'world', roam: true, zoom: 1, scaleLimit: { min: 1, max: 40 },
          itemStyle: { areaColor: '#eef1f5', borderColor: '#b8c2d0' },
          emphasis: { disabled: true } }
      });
      draw();
      chart.on('georoam', () => {
        const z = chart.getOption().geo[0].zoom || 1;
        if (Math.abs(z - zoom) / zoom > 0.25) { zoom = z; draw(); }
      });
      chart.on('click', p => { if (p.data && p.data.cluster) show(p.data.cluster); });
      window.addEventListener('resize', () => chart.resize());
    } catch (err) {
      showError($('summary'), err);
    }
  }

  start();
})();
