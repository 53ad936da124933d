// Comparing a plan with its scope's adopted plan (已确定方案) and adopting it. Shown only when the
// service has adoption (GET /api/scopes answers); every call here tolerates its absence.

import { api, ApiError } from '../api.js';
import { refreshPlans, showError, toast } from '../actions.js';
import { formatScore } from '../format.js';
import { formatNumber, formatWhen, pick, t } from '../i18n.js';
import { planStatus, state } from '../state.js';
import { clear, h, parseScore } from '../util.js';
import { openUnit } from './unit.js';

let loadedKey = null;
let scopeInfo = null;
let inForce = null;
let diff = null;
let busy = false;
// How the moves are listed: a column to sort by, its direction, a kind of change and a search.
const table = { sort: 'gain', descending: true, change: '', query: '' };

const CHANGES = ['MOVED', 'ADDED', 'REMOVED', 'ASSIGNED', 'UNASSIGNED'];

function scopeOf() {
  return state.status?.scope || state.detail?.scope || state.detail?.plan?.scope || state.detail?.plan?.name;
}

export function render(container) {
  if (!state.adoption) {
    clear(container);
    return;
  }
  const key = `${state.planId}|${planStatus()}`;
  if (key !== loadedKey && !busy) {
    load(container, key);
  }
  draw(container);
}

async function load(container, key) {
  busy = true;
  scopeInfo = null;
  inForce = null;
  diff = null;
  try {
    try {
      scopeInfo = await api.scope(scopeOf());
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) throw e;
    }
    const adopted = scopeInfo?.adoptedPlanId;
    if (adopted) {
      // Its name and time, to name it in the confirmation and the comparison.
      try {
        inForce = await api.status(adopted);
      } catch (e) {
        if (!(e instanceof ApiError && e.status === 404)) throw e;
      }
    }
    if (adopted && adopted !== state.planId && ['SOLVED', 'STOPPED'].includes(planStatus())) {
      try {
        diff = await api.diff(state.planId, adopted);
      } catch (e) {
        if (!(e instanceof ApiError && (e.status === 404 || e.status === 409))) throw e;
      }
    }
  } catch (e) {
    showError(e);
  } finally {
    loadedKey = key;
    busy = false;
  }
  draw(container);
}

/** "“垫江县…” (11/29 20:36)": how a plan is named to a planner, never by its id. */
function planName(name, submittedAt) {
  const when = formatWhen(submittedAt);
  return when ? t('diff.planWhen', { name, when }) : t('diff.plan', { name });
}

function thisPlan() {
  const status = state.status || state.detail;
  return planName(status?.name || '', status?.submittedAt);
}

function inForceName() {
  const side = diff?.against;
  if (side?.name) return planName(side.name, side.submittedAt);
  return inForce ? planName(inForce.name, inForce.submittedAt) : t('plans.otherPlan');
}

async function adopt(container) {
  const scope = scopeOf();
  const replaces = scopeInfo?.adoptedPlanId && scopeInfo.adoptedPlanId !== state.planId;
  const question = replaces
    ? t('diff.adoptConfirm', { plan: thisPlan(), scope, current: inForceName() })
    : t('diff.adoptConfirmFirst', { plan: thisPlan(), scope });
  if (!window.confirm(question)) return;
  try {
    const adopted = await api.adopt(state.planId);
    toast(t('diff.adoptDone', { plan: thisPlan(), scope: adopted.scope, revision: adopted.revision }));
    loadedKey = null;
    await refreshPlans();
    render(container);
  } catch (e) {
    showError(e);
  }
}

