// Comparing a plan with its scope's adopted plan (已确定方案) and adopting it. Shown only when the
// service has adoption (GET /api/scopes answers); every call here tolerates its absence.

import { api, ApiError } from '../api.js';
import { refreshPlans, showError, toast } from '../actions.js';
import { formatScore } from '../format.js';
import { formatNumber, pick, t } from '../i18n.js';
import { planStatus, state } from '../state.js';
import { clear, h } from '../util.js';

let loadedKey = null;
let scopeInfo = null;
let diff = null;
let busy = false;

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
  diff = null;
  try {
    try {
      scopeInfo = await api.scope(scopeOf());
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) throw e;
    }
    const adopted = scopeInfo?.adoptedPlanId;
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

async function adopt(container) {
  try {
    const adopted = await api.adopt(state.planId);
    toast(t('diff.adoptDone', { scope: adopted.scope, revision: adopted.revision }));
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
  const button = h('button', { type: 'button', class: 'primary adopt', disabled: !finished || !!state.working || isAdopted,
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
  const summary = diff.summary;
  container.append(
    h('h3', {}, t('diff.title')),
    h('p', {}, t('diff.against', { id: diff.against?.id || scopeInfo.adoptedPlanId })),
    h('p', { class: 'diff-summary' }, t('diff.summary', summary)),
    h('p', {}, t('diff.score', { before: formatScore(diff.scoreBefore), after: formatScore(diff.scoreAfter),
      gain: formatScore(diff.scoreGain) })));
  if (diff.constraintGains?.length) {
    container.append(h('h4', {}, t('diff.constraints')), h('table', { class: 'diff-constraints' }, h('tbody', {},
      diff.constraintGains.map((g) => h('tr', {}, h('td', {}, pick(g.zh, g.en)), h('td', { class: 'num' }, formatNumber(g.before)),
        h('td', { class: 'num' }, formatNumber(g.after)),
        h('td', { class: `num ${g.gain > 0 ? 'better' : 'worse'}` }, `${g.gain > 0 ? '+' : ''}${formatNumber(g.gain)}`))))));
  }
  if (!diff.changes?.length) {
    container.append(h('p', { class: 'muted' }, t('diff.noChanges')));
    return;
  }
  container.append(h('table', { class: 'diff-changes' },
    h('thead', {}, h('tr', {}, h('th', {}, t('diff.col.organization')), h('th', {}, t('diff.col.from')),
      h('th', {}, t('diff.col.to')), h('th', {}, t('diff.col.reason')))),
    h('tbody', {}, diff.changes.map((c) => h('tr', { dataset: { org: c.organization, change: c.change } },
      h('td', {}, c.name), h('td', {}, c.fromName || '—'), h('td', {}, c.toName || '—'),
      h('td', {}, pick(c.reasonZh, c.reasonEn)))))));
}
