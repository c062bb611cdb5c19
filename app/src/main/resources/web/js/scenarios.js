// Scenarios: edit or upload a scenario (validated as you type), run an ensemble with live progress, fan charts, compare runs.
'use strict';
(async () => {
  const $ = (id) => document.getElementById(id);
  let info;
  try {
    info = await MV.init('scenarios.html');
  } catch (e) { MV.showError(e); return; }
  const fan = MV.chart('fan-chart');
  let shown = null;      // the run whose fan chart is drawn
  let compared = [];     // other runs whose medians are overlaid
  let currentJob = null;

  const examples = await MV.api('/api/scenarios/examples');
  MV.fill($('example'), examples.map((e, i) => [i, e.name]));
  function useExample() {
    const chosen = examples[Number($('example').value)];
    $('editor').value = chosen ? chosen.text : '';
    validate();
  }
  $('example').addEventListener('change', useExample);
  $('upload').addEventListener('change', async () => {
    const file = $('upload').files[0];
    if (!file) return;
    if (file.size > 512 * 1024) { MV.showError(new Error(file.name + ' is larger than 512 KiB')); return; }
    $('editor').value = await file.text();
    validate();
  });

  const yaml = (text) => ({ method: 'POST', headers: { 'Content-Type': 'application/yaml' }, body: text });
  // the scenario names its dataset (a served one); the page's dataset choice does not override it
  const datasetQuery = () => new URLSearchParams();

  let timer = null;
  $('editor').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(validate, 500); });

  /** The compiled scenario's routes: a figure is a number, or the parameter that draws it; basis and source beside. */
  function drawRoutes(routes) {
    $('scenario-routes').classList.toggle('hidden', routes.length === 0);
    const figure = (f) => (f.value !== null && f.value !== undefined ? MV.fmt(f.value) : 'param ' + f.parameter);
    const origin = (label, f) => label + f.basis + (f.source ? ' — ' + f.source : '');
    $('scenario-routes').querySelector('tbody').replaceChildren(...routes.map((r) => MV.el('tr', {},
      MV.el('td', { text: r.name, title: r.links.join(', ') }),
      MV.el('td', { text: r.transit.length ? r.transit.join(', ') : '—' }),
      MV.el('td', { class: 'num', text: figure(r.capacity) }),
      MV.el('td', { class: 'num', text: figure(r.cost) }),
      r.capacity.basis === r.cost.basis && r.capacity.source === r.cost.source
        ? MV.el('td', { text: origin('', r.capacity) })
        : MV.el('td', {}, MV.el('div', { text: origin('capacity: ', r.capacity) }), MV.el('div', { text: origin('cost: ', r.cost) })))));
  }

  /** Validates the editor's text on the server; problems are listed with line and column and can be clicked. */
  async function validate() {
    const list = $('problems');
    try {
      const summary = await MV.api('/api/scenarios/validate?' + datasetQuery(), yaml($('editor').value));
      list.replaceChildren();
      $('validation').textContent = 'Valid: "' + summary.name + '" — ' + summary.periods.length + ' periods, '
        + summary.series.length + ' series, ' + summary.runs + ' runs by default (seed ' + summary.seed + ', ' + summary.design + ').';
      drawRoutes(summary.routes || []);
      if (!$('runs').value) $('runs').value = Math.min(summary.runs, 2000);
      if (!$('seed').value) $('seed').value = summary.seed;
      $('run').disabled = currentJob !== null;
      return true;
    } catch (e) {
      drawRoutes([]);
      $('validation').textContent = e.problem ? e.problem.detail : e.message;
      const errors = (e.problem && e.problem.errors) || [];
      list.replaceChildren(...errors.map((p) => {
        const item = MV.el('li', { text: (p.line ? 'line ' + p.line + ', column ' + p.column + ': ' : '') + p.detail, 'data-line': p.line || 0 });
        item.style.cursor = p.line ? 'pointer' : 'default';
        item.addEventListener('click', () => selectLine(p.line));
        return item;
      }));
      $('run').disabled = true;
      return false;
    }
  }

  function selectLine(line) {
    if (!line) return;
    const editor = $('editor');
    const lines = editor.value.split('\n');
    let start = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) start += lines[i].length + 1;
    editor.focus();
    editor.setSelectionRange(start, start + (lines[line - 1] || '').length);
  }

  $('run').addEventListener('click', async () => {
    if (!(await validate())) return;
    const q = datasetQuery();
    if ($('runs').value) q.set('runs', $('runs').value);
    if ($('seed').value) q.set('seed', $('seed').value);
    if ($('design').value) q.set('design', $('design').value);
    $('run').disabled = true;
    try {
      const job = await MV.api('/api/scenarios/runs?' + q, yaml($('editor').value));
      currentJob = job.id;
      $('cancel').classList.remove('hidden');
      $('progress').classList.remove('hidden');
      const finished = await MV.follow(job.id, (p) => {
        $('progress').max = Math.max(1, p.total);
        $('progress').value = p.done;
        $('progress-text').textContent = p.state + ': ' + p.done + ' of ' + p.total + ' runs' + (p.message ? ' — ' + p.message : '');
      });
      if (finished.state === 'succeeded') {
        $('progress-text').textContent = 'finished: ' + finished.done + ' runs, stored as run ' + finished.result.runId;
        await listRuns();
        await show(finished.result.runId);
      } else {
        $('progress-text').textContent = finished.state + (finished.error ? ': ' + finished.error : '');
      }
    } catch (e) { MV.showError(e); }
    currentJob = null;
    $('cancel').classList.add('hidden');
    $('run').disabled = false;
    document.body.dataset.runDone = 'true';
  });

  $('cancel').addEventListener('click', async () => {
    if (currentJob) await MV.api('/api/jobs/' + encodeURIComponent(currentJob), { method: 'DELETE' }).catch(MV.showError);
  });

  async function listRuns() {
    const runs = await MV.api('/api/runs');
    const body = $('runs-table').querySelector('tbody');
    body.replaceChildren(...runs.slice().reverse().map((r) => {
      const box = MV.el('input', { type: 'checkbox', value: r.id, 'aria-label': 'compare run ' + r.id });
      box.addEventListener('change', () => toggleCompare(r.id, box.checked));
      const open = MV.el('a', { href: '#', text: String(r.id) });
      open.addEventListener('click', (ev) => { ev.preventDefault(); show(r.id); });
      return MV.el('tr', {}, MV.el('td', {}, box), MV.el('td', {}, open), MV.el('td', { text: r.scenarioName }),
        MV.el('td', { class: 'num', text: r.runsCompleted + (r.runsCompleted === r.runsRequested ? '' : ' of ' + r.runsRequested) }),
        MV.el('td', { text: String(r.seed) }), MV.el('td', { text: r.status }), MV.el('td', { text: r.createdAt.replace('T', ' ').slice(0, 19) }));
    }));
    return runs;
  }

  async function toggleCompare(id, on) {
    if (on) {
      const run = await MV.api('/api/runs/' + id);
      compared.push(run);
      if (!shown) shown = run;
    } else {
      compared = compared.filter((r) => r.summary.id !== id);
    }
    draw();
  }

  async function show(id) {
    shown = await MV.api('/api/runs/' + id);
    const names = shown.series.map((s) => s.name);
    MV.fill($('series'), names.map((n) => [n, n]), $('series').value);
    $('assumptions').replaceChildren(...(shown.assumptions.length ? [MV.el('h2', { text: 'Analyst assumptions of run ' + id })] : []),
      ...shown.assumptions.map((a) => MV.el('div', { class: 'assumption', text: a.text + (a.reference ? ' (' + a.reference + ')' : '') })));
    draw();
  }

  function draw() {
    if (!shown) return;
    const name = $('series').value;
    const s = shown.series.find((x) => x.name === name) || shown.series[0];
    if (!s) return;
    $('fan-title').textContent = 'Fan chart — run ' + shown.summary.id + ' (' + shown.summary.scenarioName + '): ' + s.name + (s.unit ? ' [' + s.unit + ']' : '');
    const diff = (hi, lo) => hi.map((v, i) => v - lo[i]);
    const series = [
      { name: '5%', type: 'line', data: s.p05, stack: 'outer', lineStyle: { opacity: 0 }, symbol: 'none' },
      { name: '5–95%', type: 'line', data: diff(s.p95, s.p05), stack: 'outer', lineStyle: { opacity: 0 }, symbol: 'none', areaStyle: { color: '#c9dbf7' }, itemStyle: { color: '#c9dbf7' } },
      { name: '25%', type: 'line', data: s.p25, stack: 'inner', lineStyle: { opacity: 0 }, symbol: 'none' },
      { name: '25–75%', type: 'line', data: diff(s.p75, s.p25), stack: 'inner', lineStyle: { opacity: 0 }, symbol: 'none', areaStyle: { color: '#7fa7e6' }, itemStyle: { color: '#7fa7e6' } },
      { name: 'median, run ' + shown.summary.id, type: 'line', data: s.p50, symbolSize: 5, lineStyle: { width: 2.5, color: '#10213a' }, itemStyle: { color: '#10213a' } },
    ];
    for (const other of compared) {
      if (other.summary.id === shown.summary.id) continue;
      const o = other.series.find((x) => x.name === s.name);
      if (o) series.push({ name: 'median, run ' + other.summary.id, type: 'line', data: o.p50, lineStyle: { type: 'dashed', width: 2 } });
    }
    fan.setOption({
      grid: { left: 70, right: 20, top: 40, bottom: 30 },
      legend: { top: 0, data: series.filter((x) => !['5%', '25%'].includes(x.name)).map((x) => x.name) },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: s.periods, boundaryGap: false },
      yAxis: { type: 'value', scale: true, name: s.unit || '' },
      series,
    }, true);
  }
  $('series').addEventListener('change', draw);

  useExample();
  const runs = await listRuns();
  if (runs.length) await show(runs[runs.length - 1].id);
  document.body.dataset.ready = 'true';
})();