function draw(container) {
  clear(container);
  const scope = scopeOf();
  const finished = ['SOLVED', 'STOPPED'].includes(planStatus());
  const isAdopted = scopeInfo?.adoptedPlanId === state.planId;
  const button = h('button', { type: 'button', class: 'primary adopt needs-approver', disabled: !finished || !!state.working || isAdopted,
    onclick: () => adopt(container) }, t('diff.adopt'));
  const notes = [];
  if (!finished) notes.push(t('diff.notFinished'));
  if (state.working) notes.push(t('diff.edited'));
  container.append(h('div', { class: 'toolbar' }, button, notes.map((n) => h('span', { class: 'muted' }, n))));
  if (busy && !scopeInfo) return;
  if (isAdopted) {
    container.append(h('p', { class: 'adopted-note' }, t('diff.adopted', { scope })));
    return;
  }
  if (!scopeInfo?.adoptedPlanId) {
    container.append(h('p', { class: 'muted' }, t('diff.noneAdopted', { scope })));
    return;
  }
  if (!diff) return;
  container.append(
    h('h3', {}, t('diff.title')),
    h('p', { class: 'diff-against' }, t('diff.against', { plan: thisPlan(), current: inForceName() })),
    h('p', { class: 'diff-summary' }, t('diff.summary', diff.summary)),
    scores(),
    diff.scoreChange ? h('p', { class: `diff-verdict ${diff.scoreChange.verdict.toLowerCase()}` },
      pick(diff.scoreChange.zh, diff.scoreChange.en)) : null,
    principleChanges());
  if (diff.constraintGains?.length) {
    container.append(h('h4', {}, t('diff.constraints')), h('table', { class: 'diff-constraints' },
      h('thead', {}, h('tr', {}, h('th', {}, t('diff.col.constraint')), h('th', { class: 'num' }, t('diff.col.before')),
        h('th', { class: 'num' }, t('diff.col.after')), h('th', { class: 'num' }, t('diff.col.gain')))),
      h('tbody', {}, diff.constraintGains.map((g) => h('tr', {}, h('td', {}, pick(g.zh, g.en)),
        h('td', { class: 'num' }, formatNumber(g.before)), h('td', { class: 'num' }, formatNumber(g.after)),
        h('td', { class: `num ${g.gain > 0 ? 'better' : 'worse'}` }, `${g.gain > 0 ? '+' : ''}${formatNumber(g.gain)}`))))));
  }
  if (!diff.changes?.length) {
    container.append(h('p', { class: 'muted' }, t('diff.noChanges')));
    return;
  }
  container.append(h('h4', {}, t('diff.moves')), movesTable());
}

/**
 * The plan in force as it was solved, as it scores today on this plan's problem, and this plan. The
 * first two differ when the master data changed since it was solved (a new blackout, a unit moved).
 */
function scores() {
  const solved = diff.against?.score;
  const changedSince = solved && solved !== diff.scoreBefore;
  return h('table', { class: 'diff-scores' },
    h('thead', {}, h('tr', {}, h('th', {}, t('diff.col.plan')), h('th', {}, t('diff.col.score')))),
    h('tbody', {},
      solved ? h('tr', { dataset: { score: 'solved' } }, h('td', {}, t('diff.score.solved', { plan: inForceName() })),
        h('td', {}, formatScore(solved))) : null,
      h('tr', { dataset: { score: 'before' } }, h('td', {}, t('diff.score.today', { plan: inForceName() })),
        h('td', {}, formatScore(diff.scoreBefore))),
      h('tr', { dataset: { score: 'after' } }, h('td', {}, t('diff.score.this', { plan: thisPlan() })),
        h('td', {}, formatScore(diff.scoreAfter))),
      h('tr', { dataset: { score: 'gain' } }, h('td', {}, t('diff.score.gain')), h('td', {}, formatScore(diff.scoreGain)))),
    changedSince ? h('caption', { class: 'muted' }, t('diff.score.changedSince')) : null);
}

/** Each principle's change in km-equivalent (those that change). */
function principleChanges() {
  const rows = (diff.scoreChange?.principles || []).filter((p) => p.soft || p.hard || p.medium);
  if (!rows.length) return null;
  return h('table', { class: 'principle-table diff-principles' },
    h('thead', {}, h('tr', {}, h('th', {}, t('analysis.col.principle')), h('th', { class: 'num' }, t('diff.col.gainKm')))),
    h('tbody', {}, rows.map((p) => h('tr', { dataset: { principle: p.code } }, h('td', {}, pick(p.zh, p.en)),
      h('td', { class: `num ${p.soft > 0 ? 'better' : p.soft < 0 ? 'worse' : ''}` },
        `${p.km > 0 ? '+' : ''}${formatNumber(p.km, 1)}`)))));
}

