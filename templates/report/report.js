// The documents table of the summarylint quality report (see src/report/site.ts for the files it reads).
// Documents arrive in chunks (data/docs-NNNN.js, loaded by <script> one after the other, which works from
// file://); the first page shows as soon as the first chunk is in. Filters, sorting and paging run here, on the
// loaded documents. Every text from a document is set with textContent: it is shown, never parsed as HTML.
(function () {
  'use strict';
  var report = window.summarylintReport;
  if (!report) return;
  var L = report.labels;
  var LEVELS = ['error', 'warn', 'info'];
  var PAGE_SIZE = 50;
  var docs = [];
  var loaded = 0;
  var state = { team: '', period: '', rule: '', level: '', search: '', sort: 'path', descending: false, page: 0 };
  var open = Object.create(null);

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, name) { return name in values ? String(values[name]) : whole; });
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    for (var name in attributes || {}) {
      if (attributes[name] === undefined || attributes[name] === null) continue;
      if (name === 'text') node.textContent = attributes[name];
      else node.setAttribute(name, attributes[name]);
    }
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  // The same filling as the build's linkFor (src/report/site.ts).
  function linkFor(file, line) {
    var encoded = file.split('/').map(encodeURIComponent).join('/');
    return report.linkTemplate.split('{path}').join(encoded).split('{line}').join(String(line));
  }

  // A chunk's document: [path, series key, period, locale, findings]; a finding: [rule index (-1: none),
  // level index, line, column, message, quote].
  window.summarylintReport.addDocuments = function (chunk, items) {
    items.forEach(function (item) {
      var counts = [0, 0, 0];
      item[4].forEach(function (f) { counts[f[1]]++; });
      docs.push({ path: item[0], key: item[1], period: item[2], locale: item[3], findings: item[4], counts: counts });
    });
    loaded++;
  };

  function loadNext() {
    if (loaded >= report.chunks) return;
    var script = document.createElement('script');
    script.src = 'data/docs-' + String(loaded + 1).padStart(4, '0') + '.js';
    script.onload = function () { render(); loadNext(); };
    script.onerror = function () { status.textContent = fill(L.loadError, { file: script.getAttribute('src') }); };
    document.head.appendChild(script);
  }

  function matchingFindings(doc) {
    if (state.rule === '' && state.level === '') return doc.findings;
    return doc.findings.filter(function (f) {
      return (state.rule === '' || report.rules[f[0]] === state.rule) && (state.level === '' || LEVELS[f[1]] === state.level);
    });
  }

  function visible() {
    var search = state.search.toLowerCase();
    var rows = [];
    docs.forEach(function (doc) {
      if (state.team !== '' && doc.key !== state.team) return;
      if (state.period !== '' && doc.period !== state.period) return;
      if (search !== '' && doc.path.toLowerCase().indexOf(search) === -1) return;
      var findings = matchingFindings(doc);
      if ((state.rule !== '' || state.level !== '') && findings.length === 0) return;
      rows.push({ doc: doc, findings: findings });
    });
    var key = state.sort;
    var value = function (row) {
      switch (key) {
        case 'team': return row.doc.key || '';
        case 'period': return row.doc.period || '';
        case 'errors': return row.doc.counts[0];
        case 'warnings': return row.doc.counts[1];
        case 'findings': return row.findings.length;
        default: return row.doc.path;
      }
    };
    rows.sort(function (a, b) {
      var x = value(a), y = value(b);
      var order = x < y ? -1 : x > y ? 1 : a.doc.path < b.doc.path ? -1 : a.doc.path > b.doc.path ? 1 : 0;
      return state.descending ? -order : order;
    });
    return rows;
  }

  // ---------- the controls ----------

  var app = document.getElementById('documents-app');
  function select(name, label, options) {
    var id = 'filter-' + name;
    var control = el('select', { id: id, 'data-filter': name }, [el('option', { value: '', text: L.all })].concat(options.map(function (o) {
      return el('option', { value: o.value, text: o.text });
    })));
    control.addEventListener('change', function () { state[name] = control.value; state.page = 0; render(); });
    return el('div', { class: 'filter' }, [el('label', { for: id, text: label }), control]);
  }
  var search = el('input', { id: 'filter-search', type: 'search' });
  search.addEventListener('input', function () { state.search = search.value; state.page = 0; render(); });
  var filters = el('fieldset', { class: 'filters' }, [
    el('legend', { text: L.filters }),
    select('team', L.team + ' / ' + L.author, report.teams.map(function (t) { return { value: t, text: t }; })),
    select('period', L.period, report.periods.map(function (p) { return { value: p, text: p }; })),
    select('rule', L.rule, report.rules.map(function (r) { return { value: r, text: r }; })),
    select('level', L.severity, LEVELS.map(function (l) { return { value: l, text: L.level[l] }; })),
    el('div', { class: 'filter' }, [el('label', { for: 'filter-search', text: L.search }), search]),
  ]);
  var status = el('p', { id: 'documents-status', role: 'status' });
  var columns = [
    { key: 'path', label: L.file },
    { key: 'team', label: L.team + ' / ' + L.author },
    { key: 'period', label: L.period },
    { key: 'errors', label: L.errors, numeric: true },
    { key: 'warnings', label: L.warnings, numeric: true },
    { key: 'findings', label: L.findings, numeric: true },
  ];
  var headRow = el('tr');
  columns.forEach(function (column) {
    var button = el('button', { type: 'button', 'data-sort': column.key, text: column.label, title: fill(L.sortBy, { column: column.label }) });
    button.addEventListener('click', function () {
      state.descending = state.sort === column.key ? !state.descending : !!column.numeric;
      state.sort = column.key;
      render();
    });
    headRow.appendChild(el('th', { scope: 'col', class: column.numeric ? 'num' : null, 'data-column': column.key }, [button]));
  });
  var body = el('tbody');
  var table = el('table', { id: 'documents-table' }, [el('thead', {}, [headRow]), body]);
  var previous = el('button', { type: 'button', id: 'page-previous', text: L.previous });
  var next = el('button', { type: 'button', id: 'page-next', text: L.next });
  var pageLabel = el('span', { id: 'page-label' });
  previous.addEventListener('click', function () { state.page--; render(); });
  next.addEventListener('click', function () { state.page++; render(); });
  app.appendChild(filters);
  app.appendChild(status);
  app.appendChild(el('div', { class: 'scroll' }, [table]));
  app.appendChild(el('nav', { class: 'pager', 'aria-label': L.documents }, [previous, pageLabel, next]));

  // ---------- the table ----------

  function findingsRow(row) {
    var list = el('table', { class: 'findings' }, [el('thead', {}, [el('tr', {}, [L.line, L.severity, L.rule, L.message, L.quote].map(function (h) {
      return el('th', { scope: 'col', text: h });
    }))])]);
    var tbody = el('tbody');
    if (row.findings.length === 0) tbody.appendChild(el('tr', {}, [el('td', { colspan: '5', text: L.noFindings })]));
    row.findings.forEach(function (f) {
      var line = el('a', { href: linkFor(row.doc.path, f[2]), text: f[2] + ':' + f[3] });
      tbody.appendChild(el('tr', { class: 'level-' + LEVELS[f[1]] }, [
        el('td', { class: 'num' }, [line]),
        el('td', { text: L.level[LEVELS[f[1]]] }),
        el('td', {}, [el('code', { text: f[0] === -1 ? '–' : report.rules[f[0]] })]),
        el('td', { lang: row.doc.locale, text: f[4] }),
        el('td', { lang: row.doc.locale }, f[5] === null ? [] : [el('q', { text: f[5] })]),
      ]));
    });
    list.appendChild(tbody);
    return el('tr', { class: 'details' }, [el('td', { colspan: String(columns.length) }, [list])]);
  }

  function render() {
    var rows = visible();
    var pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    state.page = Math.min(Math.max(0, state.page), pages - 1);
    var shown = fill(L.shown, { shown: rows.length, total: report.total });
    status.textContent = loaded < report.chunks ? shown + ' · ' + fill(L.loading, { loaded: docs.length, total: report.total }) : shown;
    status.setAttribute('data-shown', String(rows.length));
    status.setAttribute('data-complete', String(loaded >= report.chunks));
    columns.forEach(function (column) {
      var th = headRow.querySelector('[data-column="' + column.key + '"]');
      if (state.sort === column.key) th.setAttribute('aria-sort', state.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    });
    pageLabel.textContent = fill(L.page, { page: state.page + 1, pages: pages });
    previous.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
    var fragment = document.createDocumentFragment();
    rows.slice(state.page * PAGE_SIZE, (state.page + 1) * PAGE_SIZE).forEach(function (row) {
      var toggle = el('button', { type: 'button', class: 'file', 'aria-expanded': String(!!open[row.doc.path]), text: row.doc.path });
      toggle.addEventListener('click', function () { open[row.doc.path] = !open[row.doc.path]; render(); });
      var fatal = row.doc.findings.some(function (f) { return f[0] === -1 && f[1] === 0; });
      fragment.appendChild(el('tr', { 'data-path': row.doc.path }, [
        el('th', { scope: 'row' }, [toggle, fatal ? el('span', { class: 'fatal', text: ' (' + L.fileError + ')' }) : null]),
        el('td', { text: row.doc.key || '–' }),
        el('td', { text: row.doc.period || '–' }),
        el('td', { class: 'num', text: String(row.doc.counts[0]) }),
        el('td', { class: 'num', text: String(row.doc.counts[1]) }),
        el('td', { class: 'num', text: String(row.findings.length) }),
      ]));
      if (open[row.doc.path]) fragment.appendChild(findingsRow(row));
    });
    body.replaceChildren(fragment);
    // The series tables follow the team filter too.
    document.querySelectorAll('#series-table tbody tr, details.series').forEach(function (node) {
      node.hidden = state.team !== '' && node.getAttribute('data-key') !== state.team;
    });
  }

  render();
  loadNext();
})();
