// docpipe monitor: each page polls its JSON endpoint and redraws; no
// page reload, no library. Every value goes into the DOM as text.
'use strict';
const body = document.body;
const page = body.dataset.page;
const content = document.getElementById('content');
const errorsBox = document.getElementById('errors');

function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const k of kids.flat()) {
    if (k === undefined || k === null) continue;
    el.append(k instanceof Node ? k : document.createTextNode(String(k)));
  }
  return el;
}
const td = (v, cls) => h('td', {class: cls}, v);
const th = (v, cls) => h('th', {class: cls}, v);
function table(head, rows, attrs) {
  return h('table', attrs || {}, h('thead', {}, h('tr', {}, head.map((x, i) => th(x, i === 0 ? 'l' : '')))), h('tbody', {}, rows));
}
function us(v) { // microseconds → readable
  if (!v) return '0';
  if (v < 1000) return v.toFixed(0) + ' µs';
  if (v < 1e6) return (v / 1000).toFixed(1) + ' ms';
  if (v < 60e6) return (v / 1e6).toFixed(2) + ' s';
  if (v < 3600e6) return (v / 60e6).toFixed(1) + ' min';
  return (v / 3600e6).toFixed(1) + ' h';
}
const ns = (v) => us(v / 1000);
function bytes(b) {
  if (!b) return '0 B';
  const u = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  while (b >= 1024 && i < u.length - 1) { b /= 1024; i++; }
  return b.toFixed(i ? 1 : 0) + ' ' + u[i];
}
const pct = (f) => (100 * (f || 0)).toFixed(1) + ' %';
const rate = (f) => (f || 0).toFixed(2);
const docLink = (d) => d ? h('a', {href: '/trace/' + encodeURIComponent(d), class: 'doc'}, d) : '';

async function getJSON(url) {
  const r = await fetch(url, {cache: 'no-store'});
  const j = await r.json();
  if (!r.ok) throw new Error(j.error || r.statusText);
  return j;
}
function showErrors(list) {
  errorsBox.replaceChildren(...(list || []).map((e) => h('div', {}, e)));
}
function done(nodes) {
  content.classList.remove('loading');
  content.replaceChildren(...[nodes].flat());
  document.getElementById('updated').textContent = 'updated ' + new Date().toLocaleTimeString();
}
function poll(fn, every) {
  const tick = async () => {
    try { await fn(); } catch (e) { showErrors([e.message]); content.classList.remove('loading'); }
    setTimeout(tick, every);
  };
  tick();
}

// Overview: Redis figures per stage beside ClickHouse's recent runs.
async function overview() {
  const o = await getJSON('/api/overview');
  showErrors(o.errors);
  const f = o.figures;
  const act = Object.fromEntries((o.activity || []).map((a) => [a.stage, a]));
  const rows = f.stages.concat([f.sink]).map((s) => {
    const a = act[s.stage] || {};
    const cons = s.consumers.map((c) => c.name + (c.pending ? ' (' + c.pending + ')' : '')).join(', ');
    return h('tr', {'data-stage': s.stage, class: 'stage'},
      td(s.stage, 'l'), td(s.lag_known ? s.lag : s.lag + '?'), td(s.pending), td(ns(s.oldest_pending_ns)),
      td(s.consumers.length, s.consumers.length ? '' : 'bad'), td(cons, 'l muted'),
      td(rate(a.rate_1m)), td(rate(a.rate_5m)), td(rate(a.rate_15m)), td(us(a.p50_us)), td(us(a.p95_us)),
      td(a.failed || 0, a.failed ? 'warn' : ''), td(a.dead || 0, a.dead ? 'bad' : ''));
  });
  done([
    table(['stage', 'lag', 'pending', 'oldest pending', 'consumers', 'holding', 'runs/s 1m', '5m', '15m', 'p50 compute', 'p95 compute', 'failed 15m', 'dead 15m'], rows, {id: 'stages'}),
    table(['pipeline', ''], [
      h('tr', {}, td('dead letters', 'l'), td(h('a', {href: '/dlq', id: 'dlq-length'}, f.dlq_length))),
      h('tr', {}, td('sink backlog (records not in ClickHouse)', 'l'), td(f.sink.lag + f.sink.pending)),
      h('tr', {}, td('Redis used memory', 'l'), td(bytes(f.used_memory) + (f.max_memory ? ' of ' + bytes(f.max_memory) : ''))),
      h('tr', {}, td('figures read in', 'l'), td(ns(f.read_cost_ns))),
    ]),
  ]);
}

