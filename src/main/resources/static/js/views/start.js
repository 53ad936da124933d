// The start form: pick a demo dataset or upload a JSON or Excel problem, set the time limits and the
// weights (defaults shown), and start solving.

import { api, ApiError } from '../api.js';
import { submit } from '../actions.js';
import { datasetLabel, known, pick, t } from '../i18n.js';
import { state } from '../state.js';
import { clear, h } from '../util.js';

const $ = (id) => document.getElementById(id);
const weights = new Map();
let onSubmitted = () => {};

/*
 * Each soft weight's slider range and step, in the constraint's own unit (weights are "metres of
 * travel"): per metre of distance a handful, per unit placed outside its home or street a few
 * kilometres, stability (per unit moved from its current community) in thousands. Hard and medium
 * weights only count whole breaches, so 0–10. A weight typed into the box may go past the slider.
 */
const WEIGHT_RANGES = {
  distance: { max: 5, step: 1 },
  homeCommunity: { max: 15000, step: 500 },
  outsideStreet: { max: 10000, step: 500 },
  uncoveredNeed: { max: 10000, step: 500 },
  idleMember: { max: 5000, step: 250 },
  sizeBalance: { max: 10000, step: 250 },
  partyMemberBalance: { max: 1000, step: 10 },
  typeDiversity: { max: 5000, step: 100 },
  stability: { max: 30000, step: 1000 },
  themedPartyDay: { max: 5000, step: 100 },
  activityGap: { max: 3000, step: 50 },
  streetDailyLoad: { max: 10000, step: 500 },
  activitySpread: { max: 1000, step: 10 },
};

/** The slider of a constraint: its own range, else one around its default (a constraint added later). */
export function weightRange(c) {
  if (WEIGHT_RANGES[c.name]) return WEIGHT_RANGES[c.name];
  if (c.level !== 'SOFT') return { max: 10, step: 1 };
  const max = Math.max(10, c.defaultWeight * 5);
  return { max, step: Math.max(1, Math.round(max / 100)) };
}

/** Whole seconds from a field, 1 to 3600; the fallback when it holds none. */
export function readSeconds(id, fallback) {
  const value = Math.round(Number($(id).value));
  return Number.isFinite(value) && value >= 1 ? Math.min(value, 3600) : fallback;
}

export function limits() {
  return { timeLimit: readSeconds('time-limit', 30), unimprovedTimeLimit: readSeconds('unimproved-limit', 10) };
}

export function setLimits({ timeLimit, unimprovedTimeLimit }) {
  if (timeLimit) $('time-limit').value = timeLimit;
  if (unimprovedTimeLimit) $('unimproved-limit').value = unimprovedTimeLimit;
}

/** Shows the form for a problem ({doc, label}) or for a new one (null). */
export function prepare(pending) {
  state.pending = pending;
  // Solving again starts from the plan's own limits, not from whatever the form held last.
  if (pending?.limits) setLimits(pending.limits);
  weights.clear();
  for (const [name, value] of Object.entries(pending?.doc?.weights || {})) weights.set(name, value);
  $('dataset-select').value = '';
  $('file-input').value = '';
  showProblems(null);
  render();
}

export function wire(callbacks) {
  onSubmitted = callbacks.onSubmitted;
  $('dataset-select').addEventListener('change', async (e) => {
    const name = e.target.value;
    if (!name) return;
    $('file-input').value = '';
    showProblems(null);
    try {
      setPending({ doc: await api.dataset(name), label: datasetLabel(name), origin: { origin: 'DATASET', source: name } });
    } catch (error) {
      showProblems(error, 'start.submitErrors');
    }
  });
  $('file-input').addEventListener('change', async (e) => {
    const file = e.target.files[0];
    if (!file) return;
    $('dataset-select').value = '';
    showProblems(null);
    state.pending = null;
    $('problem-summary').textContent = t('start.reading');
    renderButtons();
    try {
      if (/\.json$/i.test(file.name) || file.type === 'application/json') {
        const doc = JSON.parse(await file.text());
        setPending({ doc, label: file.name, origin: { origin: 'IMPORT', source: file.name } });
      } else {
        setPending({ doc: await api.importWorkbook(file), label: file.name,
          origin: { origin: 'IMPORT', source: file.name } });
      }
    } catch (error) {
      $('problem-summary').textContent = '';
      if (error instanceof ApiError) {
        showProblems(error, 'start.importErrors');
      } else {
        showProblems(new ApiError(400, { title: file.name, detail: error.message }), 'start.importErrors');
      }
    }
  });
  $('reset-weights').addEventListener('click', () => {
    weights.clear();
    renderWeights();
  });
  $('start-button').addEventListener('click', async () => {
    if (!state.pending) return;
    const doc = { ...state.pending.doc };
    const changedWeights = {};
    for (const c of state.catalog.constraints) {
      if (weights.has(c.name) && weights.get(c.name) !== c.defaultWeight) changedWeights[c.name] = weights.get(c.name);
    }
    if (Object.keys(changedWeights).length) {
      doc.weights = changedWeights;
    } else {
      delete doc.weights;
    }
    const { timeLimit, unimprovedTimeLimit } = limits();
    $('start-button').disabled = true;
    showProblems(null);
    try {
      await submit(doc, timeLimit, unimprovedTimeLimit, state.pending.origin || {});
      onSubmitted();
    } catch (error) {
      showProblems(error, 'start.submitErrors');
    } finally {
      renderButtons();
    }
  });
}

