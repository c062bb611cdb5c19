// Bargaining: the expected-utility forecast round by round, its robustness, and the room-to-manoeuvre curve.
'use strict';
(async () => {
  const $ = (id) => document.getElementById(id);
  try {
    await MV.init('bargaining.html');
  } catch (e) { MV.showError(e); return; }
  const roundsChart = MV.chart('rounds-chart');
  const roomChart = MV.chart('room-chart');
  const intervalsChart = MV.chart('intervals-chart');
  const examples = await MV.api('/api/bargaining/examples');
  const preferred = examples.findIndex((e) => e.name === 'oil-export-routing.yaml');
  MV.fill($('example'), examples.map((e, i) => [i, e.name]), preferred >= 0 ? preferred : 0);
  let format = 'yaml';
  let issue = null;

  function body() {
    return { method: 'POST', headers: { 'Content-Type': format === 'csv' ? 'text/csv' : 'application/yaml' }, body: $('editor').value };
  }

  function showProblems(e) {
    const errors = (e.problem && e.problem.errors) || [];
    if (!errors.length) { MV.showError(e); return; }
    $('problems').replaceChildren(...errors.map((p) => MV.el('li', { text: (p.line ? 'line ' + p.line + ', column ' + p.column + ': ' : '') + p.detail })));
  }

  async function forecast() {
    MV.clearError();
    $('problems').replaceChildren();
    try {
      issue = await MV.api('/api/bargaining/forecast?' + new URLSearchParams({ variant: $('variant').value }), body());
    } catch (e) { showProblems(e); return; }
    $('title').textContent = 'Bargaining — ' + issue.issue;
    $('kpi-median').textContent = MV.fmt(issue.forecast.weightedMedian);
    $('kpi-mean').textContent = MV.fmt(issue.forecast.weightedMean);
    $('scale-note').textContent = 'Scale ' + issue.scale[0] + '–' + issue.scale[1] + (issue.scaleDescription ? ': ' + issue.scaleDescription : '');
    $('rounds-title').textContent = 'Positions by round (' + issue.variant + ', ' + issue.forecast.rounds + ' rounds)';
    const names = issue.stakeholders.map((s) => s.name);
    roundsChart.setOption({
      grid: { left: 50, right: 20, top: 50, bottom: 30 },
      legend: { type: 'scroll', top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => MV.fmt(v) },
      xAxis: { type: 'category', name: 'round', data: issue.rounds.map((r) => r.round === 0 ? 'start' : String(r.round)) },
      yAxis: { type: 'value', min: issue.scale[0], max: issue.scale[1] },
      series: [
        ...names.map((n, i) => ({ name: n, type: 'line', symbolSize: 5, data: issue.rounds.map((r) => r.positions[i]) })),
        { name: 'weighted median', type: 'line', data: issue.rounds.map((r) => r.weightedMedian), lineStyle: { width: 4, color: '#10213a' }, itemStyle: { color: '#10213a' } },
        { name: 'weighted mean', type: 'line', data: issue.rounds.map((r) => r.weightedMean), lineStyle: { width: 2, type: 'dashed', color: '#57606a' }, itemStyle: { color: '#57606a' } },
      ],
    }, true);
    const focal = names.includes('Kazakhstan') ? 'Kazakhstan' : names[0];
    MV.fill($('focal'), names.map((n) => [n, n]), names.includes($('focal').value) ? $('focal').value : focal);
    const vary = names.find((n) => n !== $('focal').value && /USA|United States/.test(n)) || names.find((n) => n !== $('focal').value);
    MV.fill($('vary'), names.map((n) => [n, n]), names.includes($('vary').value) && $('vary').value !== $('focal').value ? $('vary').value : vary);
    await Promise.all([robustness(), room()]);
  }

  async function robustness() {
    $('kpi-robust').textContent = '…';
    try {
      const mc = await MV.api('/api/bargaining/montecarlo?' + new URLSearchParams({ variant: $('variant').value, runs: 1000, seed: 1 }), body());
      $('kpi-robust').textContent = MV.fmt(mc.finalMedian.p50) + ' (' + MV.fmt(mc.finalMedian.p05) + '–' + MV.fmt(mc.finalMedian.p95) + ')';
    } catch (e) { $('kpi-robust').textContent = 'n/a'; MV.showError(e); }
  }

  async function room() {
    if (!issue || $('focal').value === $('vary').value) return;
    try {
      const q = new URLSearchParams({ focal: $('focal').value, vary: $('vary').value, lever: $('lever').value, from: 0, to: 2, step: 0.25 });
      const r = await MV.api('/api/bargaining/manoeuvre?' + q, body());
      $('room-title').textContent = 'Room to manoeuvre of ' + r.focal + ' as ' + r.varied + '\'s ' + r.lever + ' is scaled';
      roomChart.setOption({
        grid: { left: 60, right: 20, top: 30, bottom: 40 },
        tooltip: { trigger: 'axis', valueFormatter: (v) => MV.pct(v) },
        xAxis: { type: 'category', name: r.varied + ' × factor', nameLocation: 'middle', nameGap: 26, data: r.curve.map((p) => p.factor.toFixed(2)) },
        yAxis: { type: 'value', name: 'safe share of the scale', min: 0, max: 1, axisLabel: { formatter: (v) => (v * 100).toFixed(0) + '%' } },
        series: [{ name: 'room', type: 'line', areaStyle: { color: '#c9dbf7' }, symbolSize: 7, data: r.curve.map((p) => p.share) }],
      }, true);
      const segments = [];
      r.curve.forEach((p, k) => p.intervals.forEach(([a, b]) => segments.push({ coords: [[a, k], [b, k]] })));
      intervalsChart.setOption({
        grid: { left: 60, right: 20, top: 30, bottom: 40 },
        xAxis: { type: 'value', name: 'safe positions on the scale', nameLocation: 'middle', nameGap: 26, min: r.scale[0], max: r.scale[1] },
        yAxis: { type: 'category', name: 'factor', data: r.curve.map((p) => p.factor.toFixed(2)) },
        series: [{ type: 'lines', coordinateSystem: 'cartesian2d', data: segments, lineStyle: { width: 8, color: '#1f6feb', opacity: 0.85 } }],
      }, true);
    } catch (e) { showProblems(e); }
  }

  function useExample() {
    const chosen = examples[Number($('example').value)];
    if (!chosen) return;
    format = chosen.format;
    $('editor').value = chosen.text;
  }
  $('example').addEventListener('change', () => { useExample(); forecast(); });
  $('upload').addEventListener('change', async () => {
    const file = $('upload').files[0];
    if (!file) return;
    format = file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'yaml';
    $('editor').value = await file.text();
    forecast();
  });
  $('forecast').addEventListener('click', forecast);
  $('variant').addEventListener('change', forecast);
  for (const id of ['focal', 'vary', 'lever']) $(id).addEventListener('change', room);
  useExample();
  await forecast();
  document.body.dataset.ready = 'true';
})();