async function documents() {
  const q = new URLSearchParams(location.search).get('q') || '';
  const ds = await getJSON('/api/documents?q=' + encodeURIComponent(q));
  if (ds.length === 1 && q && ds[0].doc === q) { location.href = '/trace/' + encodeURIComponent(q); return; }
  done([h('h1', {}, q ? 'Documents matching “' + q + '”' : 'Latest documents'),
    table(['document', 'source', 'last run', 'outcomes'], ds.map((d) =>
      h('tr', {}, td(docLink(d.doc), 'l'), td(d.source, 'l'), td(new Date(d.last).toLocaleString()), td(d.outcomes, 'l'))))]);
}

// Trace: one waterfall per pass; bars are queue wait, lock wait, compute.
async function trace() {
  const doc = body.dataset.doc;
  const v = await getJSON('/api/trace/' + encodeURIComponent(doc));
  const out = [];
  const t = v.trace;
  if (t && t.source) out.push(h('p', {}, 'source ', h('code', {}, t.source), t.tenant ? ' · tenant ' : '', t.tenant ? h('code', {id: 'tenant'}, t.tenant) : ''));
  if (!t || !t.passes.length) out.push(h('p', {class: 'muted'}, 'no runs recorded in ClickHouse for this document (yet)'));
  for (const p of (t ? t.passes : [])) {
    const span = Math.max(1, p.end_us - p.start_us);
    const pos = (x) => (100 * (x - p.start_us) / span).toFixed(2) + '%';
    const w = (d) => Math.max(0.3, 100 * d / span).toFixed(2) + '%';
    const rows = p.runs.map((r) => {
      const qStart = r.started_us - r.queue_wait_us;
      const cls = r.outcome === 'skipped' ? 's' : (r.outcome === 'completed' ? 'c' : 'f');
      const bar = h('div', {class: 'bar', title: r.outcome},
        h('span', {class: 'q', style: `left:${pos(qStart)};width:${w(r.queue_wait_us)}`}),
        h('span', {class: 'lk', style: `left:${pos(r.started_us)};width:${w(r.lock_wait_us)}`}),
        h('span', {class: cls, style: `left:${pos(r.started_us + r.lock_wait_us)};width:${w(Math.max(r.compute_us, r.finished_us - r.started_us - r.lock_wait_us))}`}));
      const src = r.outcome === 'skipped' ? 'skip: output in Redis (saved ' + us(r.time_saved_us) + ')' : (r.input_from || '');
      const flagged = (r.flagged_pages || []).join(', ');
      return h('tr', {class: 'run', 'data-stage': r.stage, 'data-outcome': r.outcome},
        h('td', {class: 'l', title: r.fingerprint ? 'fingerprint ' + r.fingerprint : ''}, r.stage), td(r.outcome, r.outcome === 'dead' || r.outcome === 'failed' ? 'bad' : ''),
        td(new Date(r.started).toLocaleTimeString()), td(us(r.queue_wait_us), 'qw'), td(us(r.lock_wait_us)),
        td(us(r.compute_us), 'compute'), h('td', {class: 'l'}, bar), td(src, 'l'), td(r.consumer, 'l'), td(r.attempt),
        td(h('code', {title: r.output_key}, (r.output_key || '').slice(0, 12)), 'l'),
        td(bytes(r.bytes_out) + ' / ' + bytes(r.compressed_out)),
        h('td', {class: flagged ? 'l warn flagged' : 'l', title: flagged ? (r.flagged_pages.length + ' page(s) below the confidence minimum') : ''}, flagged),
        td(r.error, 'l bad wrap'));
    });
    out.push(h('h2', {}, 'version ' + p.version + ' · ' + us(p.end_us - p.start_us) + ' from first queue entry to last run'),
      table(['stage', 'outcome', 'started', 'queue wait', 'lock wait', 'compute', 'waterfall', 'input / skip', 'consumer', 'attempt', 'output key', 'out raw / cached', 'flagged pages', 'error'], rows, {class: 'trace'}));
  }
  if (v.state.length) {
    out.push(h('h2', {}, 'current state (Redis)'), table(['stage', 'status', 'finished', 'attempts', 'compute', 'consumer', 'error'],
      v.state.map((s, i) => h('tr', {}, td(v.stages[i], 'l'), td(s.Status), td(s.FinishedMS ? new Date(s.FinishedMS).toLocaleString() : ''),
        td(s.Attempts), td(us(s.ComputeUS)), td(s.Consumer, 'l'), td(s.Error, 'l bad')))));
  }
  if (t) {
    const names = Object.fromEntries(t.entities.map((e) => [e.id, e.name]));
    out.push(h('h2', {}, 'entities (' + t.entities.length + ')'),
      table(['name', 'type', 'mentions', 'id'], t.entities.map((e) => h('tr', {id: 'e-' + e.id}, td(e.name, 'l'), td(e.type), td(e.mentions), td(h('code', {}, e.id), 'l')))),
      h('h2', {}, 'relationships (' + t.relationships.length + ')'),
      table(['type', 'from', 'to', 'weight'], t.relationships.map((r) => {
        // PART_OF joins documents (an attachment to its parent); other
        // edges join entities of this document.
        const end = (id) => r.type === 'PART_OF' ? docLink(id) : h('a', {href: '#e-' + id}, names[id] || id);
        return h('tr', {class: r.type === 'PART_OF' ? 'part-of' : ''}, td(r.type, 'l'), td(end(r.from), 'l'), td(end(r.to), 'l'), td(r.weight.toFixed(2)));
      })));
  }
  done(out);
}

