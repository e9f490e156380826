/*
 * OCOP scoring page. Plain JavaScript, no framework, no external resources.
 *
 * The page never computes a score: every number shown in the results comes from the API
 * (/v1/evaluations, /v1/advice, /v1/councils), written exactly as the JSON wrote it (responses are
 * parsed with a small parser that keeps each number's text, so 75.33333333333333333333333333333333 stays
 * exact). Every request carries a sequence number; a response that is not the latest is dropped, and the
 * results are cleared the moment an answer changes, so an older score never shows as current.
 */
'use strict';

(function () {
  // ---------------------------------------------------------------- JSON with exact numbers

  /** A JSON number as written: String(n) / `${n}` give the text, Number(n) / +n its value. */
  class Num {
    constructor(raw) { this.raw = raw; }
    valueOf() { return Number(this.raw); }
    toString() { return this.raw; }
    toJSON() { return Number(this.raw); }
  }

  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

  function parseJson(text) {
    let i = 0;
    const fail = (what) => { throw new SyntaxError('JSON: ' + what + ' at ' + i); };
    const ws = () => { while (i < text.length && ' \t\n\r'.indexOf(text[i]) >= 0) i++; };
    const str = () => {
      STRING.lastIndex = i;
      const m = STRING.exec(text);
      if (!m) fail('string expected');
      i = STRING.lastIndex;
      return JSON.parse(m[0]);
    };
    const value = () => {
      ws();
      const c = text[i];
      if (c === '{') {
        i++;
        const o = {};
        ws();
        if (text[i] === '}') { i++; return o; }
        for (;;) {
          ws();
          const k = str();
          ws();
          if (text[i++] !== ':') fail("':' expected");
          Object.defineProperty(o, k, { value: value(), enumerable: true, writable: true, configurable: true });
          ws();
          if (text[i] === ',') { i++; continue; }
          if (text[i++] !== '}') fail("'}' expected");
          return o;
        }
      }
      if (c === '[') {
        i++;
        const a = [];
        ws();
        if (text[i] === ']') { i++; return a; }
        for (;;) {
          a.push(value());
          ws();
          if (text[i] === ',') { i++; continue; }
          if (text[i++] !== ']') fail("']' expected");
          return a;
        }
      }
      if (c === '"') return str();
      if (text.startsWith('true', i)) { i += 4; return true; }
      if (text.startsWith('false', i)) { i += 5; return false; }
      if (text.startsWith('null', i)) { i += 4; return null; }
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) fail('value expected');
      i = NUMBER.lastIndex;
      return new Num(m[0]);
    };
    const v = value();
    ws();
    if (i !== text.length) fail('trailing text');
    return v;
  }

  /** The text of a JSON number (or '' when absent). */
  const t = (x) => (x === null || x === undefined ? '' : String(x));

  // ---------------------------------------------------------------- HTTP

  class ApiError extends Error {
    constructor(status, message, problem) {
      super(message);
      this.status = status;
      this.problem = problem || null;
    }
  }

  async function api(method, url, body, signal) {
    const headers = { Accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res;
    try {
      res = await fetch(url, {
        method, headers, signal, cache: 'no-store',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      if (e && e.name === 'AbortError') throw e;
      throw new ApiError(0, 'Không kết nối được máy chủ (network error): ' + (e && e.message || e));
    }
    const text = await res.text();
    let data = null;
    let parseError = null;
    if (text.trim()) {
      try { data = parseJson(text); } catch (e) { parseError = e; }
    }
    if (res.ok) {
      if (data === null || typeof data !== 'object') {
        throw new ApiError(res.status, 'Máy chủ trả về nội dung không phải JSON (HTTP ' + res.status + ')'
          + (parseError ? ': ' + parseError.message : ''));
      }
      return data;
    }
    const problem = data && typeof data === 'object' && !Array.isArray(data) ? data : null;
    const msg = problem && (problem.detail || problem.title)
      ? String(problem.detail || problem.title)
      : 'HTTP ' + res.status + ' ' + res.statusText + (text && !problem ? ': ' + text.slice(0, 300) : '');
    throw new ApiError(res.status, msg, problem);
  }

  // ---------------------------------------------------------------- DOM helpers

  const $ = (sel, root) => (root || document).querySelector(sel);

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === undefined || v === null || v === false) continue;
        if (k === 'class') el.className = v;
        else if (k === 'text') el.textContent = v;
        else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
        else el.setAttribute(k, v === true ? '' : String(v));
      }
    }
    append(el, children);
    return el;
  }

  /** Replaces an element's children (null and false children are skipped). */
  function fill(el, ...children) {
    el.replaceChildren();
    return append(el, children);
  }

  function append(el, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : String(c));
    }
    return el;
  }

  const en = (text) => (text ? h('span', { class: 'en', lang: 'en' }, text) : null);
  const glyphs = (stars) => {
    const s = Math.max(0, Math.min(5, Number(stars) || 0));
    return '★'.repeat(s) + '☆'.repeat(5 - s);
  };
  const setText = (id, text) => {
    const el = document.getElementById(id);
    if (!el) return;
    el.textContent = text;
    // long exact decimals (a council's means) get a smaller font; the text itself is never altered
    if (el.classList.contains('num')) el.classList.toggle('long', String(text).length > 9);
  };

  // ---------------------------------------------------------------- state

  const SET_ROLES = { CHAIR: 'Chủ tịch', MEMBER: 'Thành viên', SECRETARY: 'Thư ký', EXPERT: 'Chuyên gia' };
  const SELECTION_HINT = {
    YES_NO: 'Có / Không',
    CASES: 'Chọn một trường hợp rồi một phương án',
  };

  const state = {
    catalogue: null,
    edition: null,          // newest edition of the catalogue
    set: null,              // the criteria set JSON (GET /v1/catalogue/{set})
    setCode: null,
    shown: null,            // the set whose form is on the page (null while another is being chosen)
    leaves: [],             // leaf criteria in the form's order
    leafByCode: new Map(),
    council: false,
    single: { answers: {} },
    members: [],            // [{name, answers}]
    activeMember: 1,        // 1-based
    seq: 0,                 // single-mode request sequence
    cseq: 0,                // council request sequence
    setSeq: 0,
    ctrl: null,
    cctrl: null,
  };

  // ---------------------------------------------------------------- catalogue and selects

  function newestEdition(cat) {
    const eds = (cat && cat.editions) || [];
    let best = null;
    for (const e of eds) {
      if (!best || String(e.effectiveFrom || '') > String(best.effectiveFrom || '')) best = e;
    }
    return best;
  }

  function fillSelect(select, placeholder, items) {
    fill(select, h('option', { value: '' }, placeholder));
    for (const it of items) select.append(h('option', it.attrs, it.label));
    select.disabled = items.length === 0;
  }

  const NO_SUB = /\s*\(no subgroups\)\s*$/i;

  function nodeLabel(node) {
    return node.code + '  ' + node.name + (node.nameEn ? ' (' + node.nameEn + ')' : '');
  }

  function subgroupLabel(node, parent) {
    let name = String(node.name || '');
    const noSub = NO_SUB.test(name);
    name = name.replace(NO_SUB, '').trim();
    if (noSub) name = (name || parent.name) + ' · không chia phân nhóm';
    return node.code + '  ' + name + (node.nameEn ? ' (' + node.nameEn + ')' : '') + ' — ' + node.criteriaSet;
  }

  const categories = () => (state.edition && state.edition.classification) || [];
  const findNode = (list, code) => list.find((n) => n.code === code) || null;

  function onCategory() {
    const cat = findNode(categories(), $('#category').value);
    const groups = cat ? cat.children || [] : [];
    fillSelect($('#group'), groups.length ? '— Chọn nhóm —' : '— Chọn ngành trước —',
      groups.map((g) => ({ attrs: { value: g.code }, label: nodeLabel(g) })));
    fillSelect($('#subgroup'), '— Chọn nhóm trước —', []);
    unloadForm();
    if (groups.length === 1) { $('#group').value = groups[0].code; onGroup(); }
  }

  function currentGroup() {
    const cat = findNode(categories(), $('#category').value);
    return cat ? findNode(cat.children || [], $('#group').value) : null;
  }

  function onGroup() {
    const group = currentGroup();
    const subs = group ? (group.children || []).filter((s) => s.criteriaSet) : [];
    fillSelect($('#subgroup'), subs.length ? '— Chọn phân nhóm —' : '— Chọn nhóm trước —',
      subs.map((s) => ({ attrs: { value: s.criteriaSet, 'data-code': s.code }, label: subgroupLabel(s, group) })));
    unloadForm();
    if (subs.length === 1) { $('#subgroup').value = subs[0].criteriaSet; onSubgroup(); }
  }

  function onSubgroup() {
    const code = $('#subgroup').value;
    if (!code) { unloadForm(); return; }
    loadSet(code);
  }

  async function loadCatalogue() {
    try {
      const cat = await api('GET', 'v1/catalogue');
      state.catalogue = cat;
      state.edition = newestEdition(cat);
      if (!state.edition) throw new ApiError(0, 'Danh mục không có ấn bản nào (catalogue lists no edition)');
      const e = state.edition;
      const ed = $('#edition');
      fill(ed, 'Bộ tiêu chí ban hành kèm Quyết định ' + e.act + ' — ' + e.title
        + ' (hiệu lực từ ' + e.effectiveFrom + ')', ' ', en('edition ' + e.id));
      fillSelect($('#category'), '— Chọn ngành —',
        categories().map((c) => ({ attrs: { value: c.code }, label: nodeLabel(c) })));
      setStatus('#load-status', '');
    } catch (e) {
      $('#edition').textContent = 'Không tải được danh mục bộ tiêu chí.';
      showProblems(e, 'Tải danh mục (GET /v1/catalogue)');
    }
  }

  // ---------------------------------------------------------------- criteria set and form

  function walkCriteria(list, fn) {
    for (const c of list || []) {
      fn(c);
      if (c.children && c.children.length) walkCriteria(c.children, fn);
    }
  }

  const isLeaf = (c) => c.leaf === true || (c.leaf === undefined && c.selection !== 'CONTAINER');

  async function loadSet(code) {
    if (state.setCode === code && state.set) {
      state.setSeq++; // a slower load of another set must not replace this one
      setStatus('#load-status', '');
      renderForms();
      onAnswersChanged();
      return;
    }
    unloadForm();
    const mySeq = ++state.setSeq;
    setStatus('#load-status', 'Đang tải bộ tiêu chí ' + code + '…');
    try {
      const set = await api('GET', 'v1/catalogue/' + encodeURIComponent(code));
      if (mySeq !== state.setSeq) return;
      state.set = set;
      state.setCode = code;
      state.leaves = [];
      state.leafByCode = new Map();
      for (const p of set.parts || []) {
        for (const g of p.groups || []) {
          walkCriteria(g.criteria, (c) => {
            if (isLeaf(c)) { state.leaves.push(c); state.leafByCode.set(c.code, c); }
          });
        }
      }
      state.single.answers = {};
      for (const m of state.members) m.answers = {};
      setStatus('#load-status', '');
      clearProblems();
      renderForms();
      onAnswersChanged();
    } catch (e) {
      if (mySeq !== state.setSeq) return;
      setStatus('#load-status', 'Không tải được bộ tiêu chí ' + code + '.');
      showProblems(e, 'Tải bộ tiêu chí (GET /v1/catalogue/' + code + ')');
    }
  }

  /** Hides the form (a different set is being chosen); answers stay in memory for the same set. */
  function unloadForm() {
    state.setSeq++;
    if (state.ctrl) state.ctrl.abort();
    if (state.cctrl) state.cctrl.abort();
    state.seq++;
    state.cseq++;
    const sheets = $('#sheets');
    fill(sheets, h('p', { class: 'placeholder' },
      'Chọn ngành, nhóm và phân nhóm để hiện phiếu đánh giá. ',
      en('Choose a category, group and subgroup to show the scoring form.')));
    state.shown = null;
    clearResult('empty');
    clearCouncil('empty');
  }

  /** The radio value of an option: what the sheet's answers need (as a string). */
  function yesNoValue(position) { return Number(position) === 2 ? 'true' : 'false'; }

  function toAnswer(c, value) {
    if (c.selection === 'YES_NO') return value === 'true';
    if (c.selection === 'CASES') {
      if (value === '0') return 0;
      const k = value.indexOf(':');
      return { case: value.slice(0, k), option: parseInt(value.slice(k + 1), 10) };
    }
    return parseInt(value, 10);
  }

  function prefixOf(member) { return member ? 'm' + member + '-' : ''; }

  function renderForms() {
    const sheets = $('#sheets');
    const set = state.set;
    if (!set) return;
    state.shown = state.setCode;
    const head = h('div', { class: 'set-head card' },
      h('h2', null, 'Phiếu đánh giá · bộ tiêu chí ', h('span', { class: 'set-code' }, set.id), ': ', set.name),
      h('p', { class: 'muted' }, 'Ấn bản ' + t(set.edition) + ' · tối đa '
        + (set.parts || []).map((p) => 'phần ' + p.code + ' ' + t(p.max)).join(', ') + ' điểm'),
      setNotes(set));
    if (!state.council) {
      fill(sheets, head, renderSheet(null));
    } else {
      renderTabs();
      fill(sheets, head, ...state.members.map((m, i) => renderMemberPanel(i + 1)));
    }
  }

  function setNotes(set) {
    const items = [];
    for (const d of set.disqualifiers || []) items.push(h('li', null, d));
    for (const s of set.stopRules || []) {
      items.push(h('li', null, s.text, ' ', en('stop rule ' + s.rule + (s.criterion ? ' (criterion ' + s.criterion + ')' : ''))));
    }
    for (const d of set.dataIssues || []) items.push(h('li', null, en('data note: ' + d)));
    if (!items.length) return null;
    return h('details', { class: 'set-notes' },
      h('summary', null, 'Ghi chú của bộ tiêu chí ', en('dossier rejection, stop rules, data notes')),
      h('ul', null, items));
  }

  function renderSheet(member) {
    const set = state.set;
    const form = h('form', {
      class: 'sheet', id: member ? 'sheet-m' + member : 'sheet', 'data-member': member || undefined,
      'aria-label': member ? 'Phiếu của thành viên ' + member : 'Phiếu đánh giá', novalidate: true,
    });
    form.addEventListener('submit', (ev) => ev.preventDefault());
    for (const p of set.parts || []) {
      const part = h('section', { class: 'part', 'data-part': p.code },
        h('h3', { class: 'part-title' }, 'Phần ' + p.code, ' ', h('span', { class: 'max' }, 'tối đa ' + t(p.max) + ' điểm'),
          ' ', en('Part ' + p.code)));
      for (const g of p.groups || []) {
        const group = h('section', { class: 'group', 'data-group': g.code },
          h('h4', { class: 'group-title' }, h('span', { class: 'code' }, g.code + '.'), ' ', g.label, ' ',
            h('span', { class: 'max' }, t(g.max) + ' điểm'), ' ', en(g.labelEn)),
          notes(g.notes));
        for (const c of g.criteria || []) group.append(renderCriterion(c, member));
        part.append(group);
      }
      form.append(part);
    }
    syncChecks(form, member);
    return form;
  }

  function notes(list) {
    if (!list || !list.length) return null;
    return h('div', { class: 'notes-small' }, list.map((n) => h('p', null, n)));
  }

  function renderCriterion(c, member) {
    const prefix = prefixOf(member);
    if (!isLeaf(c)) {
      const fs = h('fieldset', { class: 'container', 'data-container': c.code },
        h('legend', null, h('span', { class: 'code' }, c.code), ' ', c.label, ' ',
          h('span', { class: 'max' }, 'tối đa ' + t(c.max) + ' điểm'), ' ', en(c.labelEn)),
        notes(c.notes));
      for (const ch of c.children || []) fs.append(renderCriterion(ch, member));
      return fs;
    }
    const name = prefix + 'c-' + c.code;
    const fs = h('fieldset', {
      class: 'criterion', id: prefix + 'crit-' + c.code, 'data-criterion': c.code, 'data-selection': c.selection,
      'data-member': member || undefined,
    });
    fs.append(h('legend', null,
      h('span', { class: 'code' }, c.code), ' ', c.label, ' ',
      h('span', { class: 'max' }, 'tối đa ' + t(c.max) + ' điểm'),
      SELECTION_HINT[c.selection] ? h('span', { class: 'hint' }, ' · ' + SELECTION_HINT[c.selection]) : null,
      ' ', en(c.labelEn),
      member ? null : h('span', { class: 'awarded', 'data-awarded': c.code })));
    append(fs, [notes(c.notes)]);
    const markers = new Map(); // option position -> [stars]
    for (const m of c.minimums || []) {
      const key = (m.case ? m.case + ':' : '') + t(m.markedOption);
      if (!markers.has(key)) markers.set(key, []);
      markers.get(key).push(Number(m.stars));
    }
    const list = h('div', { class: 'options' });
    const option = (value, label, points, markerKey, extra) => {
      const id = name + '-' + value.replace(/[^A-Za-z0-9_-]/g, '_');
      const ms = markers.get(markerKey) || [];
      return h('label', { class: 'option' + (value === '0' ? ' none' : ''), for: id },
        h('input', Object.assign({
          type: 'radio', name, id, value, 'data-criterion': c.code, 'data-option': value,
          'data-member': member || undefined,
        }, extra || {})),
        h('span', { class: 'olabel' }, label),
        h('span', { class: 'pts' }, t(points) + ' điểm'),
        ms.map((s) => h('span', { class: 'marker', title: 'Mức tối thiểu để đạt ' + s + ' sao' },
          'tối thiểu ' + s + '★')));
    };
    if (c.selection === 'YES_NO') {
      for (const o of c.options || []) {
        list.append(option(yesNoValue(o.position), o.label, o.points, t(o.position), { 'data-position': t(o.position) }));
      }
    } else if (c.selection === 'CASES') {
      for (const k of c.cases || []) {
        const gid = name + '-case-' + k.code;
        const box = h('div', { class: 'case', role: 'group', 'aria-labelledby': gid },
          h('p', { class: 'case-label', id: gid }, /^trường hợp/i.test(k.label || '') ? '' : 'Trường hợp ' + k.code + ': ',
            k.label, ' ', en('case ' + k.code)));
        for (const o of k.options || []) {
          box.append(option(k.code + ':' + t(o.position), o.label, o.points, k.code + ':' + t(o.position),
            { 'data-case': k.code, 'data-position': t(o.position) }));
        }
        list.append(box);
      }
      list.append(option('0', h('span', null, 'Không đạt ', en('none applies')), '0', '0'));
    } else {
      for (const o of c.options || []) {
        list.append(option(t(o.position), o.label, o.points, t(o.position)));
      }
      list.append(option('0', h('span', null, 'Không đạt ', en('none applies')), '0', '0'));
    }
    fs.append(list);
    return fs;
  }

  const answersOf = (member) => (member ? state.members[member - 1].answers : state.single.answers);

  /** Checks the radios of a form from the model (after a re-render or an applied advice). */
  function syncChecks(root, member) {
    const answers = answersOf(member);
    for (const input of root.querySelectorAll('input[type=radio]')) {
      input.checked = answers[input.dataset.criterion] === input.value;
    }
    for (const fs of root.querySelectorAll('fieldset.criterion')) {
      fs.classList.toggle('answered', answers[fs.dataset.criterion] !== undefined);
    }
  }

  function missingOf(answers) {
    return state.leaves.filter((c) => answers[c.code] === undefined);
  }

  // ---------------------------------------------------------------- sheet and live score

  function buildSheet(answers) {
    const sheet = { criteriaSet: state.setCode };
    const name = $('#product-name').value.trim();
    if (name) sheet.product = { name };
    sheet.answers = {};
    for (const c of state.leaves) sheet.answers[c.code] = toAnswer(c, answers[c.code]);
    return sheet;
  }

  function onAnswersChanged() {
    if (!state.set || state.shown !== state.setCode) return;
    if (state.council) councilChanged(); else singleChanged();
  }

  function setStatus(sel, text) { const el = $(sel); if (el) el.textContent = text; }

  function setResultState(el, st) {
    el.dataset.state = st;
    el.setAttribute('aria-busy', st === 'loading' ? 'true' : 'false');
  }

  function clearResult(st) {
    const r = $('#result');
    const mark = st === 'loading' ? '…' : '—';
    for (const p of ['A', 'B', 'C']) { setText('part-' + p, mark); setText('part-' + p + '-max', '—'); }
    setText('total', mark);
    setText('max-total', '—');
    setText('band-stars', mark);
    setText('stars', mark);
    setText('stars-glyphs', '');
    setText('ocop-product', '');
    setText('result-product', '');
    fill($('#failed-minimums'));
    setText('failed-minimums-none', '');
    fill($('#result-notes'));
    for (const a of document.querySelectorAll('[data-awarded]')) a.textContent = '';
    const adv = $('#advice');
    fill(adv);
    setResultState(adv, st === 'loading' ? 'loading' : 'empty');
    if (st === 'loading') adv.append(h('p', { class: 'muted' }, 'Đang tìm gợi ý… ', en('asking the advisor')));
    setResultState(r, st);
    const status = {
      empty: '', incomplete: 'Chấm đủ mọi tiêu chí để xem điểm. ',
      loading: 'Đang chấm điểm… ', error: 'Không chấm được phiếu — xem lỗi ở trên.',
    }[st] || '';
    setStatus('#result-status', status);
  }

  function updateUnanswered(missing) {
    setText('unanswered', String(missing.length));
    $('#unanswered').dataset.count = String(missing.length);
    $('#unanswered-line').classList.toggle('done', missing.length === 0 && !!state.set);
    $('#goto-unanswered').hidden = missing.length === 0;
  }

  function singleChanged() {
    const seq = ++state.seq;
    if (state.ctrl) state.ctrl.abort();
    state.ctrl = null;
    clearProblems();
    const missing = missingOf(state.single.answers);
    updateUnanswered(missing);
    if (missing.length) { clearResult('incomplete'); return; }
    clearResult('loading');
    const ctrl = new AbortController();
    state.ctrl = ctrl;
    const sheet = buildSheet(state.single.answers);
    api('POST', 'v1/evaluations', sheet, ctrl.signal).then((r) => {
      if (seq !== state.seq) return;
      renderResult(r);
    }, (e) => {
      if (seq !== state.seq || (e && e.name === 'AbortError')) return;
      clearResult('error');
      const adv = $('#advice');
      if (adv.dataset.state === 'loading') { fill(adv); setResultState(adv, 'empty'); }
      showProblems(e, 'Chấm điểm (POST /v1/evaluations)');
    });
    api('POST', 'v1/advice?alternatives=1', sheet, ctrl.signal).then((a) => {
      if (seq !== state.seq || $('#result').dataset.state === 'error') return;
      renderAdvice(a);
    }, (e) => {
      if (seq !== state.seq || (e && e.name === 'AbortError')) return;
      const adv = $('#advice');
      setResultState(adv, 'error');
      fill(adv, h('p', { class: 'error' }, 'Không lấy được gợi ý (HTTP ' + (e.status || '—') + '): ' + e.message));
    });
  }

  function criterionLabel(code) {
    const c = state.leafByCode.get(code);
    if (c) return c.label;
    let found = null;
    if (state.set) {
      for (const p of state.set.parts || []) for (const g of p.groups || []) {
        walkCriteria(g.criteria, (x) => { if (x.code === code) found = x; });
      }
    }
    return found ? found.label : '';
  }

  function failedMinimumItems(r) {
    const items = [];
    const fm = r.failedMinimums || {};
    for (let s = Number(r.stars) + 1; s <= Number(r.bandStars); s++) {
      for (const m of fm[String(s)] || []) {
        items.push(h('li', {
          'data-criterion': m.criterion, 'data-stars': t(m.stars || s), 'data-required': t(m.required),
          'data-actual': t(m.actual), 'data-rule': m.rule,
        },
        h('span', { class: 'lvl' }, t(m.stars || s) + '★'), ' ',
        h('strong', null, 'Tiêu chí ' + m.criterion), ' ', criterionLabel(m.criterion), ': ',
        'cần ', h('span', { class: 'req' }, t(m.required)), ' điểm',
        m.markedOption !== undefined ? ' (phương án ' + t(m.markedOption) + ')' : '',
        ', hiện có ', h('span', { class: 'act' }, t(m.actual)), ' ',
        h('span', { class: 'rule' }, 'quy tắc ' + t(m.rule))));
      }
    }
    return items;
  }

  function resultNotes(r) {
    const out = [];
    if (r.explanation && r.explanation.summary) out.push(h('p', { class: 'summary' }, en(r.explanation.summary)));
    for (const s of r.stops || []) {
      out.push(h('p', { class: 'stop' }, h('strong', null, 'Quy tắc dừng: '), s.text || s.rule, ' ', en(s.rule)));
    }
    for (const d of r.disqualifications || []) {
      out.push(h('p', { class: 'stop' }, h('strong', null, 'Hồ sơ bị loại: '), d.label || d.finding, ' ', en(d.rule)));
    }
    const rec = r.recognition;
    if (rec) {
      out.push(h('p', { class: 'recognition' }, 'Thẩm quyền công nhận: ', rec.authority || t(rec.level),
        rec.expires ? ' · giấy chứng nhận hết hạn ' + t(rec.expires) : '', ' ',
        en('recognition: ' + t(rec.level) + (rec.dateAssumed ? ', date assumed ' + t(rec.recognitionDate) : ''))));
    }
    for (const w of r.warnings || []) out.push(h('p', { class: 'warning' }, '⚠ ', typeof w === 'string' ? w : JSON.stringify(w)));
    return out;
  }

  function renderResult(r) {
    const el = $('#result');
    for (const p of ['A', 'B', 'C']) {
      setText('part-' + p, t(r.parts && r.parts[p]));
      setText('part-' + p + '-max', t(r.partMaxima && r.partMaxima[p]));
    }
    setText('total', t(r.total));
    setText('max-total', t(r.maxTotal));
    setText('band-stars', t(r.bandStars));
    setText('stars', t(r.stars));
    setText('stars-glyphs', glyphs(r.stars));
    $('#ocop-product').textContent = r.ocopProduct ? 'Đạt sản phẩm OCOP (3–5 sao)' : 'Chưa đạt sản phẩm OCOP';
    $('#ocop-product').className = 'verdict ' + (r.ocopProduct ? 'yes' : 'no');
    if (r.product && r.product.name) setText('result-product', r.product.name);
    const items = failedMinimumItems(r);
    fill($('#failed-minimums'), ...items);
    setText('failed-minimums-none', items.length ? '' : 'Không có tiêu chí nào giữ sản phẩm dưới hạng theo điểm.');
    fill($('#result-notes'), ...resultNotes(r));
    const crit = r.criteria || {};
    for (const a of document.querySelectorAll('#sheet [data-awarded]')) {
      const v = crit[a.dataset.awarded];
      a.textContent = v === undefined ? '' : ' → ' + t(v) + ' điểm';
    }
    setStatus('#result-status', '');
    setResultState(el, 'ok');
  }

  function optionText(code, cas, position) {
    const c = state.leafByCode.get(code);
    if (!c) return '';
    let opts = c.options || [];
    if (c.selection === 'CASES') {
      const k = (c.cases || []).find((x) => x.code === cas);
      opts = k ? k.options || [] : [];
    }
    const o = opts.find((x) => Number(x.position) === Number(position));
    return o ? o.label : (Number(position) === 0 ? 'không đạt' : '');
  }

  function changeValue(ch) {
    const c = state.leafByCode.get(ch.criterion);
    if (!c) return null;
    if (c.selection === 'YES_NO') return yesNoValue(ch.option);
    if (c.selection === 'CASES') return Number(ch.option) === 0 ? '0' : (ch.case || '') + ':' + t(ch.option);
    return t(ch.option);
  }

  function renderChange(ch) {
    const opt = (cas, pos) => (cas ? cas + ':' : '') + t(pos);
    return h('li', { 'data-criterion': ch.criterion, 'data-option': changeValue(ch) },
      h('strong', null, ch.criterion), ' ', criterionLabel(ch.criterion), ': phương án ',
      opt(null, ch.fromOption), ' (' + t(ch.fromPoints) + ' đ) → ',
      h('strong', null, opt(ch.case, ch.option)), ' (' + t(ch.points) + ' đ)',
      h('span', { class: 'olabel-small' }, optionText(ch.criterion, ch.case, ch.option)));
  }

  function renderAdvice(a) {
    const adv = $('#advice');
    const targets = [...(a.targets || []), ...(a.unreachable || [])].sort((x, y) => Number(x.stars) - Number(y.stars));
    const out = [];
    if (!targets.length) {
      out.push(h('p', { class: 'muted' }, 'Sản phẩm đã đạt hạng cao nhất; không có gợi ý. ', en('already 5★')));
    }
    targets.forEach((tg, idx) => {
      const box = h('div', { class: 'target' + (idx === 0 ? ' next' : ''), 'data-stars': t(tg.stars),
        'data-reachable': String(!!tg.reachable) });
      if (!tg.reachable) {
        box.append(h('p', null, h('strong', null, 'Lên ' + t(tg.stars) + '★: '), 'không thể đạt bằng cách đổi câu trả lời. ',
          en(tg.reason)));
      } else {
        const best = (tg.proposals && tg.proposals[0]) || null;
        const changes = tg.changes || (best ? best.changes : []) || [];
        box.append(h('p', null, h('strong', null, (idx === 0 ? 'Hạng kế tiếp ' : 'Lên ') + t(tg.stars) + '★: '),
          changes.length + ' thay đổi',
          best ? ' → tổng ' + t(best.totalAfter) + ', ' + t(best.starsAfter) + '★' : ''));
        box.append(h('ol', { class: 'changes' }, changes.map(renderChange)));
        if (!state.council) {
          box.append(h('button', { type: 'button', class: 'small', onclick: () => applyChanges(changes) },
            'Áp dụng vào phiếu ', en('apply')));
        }
        const alts = (tg.proposals || []).slice(1);
        alts.forEach((pr, i) => {
          box.append(h('details', { class: 'alt' }, h('summary', null, 'Phương án khác ' + (i + 2) + ': '
            + (pr.changes || []).length + ' thay đổi → tổng ' + t(pr.totalAfter) + ', ' + t(pr.starsAfter) + '★'),
          h('ol', { class: 'changes' }, (pr.changes || []).map(renderChange))));
        });
      }
      out.push(box);
    });
    fill(adv, ...out);
    setResultState(adv, 'ok');
  }

  function applyChanges(changes) {
    for (const ch of changes) {
      const v = changeValue(ch);
      if (v !== null) state.single.answers[ch.criterion] = v;
    }
    const form = $('#sheet');
    if (form) syncChecks(form, null);
    onAnswersChanged();
  }

  // ---------------------------------------------------------------- problems

  function clearProblems() {
    const p = $('#problems');
    fill(p);
    p.hidden = true;
  }

  function showProblems(e, context) {
    const p = $('#problems');
    const problem = e && e.problem;
    const items = [];
    for (const pr of (problem && Array.isArray(problem.problems) ? problem.problems : [])) {
      let who = '';
      if (pr.sheet !== undefined && state.council) {
        const m = state.members[Number(pr.sheet)];
        who = m ? (m.name || 'Thành viên ' + (Number(pr.sheet) + 1)) + ': ' : 'Phiếu ' + t(pr.sheet) + ': ';
      }
      const li = h('li', { 'data-code': pr.code, 'data-criterion': pr.criterion, 'data-path': pr.path },
        who, pr.message || pr.code || JSON.stringify(pr));
      if (pr.criterion) {
        const member = pr.sheet !== undefined && state.council ? Number(pr.sheet) + 1 : null;
        li.append(' ', h('button', { type: 'button', class: 'link', onclick: () => focusCriterion(pr.criterion, member) },
          'xem tiêu chí ' + pr.criterion));
      }
      items.push(li);
    }
    fill(p,
      h('h2', null, 'Lỗi', e && e.status ? ' (HTTP ' + e.status + ')' : '', ' ', en(context || '')),
      problem && problem.title ? h('p', { class: 'title' }, problem.title) : null,
      h('p', { class: 'detail' }, (e && e.message) || String(e)),
      items.length ? h('ul', { class: 'problem-list' }, items) : null);
    p.hidden = false;
  }

  function focusCriterion(code, member) {
    if (member && state.council) selectMember(member);
    const fs = document.getElementById(prefixOf(member) + 'crit-' + code);
    if (!fs) return;
    fs.scrollIntoView({ block: 'center' });
    const input = fs.querySelector('input:checked') || fs.querySelector('input');
    if (input) input.focus({ preventScroll: true });
  }

  // ---------------------------------------------------------------- council

  function defaultName(k) { return 'Thành viên ' + k; }

  function enterCouncil() {
    state.council = true;
    if (state.members.length < 2) {
      state.members = [
        { name: defaultName(1), answers: Object.assign({}, state.single.answers) },
        { name: defaultName(2), answers: {} },
      ];
    }
    state.activeMember = 1;
    const b = $('#mode-council');
    b.setAttribute('aria-pressed', 'true');
    fill(b, 'Chế độ Hội đồng: bật ', en('Council mode on'));
    $('#result').hidden = true;
    $('#council-result').hidden = false;
    $('#council-bar').hidden = false;
    renderTabs();
    document.body.classList.add('council');
    state.seq++;
    if (state.ctrl) state.ctrl.abort();
    if (state.set && state.shown === state.setCode) renderForms();
    clearProblems();
    onAnswersChanged();
  }

  function leaveCouncil() {
    state.council = false;
    const b = $('#mode-council');
    b.setAttribute('aria-pressed', 'false');
    fill(b, 'Chế độ Hội đồng ', en('Council mode'));
    $('#result').hidden = false;
    $('#council-result').hidden = true;
    $('#council-bar').hidden = true;
    document.body.classList.remove('council');
    state.cseq++;
    if (state.cctrl) state.cctrl.abort();
    if (state.set && state.shown === state.setCode) renderForms();
    clearProblems();
    onAnswersChanged();
  }

  function renderTabs() {
    const tabs = $('#member-tabs');
    fill(tabs);
    state.members.forEach((m, i) => {
      const k = i + 1;
      const missing = missingOf(m.answers).length;
      tabs.append(h('button', {
        type: 'button', role: 'tab', id: 'member-tab-' + k, 'aria-controls': 'member-' + k,
        'aria-selected': String(k === state.activeMember), tabindex: k === state.activeMember ? '0' : '-1',
        'data-member': k, onclick: () => selectMember(k), onkeydown: tabKeys,
      }, h('span', { class: 'tab-name' }, m.name || defaultName(k)), ' ',
      h('span', { class: 'badge' + (missing ? '' : ' done'), id: 'member-missing-' + k,
        title: missing ? missing + ' tiêu chí chưa chấm' : 'Đã chấm đủ' }, missing ? String(missing) : '✓')));
    });
  }

  function tabKeys(ev) {
    const n = state.members.length;
    let k = state.activeMember;
    if (ev.key === 'ArrowRight') k = k % n + 1;
    else if (ev.key === 'ArrowLeft') k = (k + n - 2) % n + 1;
    else if (ev.key === 'Home') k = 1;
    else if (ev.key === 'End') k = n;
    else return;
    ev.preventDefault();
    selectMember(k);
    const tab = document.getElementById('member-tab-' + k);
    if (tab) tab.focus();
  }

  function selectMember(k) {
    state.activeMember = k;
    for (const tab of document.querySelectorAll('#member-tabs [role=tab]')) {
      const on = Number(tab.dataset.member) === k;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
    }
    for (const panel of document.querySelectorAll('.member-panel')) {
      panel.hidden = Number(panel.dataset.member) !== k;
    }
  }

  function renderMemberPanel(k) {
    const m = state.members[k - 1];
    const role = k === 1 ? 'CHAIR' : 'MEMBER';
    const nameInput = h('input', { type: 'text', id: 'member-name-' + k, class: 'member-name', value: m.name,
      'data-member': k, autocomplete: 'off', maxlength: '120' });
    nameInput.addEventListener('input', () => {
      m.name = nameInput.value;
      const tn = document.querySelector('#member-tab-' + k + ' .tab-name');
      if (tn) tn.textContent = m.name || defaultName(k);
      invalidate();
      debounce('council-name', onAnswersChanged, 400);
    });
    const tools = h('div', { class: 'member-tools' });
    if (k > 1) {
      tools.append(h('button', { type: 'button', class: 'small', onclick: () => copyAnswers(1, k) },
        'Chép câu trả lời của thành viên 1 ', en('copy member 1\'s answers')));
    }
    if (state.members.length > 2) {
      tools.append(h('button', { type: 'button', class: 'small danger', id: 'remove-member-' + k,
        onclick: () => removeMember(k) }, 'Bỏ thành viên này ', en('remove')));
    }
    return h('section', {
      class: 'member-panel', role: 'tabpanel', id: 'member-' + k, 'aria-labelledby': 'member-tab-' + k,
      'data-member': k, 'data-role': role, hidden: k !== state.activeMember,
    },
    h('div', { class: 'member-head card' },
      h('div', { class: 'field' },
        h('label', { for: 'member-name-' + k }, 'Họ tên thành viên ' + k + ' ', en('member name')), nameInput),
      h('p', { class: 'role' }, 'Vai trò: ', h('strong', null, SET_ROLES[role]), ' ', en(role)),
      tools),
    renderSheet(k));
  }

  function addMember() {
    const k = state.members.length + 1;
    state.members.push({ name: defaultName(k), answers: {} });
    state.activeMember = k;
    renderTabs();
    if (state.set && state.shown === state.setCode) renderForms();
    const tab = document.getElementById('member-tab-' + k);
    if (tab) tab.focus();
    onAnswersChanged();
  }

  function removeMember(k) {
    if (state.members.length <= 2) return;
    state.members.splice(k - 1, 1);
    state.activeMember = Math.min(k, state.members.length);
    renderTabs();
    if (state.set && state.shown === state.setCode) renderForms();
    onAnswersChanged();
  }

  function copyAnswers(from, to) {
    state.members[to - 1].answers = Object.assign({}, state.members[from - 1].answers);
    const form = document.getElementById('sheet-m' + to);
    if (form) syncChecks(form, to);
    onAnswersChanged();
  }

  function clearCouncil(st) {
    const mark = st === 'loading' ? '…' : '—';
    for (const p of ['A', 'B', 'C']) { setText('council-part-' + p, mark); setText('council-part-' + p + '-max', '—'); }
    setText('council-total', mark);
    setText('council-max-total', '—');
    setText('council-band-stars', mark);
    setText('council-final-stars', mark);
    setText('council-stars-glyphs', '');
    setText('council-product', '');
    const sp = $('#council-spread');
    fill(sp);
    sp.dataset.exceeded = '';
    fill($('#council-members tbody'));
    fill($('#council-failed-minimums'));
    fill($('#council-notes'));
    setResultState($('#council-result'), st);
    setStatus('#council-status', {
      incomplete: 'Mọi thành viên chấm đủ mọi tiêu chí thì hội đồng mới có kết quả.',
      loading: 'Đang tính kết quả hội đồng…', error: 'Không tính được kết quả hội đồng — xem lỗi ở trên.',
    }[st] || '');
  }

  function councilChanged() {
    if (!state.council || !state.set) return;
    const seq = ++state.cseq;
    if (state.cctrl) state.cctrl.abort();
    state.cctrl = null;
    clearProblems();
    let total = 0;
    state.members.forEach((m, i) => {
      const missing = missingOf(m.answers).length;
      total += missing;
      const badge = document.getElementById('member-missing-' + (i + 1));
      if (badge) {
        badge.textContent = missing ? String(missing) : '✓';
        badge.className = 'badge' + (missing ? '' : ' done');
        badge.title = missing ? missing + ' tiêu chí chưa chấm' : 'Đã chấm đủ';
      }
    });
    setText('council-unanswered', String(total));
    $('#council-unanswered').dataset.count = String(total);
    if (total > 0 || state.members.length < 2) { clearCouncil('incomplete'); return; }
    clearCouncil('loading');
    const sitting = {
      level: 'PROVINCE',
      members: state.members.map((m, i) => ({
        name: (m.name || '').trim(), role: i === 0 ? 'CHAIR' : 'MEMBER', sheet: buildSheet(m.answers),
      })),
    };
    const ctrl = new AbortController();
    state.cctrl = ctrl;
    api('POST', 'v1/councils', sitting, ctrl.signal).then((r) => {
      if (seq !== state.cseq) return;
      renderCouncil(r);
    }, (e) => {
      if (seq !== state.cseq || (e && e.name === 'AbortError')) return;
      clearCouncil('error');
      showProblems(e, 'Hội đồng (POST /v1/councils)');
    });
  }

  function renderCouncil(r) {
    const c = r.council || {};
    for (const p of ['A', 'B', 'C']) {
      setText('council-part-' + p, t(r.parts && r.parts[p]));
      setText('council-part-' + p + '-max', t(r.partMaxima && r.partMaxima[p]));
    }
    setText('council-total', t(r.total));
    setText('council-max-total', t(r.maxTotal));
    setText('council-band-stars', t(r.bandStars));
    setText('council-final-stars', t(r.stars));
    setText('council-stars-glyphs', glyphs(r.stars));
    if (r.product && r.product.name) setText('council-product', r.product.name);

    const sp = $('#council-spread');
    sp.dataset.exceeded = String(!!c.spreadExceeded);
    const pairs = c.spreadPairs || [];
    fill(sp,
      h('p', null, 'Chênh lệch tổng điểm giữa các thành viên: ', h('strong', { class: 'num', id: 'council-spread-value' }, t(c.spread)),
        ' điểm (thấp nhất ' + t(c.lowestTotal) + ', cao nhất ' + t(c.highestTotal) + '; cho phép tối đa ' + t(c.maxSpread) + '). ',
        h('strong', { class: c.spreadExceeded ? 'bad' : 'good', id: 'council-spread-exceeded' },
          c.spreadExceeded ? 'Vượt mức cho phép' : 'Trong mức cho phép'), ' ',
        en(c.spreadExceeded ? 'spread exceeded' : 'spread within the limit')),
      pairs.length
        ? h('ul', { class: 'pairs', id: 'council-spread-pairs' }, pairs.map((pr) => h('li', {
          'data-first': pr.first, 'data-second': pr.second, 'data-difference': t(pr.difference),
        }, pr.first + ' – ' + pr.second + ': lệch ' + t(pr.difference) + ' điểm')))
        : h('p', { class: 'muted' }, 'Không có cặp thành viên nào lệch quá mức cho phép.'));

    const rows = (c.seats || []).map((s) => h('tr', { 'data-name': s.name, 'data-role': s.role, 'data-status': s.status },
      h('td', null, s.name),
      h('td', null, SET_ROLES[s.role] || s.role, ' ', en(s.role)),
      h('td', { class: 'num' }, s.total !== undefined ? t(s.total) : (s.status || ''))));
    fill($('#council-members tbody'), ...rows);

    const items = failedMinimumItems(r);
    fill($('#council-failed-minimums'), ...items);
    const out = [];
    out.push(h('p', null, 'Hoàn thành: ' + (c.completion || '') + (c.complete ? ' — đủ' : ' — chưa đủ'),
      ' · số thành viên tối thiểu ' + t(c.quorum) + (c.quorumMet ? ' (đạt)' : ' (chưa đạt)'), ' ',
      en('markers on ' + (c.markerBasis || '') + ', rounding ' + (c.rounding || ''))));
    out.push(h('p', { class: 'verdict ' + (r.ocopProduct ? 'yes' : 'no') },
      r.ocopProduct ? 'Đạt sản phẩm OCOP (3–5 sao)' : 'Chưa đạt sản phẩm OCOP'));
    out.push(...resultNotes(r));
    fill($('#council-notes'), ...out);
    setStatus('#council-status', '');
    setResultState($('#council-result'), 'ok');
  }

  // ---------------------------------------------------------------- events

  /** A text field changed: the shown result no longer matches the sheet; drop it until the re-post. */
  function invalidate() {
    if (!state.set || state.shown !== state.setCode) return;
    if (state.council) {
      state.cseq++;
      if (state.cctrl) state.cctrl.abort();
      if ($('#council-result').dataset.state === 'ok') clearCouncil('loading');
    } else {
      state.seq++;
      if (state.ctrl) state.ctrl.abort();
      if ($('#result').dataset.state === 'ok') clearResult('loading');
    }
  }

  const timers = {};
  function debounce(key, fn, ms) {
    clearTimeout(timers[key]);
    timers[key] = setTimeout(fn, ms);
  }

  function onRadioChange(ev) {
    const input = ev.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'radio' || !input.checked) return;
    const member = input.dataset.member ? Number(input.dataset.member) : null;
    if (member && !state.members[member - 1]) return;
    answersOf(member)[input.dataset.criterion] = input.value;
    const fs = input.closest('fieldset.criterion');
    if (fs) fs.classList.add('answered');
    onAnswersChanged();
  }

  function gotoUnanswered() {
    const missing = missingOf(state.single.answers);
    if (missing.length) focusCriterion(missing[0].code, null);
  }

  function resetAnswers() {
    if (state.council) {
      const m = state.members[state.activeMember - 1];
      if (m) m.answers = {};
    } else {
      state.single.answers = {};
    }
    if (state.set && state.shown === state.setCode) renderForms();
    onAnswersChanged();
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('#category').addEventListener('change', onCategory);
    $('#group').addEventListener('change', onGroup);
    $('#subgroup').addEventListener('change', onSubgroup);
    $('#sheets').addEventListener('change', onRadioChange);
    $('#product-name').addEventListener('input', () => { invalidate(); debounce('product', onAnswersChanged, 400); });
    $('#add-member').addEventListener('click', addMember);
    $('#mode-council').addEventListener('click', () => (state.council ? leaveCouncil() : enterCouncil()));
    $('#reset-answers').addEventListener('click', resetAnswers);
    $('#print-page').addEventListener('click', () => window.print());
    $('#goto-unanswered').addEventListener('click', gotoUnanswered);
    clearResult('empty');
    clearCouncil('empty');
    loadCatalogue();
  });
})();