function setPending(pending) {
  state.pending = pending;
  weights.clear();
  for (const [name, value] of Object.entries(pending.doc?.weights || {})) weights.set(name, value);
  render();
}

export function render() {
  renderDatasets();
  renderSummary();
  renderWeights();
  renderButtons();
}

function renderDatasets() {
  const select = $('dataset-select');
  const value = select.value;
  clear(select);
  select.append(h('option', { value: '' }, t('start.dataset.choose')));
  for (const name of state.catalog.datasets) select.append(h('option', { value: name }, datasetLabel(name)));
  select.value = value;
}

function renderSummary() {
  const box = $('problem-summary');
  const doc = state.pending?.doc;
  if (!doc) {
    box.textContent = '';
    return;
  }
  const pinned = (doc.organizations || []).filter((o) => o.pinned).length;
  box.textContent = t('start.summary', {
    name: doc.name || state.pending.label,
    communities: (doc.communities || []).length,
    organizations: (doc.organizations || []).length,
    calendar: doc.calendar ? t('start.summary.calendar', { year: doc.calendar.year }) : '',
  }) + (pinned ? t('start.summary.pinned', { pinned }) : '');
}

function renderButtons() {
  $('start-button').disabled = !state.pending;
}

/** The problems of a refused file or submission, each with its sheet, row and column when it has them. */
function showProblems(error, headingKey) {
  const box = $('problem-errors');
  clear(box);
  box.hidden = !error;
  if (!error) return;
  const errors = error.errors || [];
  box.append(h('p', { class: 'problems-title' }, errors.length
    ? t(headingKey, { count: errors.length }) : pick(error.problem?.detail || error.message, null)));
  if (!errors.length) return;
  const rows = errors.map((e) => h('tr', {},
    h('td', {}, e.sheet ? `${e.sheet}${e.row ? ` · ${e.row}` : ''}${e.column ? ` · ${e.column}` : ''}` : e.field || ''),
    h('td', {}, pick(e.message, e.messageEn))));
  box.append(h('table', { class: 'problem-table' }, h('tbody', {}, rows)));
}

function renderWeights() {
  const box = clear($('weights'));
  const constraints = state.catalog.constraints;
  if (!constraints.length) return;
  const soft = constraints.filter((c) => c.level === 'SOFT');
  const other = constraints.filter((c) => c.level !== 'SOFT');
  const groups = new Map();
  for (const c of soft) {
    if (!groups.has(c.group)) groups.set(c.group, { label: pick(c.groupZh, c.groupEn), items: [] });
    groups.get(c.group).items.push(c);
  }
  for (const group of groups.values()) {
    box.append(h('fieldset', { class: 'weight-group' }, h('legend', {}, group.label), group.items.map(weightRow)));
  }
  box.append(h('details', { class: 'weight-group hard' }, h('summary', {}, t('start.weights.hard')),
    other.map(weightRow)));
}

function weightRow(c) {
  const value = weights.has(c.name) ? weights.get(c.name) : c.defaultWeight;
  const { max, step } = weightRange(c);
  const row = h('div', { class: `weight${value !== c.defaultWeight ? ' changed' : ''}`, dataset: { weight: c.name } });
  const slider = h('input', { type: 'range', min: 0, max, step, value: Math.min(value, max),
    'aria-label': pick(c.zh, c.en) });
  const number = h('input', { type: 'number', min: 0, step: 1, value, class: 'weight-value', 'aria-label': pick(c.zh, c.en) });
  const update = (next) => {
    const v = Math.max(0, Math.round(Number(next) || 0));
    weights.set(c.name, v);
    slider.value = Math.min(v, max);
    number.value = v;
    row.classList.toggle('changed', v !== c.defaultWeight);
  };
  slider.addEventListener('input', () => update(slider.value));
  number.addEventListener('change', () => update(number.value));
  row.append(
    h('label', {}, pick(c.zh, c.en)),
    slider, number,
    h('span', { class: 'default' }, t('start.weights.default', { value: c.defaultWeight })),
    h('p', { class: 'explain' }, known(`weight.explain.${c.name}`) ? t(`weight.explain.${c.name}`) : '', ' ',
      h('span', { class: 'muted' }, t('start.weights.unit', { unit: pick(c.unitZh, c.unitEn) }))));
  return row;
}