function spark(buckets, stage) {
  const bs = buckets.filter((b) => b.stage === stage).slice(-48);
  const max = Math.max(1, ...bs.map((b) => b.hits + b.misses));
  return h('span', {class: 'spark', title: 'hits (blue) and misses (red) per 5 minutes'},
    bs.flatMap((b) => [h('i', {style: `height:${(30 * b.hits / max).toFixed(0)}px`}), h('i', {class: 'm', style: `height:${(30 * b.misses / max).toFixed(0)}px`})]));
}

async function cache() {
  const v = await getJSON('/api/cache');
  showErrors(v.errors);
  const mem = Object.fromEntries(((v.memory || {}).stages || []).map((m) => [m.stage, m]));
  const out = [h('p', {}, 'Redis used memory ' + bytes(v.used_memory) + (v.max_memory ? ' of ' + bytes(v.max_memory) : ' (no maxmemory)') +
      (v.memory ? ' · outputs scanned: ' + v.memory.scanned + ' keys' + (v.memory.complete ? '' : ' (partial scan)') : '')),
    table(['stage', 'hits', 'misses', 'hit rate', 'over time', 'time saved', 'store reads', 'store reads avoided', 'keys', 'bytes'],
      v.stages.map((s) => h('tr', {'data-stage': s.stage}, td(s.stage, 'l'), td(s.hits), td(s.misses), td(pct(s.hit_rate)), h('td', {}, spark(v.buckets, s.stage)),
        td(us(s.time_saved_us)), td(s.store_reads, s.store_reads ? 'warn' : ''), td(s.store_reads_avoided),
        td((mem[s.stage] || {}).keys || 0), td(bytes((mem[s.stage] || {}).bytes || 0))))),
    h('h2', {}, 'TTL recommendations (from the interval between an output\'s write and its re-use)'),
    table(['stage', 'current', 'recommended', 'verdict', 're-uses', 'after expiry', 'p50 gap', 'p95 gap', 'max gap', 'est. memory at current TTL', 'at recommended', 'why'],
      v.ttl.map((a) => h('tr', {'data-stage': a.stage}, td(a.stage, 'l'), td(ns(a.current_ns)), td(a.recommended_ns ? ns(a.recommended_ns) : '–'),
        td(a.verdict, a.verdict === 'too short' ? 'bad' : (a.verdict === 'longer than needed' ? 'warn' : '')), td(a.reuses), td(a.expired),
        td(ns(a.p50_ns)), td(ns(a.p95_ns)), td(ns(a.max_ns)), td(bytes(a.current_bytes)), td(bytes(a.recommended_bytes)), td(a.reason, 'l muted wrap'))))];
  done(out);
}

