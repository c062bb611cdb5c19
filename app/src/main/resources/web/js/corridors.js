// Export corridors: routes on a world map (Natural Earth shapes), flows as line widths, disruptions as toggles.
'use strict';
(async () => {
  const $ = (id) => document.getElementById(id);
  let info;
  try {
    info = await MV.init('corridors.html');
  } catch (e) { MV.showError(e); return; }
  const base = '/api/datasets/' + encodeURIComponent(info.name) + '/corridors';
  let network;
  try {
    const [world, first] = await Promise.all([fetch('/vendor/world-atlas/countries-110m.json').then((r) => r.json()), MV.api(base)]);
    echarts.registerMap('world', topojson.feature(world, world.objects.countries));
    network = first;
  } catch (e) { MV.showError(e); document.body.dataset.ready = 'true'; return; }
  const map = MV.chart('map');
  const exposureChart = MV.chart('exposure-chart');
  MV.fill($('commodity'), network.commodities.map((c) => [c.id, c.name]), network.commodity);

  function fillYears() {
    const c = network.commodities.find((x) => x.id === $('commodity').value);
    MV.fill($('year'), c.years.slice().reverse().map((y) => [y, String(y)]), network.year);
  }
  fillYears();

  function toggles(container, items, label) {
    container.replaceChildren(...items.map((item) => {
      const box = MV.el('input', { type: 'checkbox', value: item.id, 'data-kind': container.id });
      box.addEventListener('change', allocate);
      return MV.el('label', {}, box, label(item));
    }));
  }

  async function loadNetwork() {
    MV.clearError();
    const q = new URLSearchParams({ commodity: $('commodity').value, year: $('year').value });
    network = await MV.api(base + '?' + q);
    toggles($('jurisdictions'), network.jurisdictions.map((c) => ({ id: c })), (j) => 'close ' + j.id);
    toggles($('links'), network.links, (l) => 'cut ' + l.id + ' (' + l.mode + ')');
    const exposure = await MV.api(base + '/exposure?' + q);
    drawExposure(exposure);
    drawControl(await MV.api(base + '/control?' + q));
    await allocate();
  }

  function checked(id) {
    return [...$(id).querySelectorAll('input:checked')].map((b) => b.value);
  }

  async function allocate() {
    MV.clearError();
    const q = new URLSearchParams({ commodity: network.commodity, year: network.year });
    const close = checked('jurisdictions'), cut = checked('links');
    if (close.length) q.set('close', close.join(','));
    if (cut.length) q.set('cut', cut.join(','));
    if (close.length || cut.length) {
      q.set('start', $('start').value || '0');
      q.set('days', $('days').value || '365');
    }
    try {
      const result = await MV.api(base + '/allocation?' + q);
      drawKpis(result);
      drawMap(result, new Set(close), new Set(cut));
      drawRoutes(result);
      $('title').textContent = 'Export corridors — ' + network.commodityName + ', ' + network.year
        + (result.disruptions.length ? ' — ' + result.disruptions.map((d) => d.label).join('; ') : ' — status quo');
    } catch (e) { MV.showError(e); }
  }

  function drawKpis(r) {
    const u = ' ' + network.unit;
    $('kpi-demand').textContent = MV.fmt(r.demand) + u;
    $('kpi-delivered').textContent = MV.fmt(r.delivered) + u;
    $('kpi-undelivered').textContent = MV.fmt(r.undelivered) + u;
    $('kpi-lost').textContent = MV.fmt(r.lost) + u;
    $('kpi-rerouted').textContent = MV.fmt(r.rerouted) + u;
    $('kpi-revenue').textContent = r.revenueAtRiskMillionUsd === null ? 'no price' : MV.fmt(r.revenueAtRiskMillionUsd);
  }

  function drawMap(result, closed, cut) {
    const nodes = new Map(network.nodes.map((n) => [n.id, n]));
    const flows = new Map(result.links.map((l) => [l.id, l]));
    const max = Math.max(1e-9, ...result.links.map((l) => Math.max(l.volume, l.baselineVolume)));
    const lons = network.nodes.map((n) => n.longitude), lats = network.nodes.map((n) => n.latitude);
    const colours = { pipeline: '#1f6feb', rail: '#8250df', sea: '#0a7ea4', ferry: '#0a7ea4', road: '#bf8700', port: '#57606a' };
    const lines = network.links.filter((l) => nodes.has(l.from) && nodes.has(l.to)).map((l) => {
      const f = flows.get(l.id) || { volume: 0, baselineVolume: 0 };
      const isClosed = cut.has(l.id) || l.jurisdictions.some((j) => closed.has(j));
      return {
        name: l.id,
        coords: [[nodes.get(l.from).longitude, nodes.get(l.from).latitude], [nodes.get(l.to).longitude, nodes.get(l.to).latitude]],
        value: f.volume,
        lineStyle: {
          width: 1 + 11 * f.volume / max,
          color: isClosed ? '#cf222e' : (colours[l.mode] || '#1f6feb'),
          type: isClosed ? 'dashed' : (f.volume > 0 ? 'solid' : 'dotted'),
          opacity: f.volume > 0 || isClosed ? 0.9 : 0.45,
        },
        tip: l.id + ' (' + l.mode + '): ' + MV.fmt(f.volume) + ' ' + network.unit + ' (status quo ' + MV.fmt(f.baselineVolume) + ')'
          + (l.capacity === null ? '' : ', capacity ' + MV.fmt(l.capacity)),
      };
    });
    map.setOption({
      tooltip: { trigger: 'item', formatter: (p) => p.data && p.data.tip ? p.data.tip : p.name },
      geo: {
        map: 'world', roam: true,
        boundingCoords: [[Math.min(...lons) - 4, Math.max(...lats) + 4], [Math.max(...lons) + 4, Math.min(...lats) - 4]],
        itemStyle: { areaColor: '#eef1f4', borderColor: '#b8c2cc' },
        emphasis: { itemStyle: { areaColor: '#dde4ea' }, label: { show: false } },
      },
      series: [
        { type: 'lines', coordinateSystem: 'geo', polyline: false, data: lines, zlevel: 1 },
        { type: 'scatter', coordinateSystem: 'geo', zlevel: 2, symbolSize: 7, itemStyle: { color: '#10213a' },
          label: { show: true, position: 'right', formatter: (p) => p.data.short, fontSize: 10, color: '#333' },
          labelLayout: { hideOverlap: true },
          data: network.nodes.map((n) => ({ name: n.name, short: n.name.replace(/ \(.*\)$/, ''), value: [n.longitude, n.latitude],
            tip: n.name + ' (' + n.kind + ', ' + n.country + ')' })) },
      ],
    }, true);
  }

  function drawExposure(exposure) {
    const rows = exposure.jurisdictions.slice().reverse();
    exposureChart.setOption({
      grid: { left: 60, right: 80, top: 10, bottom: 30 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      xAxis: { type: 'value', name: exposure.unit },
      yAxis: { type: 'category', data: rows.map((r) => r.country) },
      series: [
        { name: 'crosses', type: 'bar', data: rows.map((r) => r.crossingVolume), itemStyle: { color: '#9db4d3' } },
        { name: 'lost if closed', type: 'bar', data: rows.map((r) => r.lossIfClosed), itemStyle: { color: '#cf222e' } },
      ],
    }, true);
  }

  function drawControl(control) {
    const powers = control.powers.slice(0, 6);
    const pct = (v) => (100 * v).toFixed(1) + '%';
    $('control').querySelector('thead').replaceChildren(MV.el('tr', {}, MV.el('th', { text: 'scenario' }),
      MV.el('th', { class: 'num', text: 'delivered' }), ...powers.map((p) => MV.el('th', { class: 'num', text: p }))));
    $('control').querySelector('tbody').replaceChildren(...control.scenarios.map((s) => MV.el('tr', {},
      MV.el('td', { text: s.scenario }), MV.el('td', { class: 'num', text: pct(s.deliveredShare) }),
      ...powers.map((p) => MV.el('td', { class: 'num', text: pct(s.shares.find((x) => x.power === p).stakeWeightedShare) })))));
  }

  function drawRoutes(result) {
    const body = $('routes').querySelector('tbody');
    body.replaceChildren(...result.routes.map((r) => MV.el('tr', {},
      MV.el('td', { text: r.name }), MV.el('td', { text: r.jurisdictions.join(' → ') }),
      MV.el('td', { class: 'num', text: MV.fmt(r.volume) }), MV.el('td', { class: 'num', text: MV.fmt(r.baselineVolume) }))));
  }

  $('commodity').addEventListener('change', async () => { fillYears(); $('year').value = $('year').options[0].value; await loadNetwork(); });
  $('year').addEventListener('change', loadNetwork);
  $('start').addEventListener('change', allocate);
  $('days').addEventListener('change', allocate);
  $('reset').addEventListener('click', () => {
    document.querySelectorAll('.toggles input:checked').forEach((b) => { b.checked = false; });
    allocate();
  });
  try { await loadNetwork(); } catch (e) { MV.showError(e); }
  document.body.dataset.ready = 'true';
})();
