// What the planner does: open, submit, stop and poll plans; pin and move organizations and score the
// changed plan at once (POST /api/plans/analysis, no solving); re-solve from there; export.

import { api, ApiError, download, downloadPosted, saveBlob } from './api.js';
import { t, pick } from './i18n.js';
import { canEdit, changed, currentDoc, state } from './state.js';
import { deepCopy } from './util.js';

let pollTimer = null;
let pollBusy = false;
let pollTick = 0;
let openToken = 0;

export async function refreshPlans() {
  state.plans = await api.plans(state.showArchived);
  changed('plans');
}

export function isRunning(status = state.status?.status) {
  return status === 'QUEUED' || status === 'SOLVING';
}

export async function openPlan(id) {
  const token = ++openToken;
  stopPolling();
  Object.assign(state, { planId: id, status: null, detail: null, analysis: null, kpiHistory: [] });
  resetEdits(false);
  history.replaceState(null, '', id ? `#plan=${id}` : '#');
  changed('plan');
  if (!id) return;
  try {
    const detail = await api.plan(id);
    if (token !== openToken) return;
    state.detail = detail;
    state.status = detail;
    changed('plan');
    changed('status');
    if (isRunning()) {
      startPolling();
    } else {
      await loadAnalysis();
    }
  } catch (e) {
    showError(e);
  }
}

function startPolling() {
  stopPolling();
  pollTick = 0;
  pollTimer = setInterval(poll, 1000);
}

function stopPolling() {
  if (pollTimer) clearInterval(pollTimer);
  pollTimer = null;
}

/** The light status every second; the full plan (progress, assignment) every other second, and at the end. */
async function poll() {
  const id = state.planId;
  if (!id || pollBusy) return;
  pollBusy = true;
  try {
    const status = await api.status(id);
    if (id !== state.planId) return;
    state.status = status;
    if (status.kpis) state.kpiHistory.push({ millis: status.timeSpentMillis, kpis: status.kpis });
    changed('status');
    pollTick += 1;
    const finished = !isRunning(status.status);
    const listed = state.plans.find((p) => p.id === id);
    if (listed && listed.status !== status.status) refreshPlans();
    if (finished || pollTick === 1 || pollTick % 2 === 0) {
      const detail = await api.plan(id);
      if (id !== state.planId) return;
      state.detail = detail;
      changed('plan');
    }
    if (finished) {
      stopPolling();
      await loadAnalysis();
      await refreshPlans();
    } else if (state.tab === 'analysis' && pollTick % 5 === 0) {
      await loadAnalysis();
    }
  } catch (e) {
    showError(e);
  } finally {
    pollBusy = false;
  }
}

export async function loadAnalysis() {
  const id = state.planId;
  if (!id || !state.detail) return;
  try {
    const analysis = await api.analysis(id);
    if (id === state.planId) {
      state.analysis = analysis;
      changed('analysis');
    }
  } catch (e) {
    showError(e);
  }
}

/** Submits a problem; throws the ApiError of a bad one so the start form can list its problems. */
export async function submit(doc, timeLimit, unimprovedTimeLimit, origin = {}) {
  const body = deepCopy(doc);
  delete body.score;
  const submitted = await api.submit(body, timeLimit, unimprovedTimeLimit, origin);
  toast(t('toast.started'));
  await refreshPlans();
  await openPlan(submitted.id);
  return submitted;
}

export async function stop() {
  if (!state.planId) return;
  try {
    state.status = await api.stop(state.planId);
    toast(t('toast.stopped'));
    changed('status');
  } catch (e) {
    showError(e);
  }
}

// ---- editing by hand ----

function working() {
  if (!state.working) {
    state.working = deepCopy(state.detail.plan);
    delete state.working.score;
  }
  return state.working;
}

function organization(id) {
  return working().organizations.find((o) => o.id === id);
}

/** Pins an organization where it is, or unpins it. */
export function togglePin(id) {
  if (!canEdit()) return;
  const o = organization(id);
  if (!o || !o.community) return;
  if (o.pinned) {
    delete o.pinned;
  } else {
    o.pinned = true;
  }
  state.edits += 1;
  scoreWorking();
}

/** Moves an organization to a community (null: leaves it unassigned). */
export function move(id, communityId) {
  if (!canEdit()) return;
  const o = organization(id);
  if (!o || (o.community || null) === (communityId || null)) return;
  if (communityId) {
    o.community = communityId;
  } else {
    delete o.community;
    delete o.pinned;
  }
  state.edits += 1;
  scoreWorking();
}