async function versions() {
  const vs = await getJSON('/api/versions');
  // Each stage's rows in the order they first ran; "p50 vs previous"
  // compares a row with the stage's row before it (a reprocess or a
  // configuration change next to what it replaced).
  const rows = vs.map((v, i) => {
    const prev = i > 0 && vs[i - 1].stage === v.stage ? vs[i - 1] : null;
    const ratio = prev && prev.p50_us && v.p50_us ? '×' + (v.p50_us / prev.p50_us).toFixed(2) : '';
    const fp = v.fingerprint || '(not recorded)';
    return h('tr', {'data-stage': v.stage, class: prev ? '' : 'first'}, td(v.stage, 'l'), td(v.version),
      h('td', {class: 'l fp', title: fp}, fp.length > 48 ? fp.slice(0, 47) + '…' : fp),
      td(v.documents), td(v.runs), td(v.completed), td(v.skipped), td(v.failed, v.failed ? 'warn' : ''), td(v.dead, v.dead ? 'bad' : ''),
      td(us(v.p50_us)), td(ratio), td(us(v.p95_us)), td(us(v.mean_queue_wait_us)), td(v.output_keys),
      td(new Date(v.first).toLocaleString()), td(new Date(v.last).toLocaleString()));
  });
  done([h('p', {class: 'muted'}, 'Runs of the last 30 days per stage, by processing version and stage fingerprint (the algorithm and the settings that change its output). A reprocess --full shows as a new version; a new algorithm or setting as a new fingerprint.'),
    table(['stage', 'version', 'fingerprint', 'documents', 'runs', 'completed', 'skipped', 'failed', 'dead', 'p50 compute', 'p50 vs previous', 'p95 compute', 'mean queue wait', 'output keys', 'first', 'last'], rows, {id: 'versions'})]);
}

async function tenants() {
  const v = await getJSON('/api/tenants');
  done([h('p', {class: 'muted'}, 'Tenants by ' + v.field + ' over the last 24 hours, as each run recorded it (the field is DOCPIPE_TENANT_FIELD; (none): documents without it, and runs recorded before records carried it).'),
    table(['tenant', 'documents', 'runs', 'completed', 'skipped', 'failed', 'dead', 'compute', 'time saved'],
      v.tenants.map((t) => h('tr', {}, td(t.tenant, 'l'), td(t.documents), td(t.runs), td(t.completed), td(t.skipped), td(t.failed, t.failed ? 'warn' : ''),
        td(t.dead, t.dead ? 'bad' : ''), td(us(t.compute_us)), td(us(t.time_saved_us)))))]);
}

let dlqSelected = new Set();
async function dlq() {
  const form = document.getElementById('dlq-filter');
  const q = new URLSearchParams(new FormData(form));
  const v = await getJSON('/api/dlq?' + q);
  const rows = v.entries.map((e) => h('tr', {class: 'dead', 'data-id': e.id, 'data-stage': e.stage, 'data-doc': e.doc},
    td(v.allow_actions ? h('input', {type: 'checkbox', checked: dlqSelected.has(e.id), onchange: (ev) => ev.target.checked ? dlqSelected.add(e.id) : dlqSelected.delete(e.id)}) : '', 'l'),
    td(e.id, 'l'), td(e.stage), td(docLink(e.doc), 'l'), td(e.reason, 'l bad wrap'), td(e.time ? new Date(e.time).toLocaleString() : ''),
    h('td', {class: 'l'}, h('details', {}, h('summary', {}, Object.keys(e.fields).length + ' fields'), h('pre', {}, JSON.stringify(e.fields, null, 1))))));
  done([h('p', {}, v.entries.length + ' shown of ' + v.total + ' dead letters'),
    table(['', 'id', 'stage', 'document', 'reason', 'time', 'original fields'], rows, {id: 'dlq'})]);
}
async function dlqAction(name) {
  const ids = [...dlqSelected];
  if (!ids.length) { alert('Select entries first.'); return; }
  if (!confirm(name + ' ' + ids.length + ' dead letter(s)?\n' + ids.join('\n'))) return;
  const r = await fetch('/api/dlq/' + name, {method: 'POST', headers: {'Content-Type': 'application/json', 'X-Docpipe-Action': name},
    body: JSON.stringify({ids: ids, confirm: ids.length})});
  const j = await r.json();
  if (!r.ok) { showErrors([j.error]); return; }
  showErrors([]);
  dlqSelected = new Set();
  document.getElementById('updated').textContent = name + ': ' + JSON.stringify(j);
  await dlq();
}

const pages = {overview: [overview, 2000], documents: [documents, 10000], trace: [trace, 5000], cache: [cache, 15000],
  versions: [versions, 15000], tenants: [tenants, 15000], dlq: [dlq, 3000]};
if (page === 'dlq') {
  const form = document.getElementById('dlq-filter');
  form.addEventListener('change', () => dlq());
  form.addEventListener('submit', (ev) => { ev.preventDefault(); dlq(); });
  for (const name of ['replay', 'purge']) {
    const b = document.getElementById(name);
    if (b) b.addEventListener('click', () => dlqAction(name));
  }
}
poll(...pages[page]);
