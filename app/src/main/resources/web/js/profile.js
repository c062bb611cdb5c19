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

  // The balance among the powers over the years (exposure analysis): closeness to each, level and evenness.
  const closenessChart = () => MV.chart('closeness-chart');
  const balanceChart = () => MV.chart('balance-chart');

  async function drawBalance(country) {
    const report = await MV.api('/api/datasets/' + encodeURIComponent(info.name) + '/exposure/' + encodeURIComponent(country)
      + '?' + new URLSearchParams({ basis: $('basis').value }));
    const rows = report.balance;
    $('balance').classList.remove('hidden');
    if (!rows.length) {
      $('balance-note').textContent = 'No year has the figures the balance needs (shares of a reported world total with each power).';
    } else {
      $('balance-note').textContent = 'Closeness: a power\'s mean share over ' + rows[rows.length - 1].dimensions.join(', ')
        + '. Latest verdict (' + rows[rows.length - 1].year + '): ' + rows[rows.length - 1].balance + '.';
    }
    const years = rows.map((r) => r.year);
    closenessChart().setOption({
      grid: { left: 50, right: 50, top: 40, bottom: 30 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => v === null || v === undefined ? '' : v.toFixed(3) },
      xAxis: { type: 'category', data: years },
      yAxis: [{ type: 'value', name: 'closeness', axisLabel: { formatter: (v) => (v * 100).toFixed(0) + '%' } },
        { type: 'value', name: 'evenness', min: 0, max: 1 }],
      series: [
        ...report.powers.map((p) => ({ name: p.name, type: 'line', symbolSize: 7, data: rows.map((r) => r.closeness[p.code] ?? null) })),
        { name: 'evenness', type: 'line', yAxisIndex: 1, lineStyle: { type: 'dashed' }, itemStyle: { color: '#57606a' }, data: rows.map((r) => r.evenness) },
      ],
    }, true);
    balanceChart().setOption({
      grid: { left: 60, right: 30, top: 20, bottom: 45 },
      tooltip: { trigger: 'item', formatter: (p) => !p.data.year ? '' : p.data.year + ': ' + p.data.verdict + '<br>level ' + p.data.value[0].toFixed(3) + ', evenness ' + p.data.value[1].toFixed(3) },
      xAxis: { type: 'value', name: 'closeness level (sum over the powers)', nameLocation: 'middle', nameGap: 28, axisLabel: { formatter: (v) => (v * 100).toFixed(0) + '%' } },
      yAxis: { type: 'value', name: 'evenness', nameLocation: 'middle', nameGap: 35, min: 0, max: 1 },
      series: [
        { type: 'line', symbol: 'none', lineStyle: { color: '#9db4d3' }, data: rows.map((r) => [r.level, r.evenness]), tooltip: { show: false } },
        { type: 'scatter', symbolSize: 12, itemStyle: { color: '#1f6feb' }, data: rows.map((r) => ({ value: [r.level, r.evenness], year: r.year, verdict: r.balance })),
          label: { show: true, formatter: (p) => p.data.year + ': ' + p.data.verdict, position: 'top', fontSize: 10 } },
      ],
    }, true);
  }

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
      drawSeries(series, useShares(profile));
      drawTable(profile);
      await drawBalance(country);
    } catch (e) { MV.showError(e); }
  }

  /** Shares when the world total is reported (or asked for), else values: a missing total is never guessed. */
  function useShares(profile) {
    const m = $('measure').value;
    if (m !== 'auto') return m === 'share';
    return profile.entries.some((e) => e.partner === 'WLD');
  }

  function drawShares(profile, series) {
    const shares = useShares(profile);
    const key = shares ? 'share' : 'value';
    const rows = profile.entries.filter((e) => e.partner !== 'WLD' && e[key] !== null).sort((a, b) => a[key] - b[key]);
    const format = shares ? MV.pct : MV.fmt;
    $('shares-title').textContent = (shares ? 'Partner shares, ' : 'Partner figures, ') + profile.year + ' (' + series.unit + ')';
    $('shares-note').textContent = shares
      ? "Share of the country's reported world total. Blocs overlap their members."
      : 'Values: the dataset has no reported world total for this year, so no share is computed. Blocs overlap their members.';
    sharesChart.setOption({
      grid: { left: 130, right: 70, top: 10, bottom: 30 },
      tooltip: { trigger: 'item', formatter: (p) => p.name + ': ' + format(p.value) },
      xAxis: { type: 'value', axisLabel: { formatter: (v) => shares ? (v * 100).toFixed(0) + '%' : MV.fmt(v) } },
      yAxis: { type: 'category', data: rows.map((e) => e.partnerName) },
      series: [{ type: 'bar', data: rows.map((e) => ({ value: e[key], itemStyle: { color: e.partnerKind === 'bloc' ? '#9db4d3' : '#1f6feb' } })),
        label: { show: true, position: 'right', formatter: (p) => format(p.value) } }],
    }, true);
  }

  function drawSeries(series, shares) {
    const format = shares ? MV.pct : MV.fmt;
    $('series-title').textContent = series.dimensionName + (shares ? ': share of the reported world total by year' : ' by year (' + series.unit + ')');
    seriesChart.setOption({
      grid: { left: 60, right: 20, top: 40, bottom: 30 },
      legend: { type: 'scroll', top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => format(v) },
      xAxis: { type: 'category', data: series.years },
      yAxis: { type: 'value', axisLabel: { formatter: (v) => shares ? (v * 100).toFixed(0) + '%' : MV.fmt(v) } },
      series: series.partners.filter((p) => p.code !== 'WLD' || !shares).map((p) => ({ name: p.name, type: 'line', connectNulls: false,
        data: shares ? p.shares : p.values, symbolSize: 7, lineStyle: p.kind === 'bloc' ? { type: 'dashed' } : {} })),
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

  $('dataset-upload').addEventListener('click', async () => {
    const files = {};
    for (const file of $('dataset-files').files) files[file.name] = await file.text();
    $('upload-problems').replaceChildren();
    try {
      const added = await MV.api('/api/datasets', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ files }) });
      location.search = '?dataset=' + encodeURIComponent(added.name);
    } catch (e) {
      const errors = (e.problem && e.problem.errors) || [{ field: '', detail: e.message }];
      $('upload-problems').replaceChildren(...errors.map((p) => MV.el('li', {
        text: (p.field ? p.field : '') + (p.line ? ':' + p.line + ':' + p.column : '') + (p.field ? ': ' : '') + p.detail })));
    }
  });

  for (const id of ['country', 'dimension', 'year', 'basis', 'measure']) $(id).addEventListener('change', refresh);
  await refresh();
  document.body.dataset.ready = 'true';
})();
