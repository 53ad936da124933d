// The page's state and what the views read from it. Views re-render on changed(topic).

import { lang, pick, t } from './i18n.js';
import { parseScore } from './util.js';

export const state = {
  catalog: { constraints: [], services: new Map(), types: new Map(), datasets: [] },
  adoption: false,
  /** The signed-in user: username, displayName, roles, scopes (GET /api/me). */
  me: null,
  plans: [],
  // The problem the start form will submit: { doc, label }.
  pending: null,
  planId: null,
  status: null,
  detail: null,
  analysis: null,
  // The plan changed by hand (pins, moves) and not solved again, with its instant score.
  working: null,
  edits: 0,
  hand: null,
  handBusy: false,
  tab: 'alliances',
  showArchived: false,
  kpiHistory: [],
};

const listeners = [];

export function onChange(listener) {
  listeners.push(listener);
}

/** Tells the views what changed: 'catalog', 'plans', 'status', 'plan', 'edit', 'analysis', 'lang', 'tab'. */
export function changed(topic) {
  for (const listener of listeners) {
    try {
      listener(topic);
    } catch (e) {
      console.error(e);
    }
  }
}

/** The plan document shown: the hand-changed one, else the solver's best. */
export function currentDoc() {
  return state.working || state.detail?.plan || null;
}

export function currentKpis() {
  if (state.working) return state.hand?.kpis || state.status?.kpis;
  return state.status?.kpis || state.detail?.kpis;
}

export function currentScore() {
  if (state.working) return state.hand?.analysis?.score || null;
  return state.status?.score || state.detail?.score || null;
}

export function currentAnalysis() {
  return state.working ? state.hand?.analysis || null : state.analysis;
}

export function planStatus() {
  return state.status?.status || state.detail?.status || null;
}

/**
 * Whether solving has begun without a plan to show yet: 'queued' while it waits for a solver,
 * 'placing' while the first pass puts every unit somewhere (the score still has an init part), else
 * null. Until then the submitted problem has no one placed, and showing it as "0 / 199" and a red
 * list of everyone unassigned reads like a failure.
 */
export function initialising() {
  const code = planStatus();
  if (code === 'QUEUED') return 'queued';
  if (code !== 'SOLVING') return null;
  const score = parseScore(state.status?.score || state.detail?.score);
  return !score || score.init < 0 ? 'placing' : null;
}

/** The needs of every community that no member serves, in the plan shown. */
export function uncoveredNeeds(doc = currentDoc()) {
  const offered = new Map();
  for (const o of doc?.organizations || []) {
    if (!o.community) continue;
    if (!offered.has(o.community)) offered.set(o.community, new Set());
    for (const code of o.capabilities || []) offered.get(o.community).add(code);
  }
  return (doc?.communities || []).flatMap((c) => (c.needs || [])
    .filter((n) => !offered.get(c.id)?.has(n.code)).map((n) => ({ community: c, need: n })));
}

export function isFinished() {
  return ['SOLVED', 'STOPPED', 'FAILED'].includes(planStatus());
}

export function canEdit() {
  return !!state.detail?.plan && ['SOLVED', 'STOPPED'].includes(planStatus());
}

export function communitiesById(doc = currentDoc()) {
  return new Map((doc?.communities || []).map((c) => [c.id, c]));
}

export function typeLabel(code) {
  const type = state.catalog.types.get(code);
  return type ? pick(type.zh, type.en) : code || t('type.unknown');
}

export function serviceLabel(code) {
  const service = state.catalog.services.get(code);
  if (service) return pick(service.zh, service.en);
  // The open problem's own codes, named in its "vocabulary".
  const own = (currentDoc()?.vocabulary || []).find((v) => v.code === code);
  return own ? pick(own.name, own.nameEn || own.name) : code;
}

export function constraintInfo(name) {
  return state.catalog.constraints.find((c) => c.name === name);
}

export function constraintLabel(name) {
  const c = constraintInfo(name);
  return c ? pick(c.zh, c.en) : name;
}

export function statusLabel(status) {
  return status ? t(`status.${status}`) : '';
}

export function isChinese() {
  return lang() === 'zh';
}
