// Strategy: run a strategy study as a job and chart its results (robustness table, Western view,
// Pareto set as parallel coordinates, hypervolume, PRIM trade-off and box, Sobol indices).
'use strict';
(async () => {
  const $ = (id) => document.getElementById(id);
  try {
    await MV.init('strategy.html');
  } catch (e) { MV.showError(e); return; }
  let currentJob = null;
  const yaml = (text) => ({ method: 'POST', headers: { 'Content-Type': 'application/yaml' }, body: text });
  const f3 = (v) => v === null || v === undefined ? '' : Number(v).toFixed(3);

  const examples = await MV.api('/api/strategy/examples');
  MV.fill($('example'), examples.map((e, i) => [i, e.name]));
  function useExample() {
    const chosen = examples[Number($('example').value)];
    $('editor').value = chosen ? chosen.text : '';
    validate();
  }
  $('example').addEventListener('change', useExample);
  let timer = null;
  $('editor').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(validate, 500); });

  async function validate() {
    try {
      const s = await MV.api('/api/strategy/validate', yaml($('editor').value));
      $('problems').replaceChildren();
      $('validation').textContent = 'Valid: "' + s.name + '" — ' + s.levers.length + ' levers, ' + s.policies.length + ' policies, '
        + s.outcomes.length + ' outcomes.';
      $('run').disabled = currentJob !== null;
    } catch (e) {
      $('validation').textContent = e.problem ? e.problem.detail : e.message;
      const errors = (e.problem && e.problem.errors) || [];
      $('problems').replaceChildren(...errors.map((p) => MV.el('li', { text: (p.line ? 'line ' + p.line + ', column ' + p.column + ': ' : '') + p.detail })));
      $('run').disabled = true;
    }
  }

  $('run').addEventListener('click', async () => {
    MV.clearError();
    const analyses = [...document.querySelectorAll('#analyses input:checked')].map((c) => c.value).join(',');
    const query = new URLSearchParams({ scenarios: $('scenarios').value, analyses: analyses || 'compare' });
    try {
      const job = await MV.api('/api/strategy/runs?' + query, yaml($('editor').value));
      currentJob = job.id;
      $('run').disabled = true;
      $('cancel').classList.remove('hidden');
      $('progress').classList.remove('hidden');
      const done = await MV.follow(job.id, (p) => {
        $('progress').max = Math.max(1, p.total);
        $('progress').value = p.done;
        $('progress-text').textContent = p.message + ': ' + p.done + ' of ' + p.total;
      });
      if (done.state !== 'succeeded') throw new Error(done.error || ('the study ' + done.state));
      document.body.dataset.studyDone = 'true';
      if (done.result) show(done.result);
    } catch (e) { MV.showError(e); } finally {
      currentJob = null;
      $('run').disabled = false;
      $('cancel').classList.add('hidden');
    }
  });
  $('cancel').addEventListener('click', async () => {
    if (currentJob) await MV.api('/api/jobs/' + encodeURIComponent(currentJob), { method: 'DELETE' }).catch(MV.showError);
  });

  function show(r) {
    document.body.dataset.study = r.study;
    if (r.robustness) robustness(r);
    if (r.western) western(r.western);
    if (r.optimisation) pareto(r.optimisation);
    if (r.discovery) prim(r.discovery);
    if (r.sensitivity) sobol(r.sensitivity);
  }

  function robustness(r) {
    const outcomes = r.outcomes.filter((o) => o.series !== 'cost');
    const head = ['rank', 'policy'];
    if (r.robustness.thresholds.length) head.push('satisficing');
    for (const o of outcomes) head.push(o.name + ' median [5–95 %]', 'mean regret');
    head.push('P(best)');
    $('robustness').querySelector('thead').replaceChildren(MV.el('tr', {}, ...head.map((h) => MV.el('th', { text: h }))));
    const rows = [...r.robustness.policies].sort((a, b) => a.rank - b.rank).map((p) => {
      const cells = [String(p.rank), p.policy];
      if (r.robustness.thresholds.length) cells.push(MV.pct(p.satisficing));
      for (const o of outcomes) {
        const s = p.outcomes.find((x) => x.outcome === o.name);
        cells.push(f3(s.p50) + ' [' + f3(s.p05) + '–' + f3(s.p95) + ']', f3(s.meanRegret));
      }
      cells.push(MV.pct(p.bestProbability));
      return MV.el('tr', {}, ...cells.map((c) => MV.el('td', { text: c })));
    });
    $('robustness').querySelector('tbody').replaceChildren(...rows);
    $('convergence').textContent = 'Convergence: ' + r.robustness.convergence.verdict
      + (r.robustness.thresholds.length ? ' Satisficing: ' + r.robustness.thresholds.join(' and ') + '.' : '');
  }

  function western(w) {
    const rows = w.policies.filter((p) => p.perBillion !== null);
    MV.chart('western-chart').setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 150, right: 20 },
      xAxis: { type: 'value', name: w.outcome + ' per USD bn' },
      yAxis: { type: 'category', data: rows.map((p) => p.policy), inverse: true },
      series: [
        { name: 'per USD bn', type: 'bar', data: rows.map((p) => p.perBillion) },
        { name: '95 % interval', type: 'custom', data: rows.map((p, i) => [i, p.low, p.high]),
          renderItem: (params, api) => {
            const y = api.coord([0, api.value(0)])[1];
            const a = api.coord([api.value(1), api.value(0)]);
            const b = api.coord([api.value(2), api.value(0)]);
            return { type: 'group', children: [
              { type: 'line', shape: { x1: a[0], y1: y, x2: b[0], y2: y }, style: { stroke: '#333', lineWidth: 1.5 } },
              { type: 'line', shape: { x1: a[0], y1: y - 5, x2: a[0], y2: y + 5 }, style: { stroke: '#333' } },
              { type: 'line', shape: { x1: b[0], y1: y - 5, x2: b[0], y2: y + 5 }, style: { stroke: '#333' } }] };
          },
          encode: { x: [1, 2], y: 0 } }],
    }, true);
  }

  function pareto(o) {
    const dims = [...o.objectives.map((n, i) => ({ name: n + ' (' + o.senses[i] + ')' })), ...o.levers.map((n) => ({ name: n }))];
    const data = o.front.map((m) => [...o.objectives.map((n) => m.objectives[n]), ...o.levers.map((n) => m.levers[n])]);
    MV.chart('pareto-chart').setOption({
      parallelAxis: dims.map((d, i) => ({ dim: i, name: d.name, nameRotate: 30, nameTextStyle: { fontSize: 10 } })),
      parallel: { left: 40, right: 60, top: 60, bottom: 20 },
      series: [{ type: 'parallel', lineStyle: { width: 1.5, opacity: 0.6 }, data }],
    }, true);
    MV.chart('hypervolume-chart').setOption({
      title: { text: 'hypervolume by generation', textStyle: { fontSize: 12 } },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: o.hypervolume.map((_, g) => g), name: 'generation' },
      yAxis: { type: 'value', min: 'dataMin' },
      series: [{ type: 'line', data: o.hypervolume }],
    }, true);
  }

  function prim(d) {
    $('prim-title').textContent = 'Scenario discovery (PRIM): ' + d.cases + ' under ' + d.policy;
    const points = d.trajectory.map((b, i) => [b.coverage, b.density, i]);
    MV.chart('prim-chart').setOption({
      tooltip: { formatter: (p) => 'step ' + p.data[2] + ': coverage ' + MV.pct(p.data[0]) + ', density ' + MV.pct(p.data[1]) },
      xAxis: { type: 'value', name: 'coverage', min: 0, max: 1 },
      yAxis: { type: 'value', name: 'density', min: 0, max: 1 },
      series: [
        { name: 'peeling trajectory', type: 'scatter', data: points, symbolSize: 6 },
        { name: 'chosen box', type: 'scatter', data: [[d.box.coverage, d.box.density, d.chosenStep]], symbolSize: 14, itemStyle: { color: '#c0392b' } }],
    }, true);
    $('prim-box').querySelector('tbody').replaceChildren(...d.box.limits.map((l) => MV.el('tr', {},
      MV.el('td', { text: l.input }), MV.el('td', { class: 'num', text: f3(l.lower) }), MV.el('td', { class: 'num', text: f3(l.upper) }),
      MV.el('td', { class: 'num', text: l.quasiP === null ? '' : Number(l.quasiP).toPrecision(2) }))));
  }

  function sobol(s) {
    $('sobol-title').textContent = 'Sensitivity of ' + s.outcome + ' (Sobol, N = ' + s.sobolSamples + ')';
    const rows = [...s.sobol].sort((a, b) => b.total - a.total);
    MV.chart('sobol-chart').setOption({
      tooltip: { trigger: 'axis', formatter: (ps) => { const r = rows[ps[0].dataIndex];
        return r.input + '<br>S1 ' + f3(r.first) + ' [' + f3(r.firstLow) + ', ' + f3(r.firstHigh) + ']<br>ST ' + f3(r.total) + ' [' + f3(r.totalLow) + ', ' + f3(r.totalHigh) + ']'; } },
      legend: { data: ['first order S1', 'total order ST'] },
      grid: { left: 150, right: 20 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: rows.map((r) => r.input), inverse: true },
      series: [
        { name: 'first order S1', type: 'bar', data: rows.map((r) => r.first) },
        { name: 'total order ST', type: 'bar', data: rows.map((r) => r.total) }],
    }, true);
  }

  useExample();
  document.body.dataset.ready = 'true';
})();
