// Country profile: partner shares in a year, shares over the years, with every source.
'use strict';
(async () => {
  const $ = (id) => document.getElementById(id);
  let info;
  try {
    info = await MV.init('profile.html');
  } catch (e) { MV.showError(e); return; }
  const dyadic = info.dimensions.filter((d) => d.kind === 'flow' || d.kind === 'stock');
  const countries = info.reporters.map((c) => [c, (info.actors.find((a) => a.code === c) || { name: c }).name + ' (' + c + ')']);
  MV.fill($('country'), countries, MV.params.get('country') || info.focal);
  MV.fill($('dimension'), dyadic.map((d) => [d.id, d.name]), MV.params.get('dimension') || (dyadic.find((d) => d.id === 'exports') || dyadic[0] || {}).id);
  const years = [];
  for (let y = info.years.to; y >= info.years.from; y--) years.push([y, String(y)]);
  MV.fill($('year'), [['', 'latest'], ...years], MV.params.get('year') || '');
  const sharesChart = MV.chart('shares-chart');
  const seriesChart = MV.chart('series-chart');

  async function refresh() {
    MV.clearError();
    const country = $('country').value, dimension = $('dimension').value, basis = $('basis').value, year = $('year').value;
    const base = '/api/datasets/' + encodeURIComponent(info.name);
    const q = new URLSearchParams({ dimension, basis });
    if (year) q.set('year', year);
    try {
      const [profile, series] = await Promise.all([
        MV.api(base + '/profile/' + encodeURIComponent(country) + '?' + q),
        MV.api(base + '/series/' + encodeURIComponent(country) + '?' + new URLSearchParams({ dimension, basis })),
      ]);
      $('title').textContent = profile.countryName + ' — ' + series.dimensionName + ', ' + profile.year;
      drawShares(profile, series);
      drawSeries(series);
      drawTable(profile);
      if (window.MVProfileExtras) await window.MVProfileExtras(info, country, profile.year);
    } catch (e) { MV.showError(e); }
  }

  function drawShares(profile, series) {
    const rows = profile.entries.filter((e) => e.partner !== 'WLD' && e.share !== null).sort((a, b) => a.share - b.share);
    $('shares-title').textContent = 'Partner shares, ' + profile.year + ' (' + series.unit + ')';
    sharesChart.setOption({
      grid: { left: 120, right: 40, top: 10, bottom: 30 },
      tooltip: { trigger: 'item', formatter: (p) => p.name + ': ' + MV.pct(p.value) },
      xAxis: { type: 'value', axisLabel: { formatter: (v) => (v * 100).toFixed(0) + '%' } },
      yAxis: { type: 'category', data: rows.map((e) => e.partnerName) },
      series: [{ type: 'bar', data: rows.map((e) => ({ value: e.share, itemStyle: { color: e.partnerKind === 'bloc' ? '#9db4d3' : '#1f6feb' } })),
        label: { show: true, position: 'right', formatter: (p) => MV.pct(p.value) } }],
    }, true);
  }

  function drawSeries(series) {
    $('series-title').textContent = series.dimensionName + ': share of the reported world total by year';
    seriesChart.setOption({
      grid: { left: 50, right: 20, top: 40, bottom: 30 },
      legend: { type: 'scroll', top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => MV.pct(v) },
      xAxis: { type: 'category', data: series.years },
      yAxis: { type: 'value', axisLabel: { formatter: (v) => (v * 100).toFixed(0) + '%' } },
      series: series.partners.filter((p) => p.code !== 'WLD').map((p) => ({ name: p.name, type: 'line', connectNulls: false, data: p.shares,
        lineStyle: p.kind === 'bloc' ? { type: 'dashed' } : {} })),
    }, true);
  }

  function drawTable(profile) {
    const body = $('entries').querySelector('tbody');
    body.replaceChildren(...profile.entries.map((e) => {
      const src = e.source;
      const a = MV.el('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer', text: src.publisher + ', ' + src.title + ' (' + src.year + ')' });
      const cell = MV.el('td', {}, a);
      if (src.assumption) cell.append(MV.el('span', { class: 'assumption', text: ' — analyst assumption' }));
      if (e.note) cell.append(MV.el('div', { class: 'muted', text: e.note }));
      return MV.el('tr', {},
        MV.el('td', { text: e.rank === null ? '' : String(e.rank) }),
        MV.el('td', { text: e.partnerName + ' (' + e.partner + ')' }),
        MV.el('td', { class: 'num', text: MV.fmt(e.value) + ' ' + e.unit }),
        MV.el('td', { class: 'num', text: MV.pct(e.share) }),
        MV.el('td', { text: e.basis }),
        cell);
    }));
  }

  for (const id of ['country', 'dimension', 'year', 'basis']) $(id).addEventListener('change', refresh);
  await refresh();
  document.body.dataset.ready = 'true';
})();
