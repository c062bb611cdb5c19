// multivector dashboard: what every page shares — the header, the dataset choice, API calls, charts.
'use strict';
const MV = (() => {
  const PAGES = [
    ['profile.html', 'Country profile'],
    ['corridors.html', 'Corridor map'],
    ['bargaining.html', 'Bargaining'],
    ['scenarios.html', 'Scenarios'],
    ['strategy.html', 'Strategy'],
  ];
  const params = new URLSearchParams(location.search);
  let health = null;

  /** Fetches JSON from the API; a problem+json answer becomes an Error carrying the problem. */
  async function api(path, options = {}) {
    const opts = Object.assign({ headers: {} }, options);
    opts.headers = Object.assign({ 'Accept': 'application/json' }, opts.headers);
    const token = sessionStorage.getItem('mv-token');
    if (token) opts.headers['Authorization'] = 'Bearer ' + token;
    const response = await fetch(path, opts);
    const type = response.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await response.json() : await response.text();
    if (!response.ok) {
      const error = new Error(body && body.detail ? body.detail : ('HTTP ' + response.status));
      error.problem = typeof body === 'object' ? body : null;
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'class') node.className = v; else if (k === 'text') node.textContent = v; else node.setAttribute(k, v);
    }
    for (const child of children) node.append(child);
    return node;
  }

  function showError(error) {
    const box = document.getElementById('error');
    if (!box) return;
    box.textContent = error.message || String(error);
    box.classList.remove('hidden');
  }

  function clearError() {
    const box = document.getElementById('error');
    if (box) box.classList.add('hidden');
  }

  /** The dataset the page shows: ?dataset=, else the server's default. */
  function dataset() {
    return params.get('dataset') || (health && health.defaultDataset);
  }

  function link(page) {
    const q = params.get('dataset') ? '?dataset=' + encodeURIComponent(params.get('dataset')) : '';
    return page + q;
  }

  /** Builds the header (navigation, dataset choice, token field when needed) and returns the dataset details. */
  async function init(current) {
    health = await api('/api/health');
    if (health.tokenRequired && !sessionStorage.getItem('mv-token')) {
      const given = window.prompt('This server needs its API token');
      if (given) sessionStorage.setItem('mv-token', given.trim());
    }
    const datasets = await api('/api/datasets');
    const nav = el('nav');
    for (const [page, title] of PAGES) {
      nav.append(el('a', { href: link(page), class: page === current ? 'current' : '' , text: title }));
    }
    const choose = el('select', { id: 'dataset', 'aria-label': 'dataset' });
    for (const d of datasets) choose.append(el('option', { value: d.name, text: d.title + ' (' + d.version + ')' }));
    choose.value = dataset();
    choose.addEventListener('change', () => { location.search = '?dataset=' + encodeURIComponent(choose.value); });
    const right = el('div', { class: 'right' }, el('span', { class: 'muted', text: 'dataset' }), choose);
    if (health.tokenRequired) {
      const token = el('input', { type: 'password', placeholder: 'API token', id: 'token', size: '14' });
      token.value = sessionStorage.getItem('mv-token') || '';
      token.addEventListener('change', () => sessionStorage.setItem('mv-token', token.value));
      right.append(token);
    }
    const header = el('header', { class: 'mv' }, el('span', { class: 'brand', text: 'multivector' }), nav, right);
    document.body.prepend(header);
    return api('/api/datasets/' + encodeURIComponent(dataset()));
  }

  /** An ECharts instance on the element with this id, resized with the window. */
  function chart(id) {
    const node = document.getElementById(id);
    const existing = echarts.getInstanceByDom(node);
    if (existing) return existing;
    const instance = echarts.init(node, null, { renderer: 'canvas' });
    window.addEventListener('resize', () => instance.resize());
    return instance;
  }

  function fill(select, options, value) {
    select.replaceChildren(...options.map(([v, t]) => el('option', { value: v, text: t })));
    if (value !== undefined && options.some(([v]) => String(v) === String(value))) select.value = value;
  }

  const number = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
  const fmt = (v) => v === null || v === undefined ? '' : number.format(v);
  const pct = (v) => v === null || v === undefined ? '' : (v * 100).toFixed(1) + '%';

  /** Streams a job's progress (Server-Sent Events) to onProgress; resolves with the finished job. */
  function follow(jobId, onProgress) {
    return new Promise((resolve, reject) => {
      const token = sessionStorage.getItem('mv-token');
      const source = new EventSource('/api/jobs/' + encodeURIComponent(jobId) + '/events'
        + (token ? '?token=' + encodeURIComponent(token) : ''));
      source.addEventListener('progress', (e) => {
        document.body.dataset.progressEvents = String(Number(document.body.dataset.progressEvents || 0) + 1);
        onProgress(JSON.parse(e.data));
      });
      source.addEventListener('end', async (e) => {
        source.close();
        onProgress(JSON.parse(e.data));
        try { resolve(await api('/api/jobs/' + encodeURIComponent(jobId))); } catch (err) { reject(err); }
      });
      source.onerror = () => {
        if (source.readyState === EventSource.CLOSED) reject(new Error('lost the progress stream'));
      };
    });
  }

  return { api, el, init, chart, fill, fmt, pct, showError, clearError, dataset, follow, params };
})();