/** A score as one number to sort by: hard, then medium, then soft. */
function rank(score) {
  const s = parseScore(score);
  return s ? [s.hard, s.medium, s.soft] : [0, 0, 0];
}

const COLUMNS = {
  name: (c) => c.name || '',
  change: (c) => t(`diff.change.${c.change}`),
  from: (c) => c.fromName || '',
  to: (c) => c.toName || '',
  gain: (c) => rank(c.gain),
};

function compare(a, b) {
  if (Array.isArray(a)) {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
    return 0;
  }
  return a.localeCompare(b, 'zh-CN');
}

function movesTable() {
  const wrapper = h('div', { class: 'diff-moves' });
  const query = h('input', { type: 'search', class: 'moves-search', placeholder: t('diff.filter.search'),
    value: table.query, 'aria-label': t('diff.filter.search') });
  const kind = h('select', { class: 'moves-change', 'aria-label': t('diff.col.change') },
    h('option', { value: '' }, t('diff.filter.all')),
    CHANGES.filter((c) => diff.changes.some((x) => x.change === c))
      .map((c) => h('option', { value: c, selected: table.change === c }, t(`diff.change.${c}`))));
  const body = h('tbody');
  const count = h('span', { class: 'muted moves-count' });
  const head = h('tr');
  const headers = [['name', 'diff.col.organization'], ['change', 'diff.col.change'], ['from', 'diff.col.from'],
    ['to', 'diff.col.to'], ['gain', 'diff.col.gainScore'], [null, 'diff.col.reason']];
  const fill = () => {
    const q = table.query.trim().toLowerCase();
    const rows = diff.changes.filter((c) => (!table.change || c.change === table.change)
      && (!q || [c.name, c.fromName, c.toName].some((x) => x && x.toLowerCase().includes(q))));
    const key = COLUMNS[table.sort];
    rows.sort((a, b) => compare(key(a), key(b)) * (table.descending ? -1 : 1));
    clear(body).append(...rows.map((c) => h('tr', { dataset: { org: c.organization, change: c.change } },
      h('td', {}, c.change === 'REMOVED' ? c.name : h('button', { type: 'button', class: 'link open-unit',
        dataset: { org: c.organization }, onclick: () => openUnit(c.organization) }, c.name)),
      h('td', {}, t(`diff.change.${c.change}`)), h('td', {}, c.fromName || '—'),
      h('td', {}, c.toName || '—'), h('td', { class: 'num' }, gainText(c.gain)),
      h('td', {}, pick(c.reasonZh, c.reasonEn)))));
    count.textContent = t('diff.filter.count', { shown: rows.length, total: diff.changes.length });
    clear(head).append(...headers.map(([column, label]) => h('th', column ? {
      class: `sortable${table.sort === column ? (table.descending ? ' desc' : ' asc') : ''}`,
      dataset: { sort: column },
      'aria-sort': table.sort === column ? (table.descending ? 'descending' : 'ascending') : 'none',
      onclick: () => {
        table.descending = table.sort === column ? !table.descending : column === 'gain';
        table.sort = column;
        fill();
      },
    } : {}, t(label))));
  };
  query.addEventListener('input', () => {
    table.query = query.value;
    fill();
  });
  kind.addEventListener('change', () => {
    table.change = kind.value;
    fill();
  });
  fill();
  wrapper.append(h('div', { class: 'toolbar' }, query, kind, count),
    h('table', { class: 'diff-changes' }, h('thead', {}, head), body));
  return wrapper;
}

/** The soft part of a change's gain, signed; its hard or medium part when it has one. */
function gainText(gain) {
  const s = parseScore(gain);
  if (!s) return '';
  const signed = (n) => `${n > 0 ? '+' : ''}${formatNumber(n)}`;
  if (s.hard) return `${t('score.hard')} ${signed(s.hard)}`;
  if (s.medium) return `${t('score.medium')} ${signed(s.medium)}`;
  return signed(s.soft);
}