export function resetEdits(notify = true) {
  state.working = null;
  state.hand = null;
  state.edits = 0;
  state.handBusy = false;
  if (notify) {
    changed('edit');
    changed('analysis');
  }
}

let scoring = null;
let scoreAgain = false;

/** Scores the changed plan without solving; a change made meanwhile is scored right after. */
async function scoreWorking() {
  state.handBusy = true;
  changed('edit');
  if (scoring) {
    scoreAgain = true;
    return;
  }
  scoring = (async () => {
    do {
      scoreAgain = false;
      const doc = state.working;
      if (!doc) break;
      try {
        const result = await api.analyse(doc);
        if (doc === state.working) state.hand = result;
      } catch (e) {
        showError(e);
      }
    } while (scoreAgain);
  })();
  await scoring;
  scoring = null;
  state.handBusy = false;
  changed('edit');
  changed('analysis');
}

export async function resolveFromHere(timeLimit, unimprovedTimeLimit) {
  const doc = currentDoc();
  if (!doc) return;
  try {
    await submit(doc, timeLimit, unimprovedTimeLimit, { origin: 'RESOLVE', basedOn: state.planId });
  } catch (e) {
    showError(e);
  }
}

// ---- the plan list ----

export async function renamePlan() {
  const current = state.plans.find((p) => p.id === state.planId);
  if (!current) return;
  const name = window.prompt(t('plans.renamePrompt'), current.name);
  if (name === null || !name.trim() || name.trim() === current.name) return;
  try {
    await api.updatePlan(state.planId, { name: name.trim() });
    toast(t('toast.renamed', { name: name.trim() }));
    await refreshPlans();
    await openPlan(state.planId);
  } catch (e) {
    showError(e);
  }
}

export async function archivePlan() {
  const current = state.plans.find((p) => p.id === state.planId);
  if (!current) return;
  const archived = !current.archived;
  if (archived && !window.confirm(t('plans.archiveConfirm', { name: current.name }))) return;
  try {
    await api.updatePlan(state.planId, { archived });
    toast(t(archived ? 'toast.archived' : 'toast.restored', { name: current.name }));
    await refreshPlans();
    const next = state.plans.find((p) => p.id === state.planId) ? state.planId : state.plans[0]?.id;
    if (next) await openPlan(next);
  } catch (e) {
    showError(e);
  }
}

// ---- exports ----

export async function exportWorkbook(kind) {
  const doc = currentDoc();
  if (!doc) return;
  try {
    const name = state.working
      ? await downloadPosted(`/api/exports/${kind}.xlsx`, state.working, `${kind}.xlsx`)
      : await download(`/api/plans/${state.planId}/${kind}.xlsx`, `${kind}.xlsx`);
    toast(t('toast.exported', { file: name }));
  } catch (e) {
    showError(e);
  }
}

export function exportIcs() {
  if (state.planId) follow(`/api/plans/${state.planId}/calendar.ics`, 'calendar.ics');
}

export function exportJson() {
  const doc = currentDoc();
  if (!doc) return;
  const blob = new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' });
  saveBlob(blob, `${doc.name || 'plan'}.json`);
}

/** Downloads what a GET answers, saying so, or shows the problem the service answered with. */
export async function follow(url, fallbackName) {
  try {
    toast(t('toast.exported', { file: await download(url, fallbackName) }));
  } catch (e) {
    showError(e);
  }
}

// ---- messages ----

let toastTimer = null;

export function toast(message) {
  const box = document.getElementById('toast');
  box.textContent = message;
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { box.hidden = true; }, 3500);
}

export function showError(error) {
  console.error(error);
  const box = document.getElementById('error-box');
  box.replaceChildren();
  const title = document.createElement('strong');
  if (error instanceof ApiError) {
    title.textContent = error.problem.title || t('error.title');
    box.append(title, ' ', error.problem.detail || '');
    if (error.errors.length) {
      const list = document.createElement('ul');
      for (const e of error.errors.slice(0, 50)) {
        const item = document.createElement('li');
        item.textContent = `${e.field ? `${e.field}: ` : ''}${pick(e.message, e.messageEn)}`;
        list.append(item);
      }
      box.append(list);
    }
  } else {
    title.textContent = t('error.title');
    box.append(title, ' ', t('error.network', { message: error.message }));
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'link';
  close.textContent = t('common.close');
  close.addEventListener('click', () => { box.hidden = true; });
  box.append(close);
  box.hidden = false;
}
