// One panel for a unit, wherever it is clicked (alliances, map, analysis, diff): where it is and why,
// its home community, functions and distance, and its best alternatives with the change each makes,
// one click from "移至此处" (the hand-move flow). An uncovered need lists the units that could serve it.
// The service works it out on the solver's plan: GET …/organizations/{id}/alternatives and …/needs/candidates.

import { getJson } from '../api.js';
import { move, toast } from '../actions.js';
import { formatNumber, pick, t } from '../i18n.js';
import { canEdit, changed, planStatus, serviceLabel, state, typeLabel } from '../state.js';
import { clear, h } from '../util.js';

let shown = null;
let data = null;
let failure = null;
const cache = new Map();

const panel = () => document.getElementById('unit-panel');

/** Opens the panel for an organization of the open plan. */
export function openUnit(id) {
  shown = { kind: 'unit', id };
  load();
}

/** Opens the panel for a community's need that no member serves. */
export function openNeed(community, code) {
  shown = { kind: 'need', community, code };
  load();
}

export function closePanel() {
  shown = null;
  panel().hidden = true;
}

/** Draws it again, as after a language switch; a new plan closes it. */
export function refresh(topic) {
  if (!shown) return;
  if (topic === 'plan' && shown.plan !== state.planId) {
    closePanel();
    return;
  }
  draw();
}

function finished() {
  return ['SOLVED', 'STOPPED'].includes(planStatus());
}

async function load() {
  shown.plan = state.planId;
  data = null;
  failure = null;
  draw();
  if (!finished()) return;
  const path = shown.kind === 'unit'
    ? `/api/plans/${state.planId}/organizations/${encodeURIComponent(shown.id)}/alternatives?limit=5`
    : `/api/plans/${state.planId}/needs/candidates?limit=5`;
  const key = `${state.planId}|${path}`;
  if (!cache.has(key)) {
    cache.set(key, getJson(path).catch((e) => {
      cache.delete(key);
      throw e;
    }));
  }
  const wanted = shown;
  try {
    const answer = await cache.get(key);
    if (wanted !== shown) return;
    data = answer;
  } catch (e) {
    if (wanted !== shown) return;
    failure = pick(e.problem?.detail || e.message, e.problem?.detail || e.message);
  }
  draw();
}

function draw() {
  const box = clear(panel());
  box.hidden = false;
  // Below the header, whose language switch and plan picker stay in reach.
  box.style.top = `${Math.max(0, document.querySelector('.topbar')?.getBoundingClientRect().bottom || 0)}px`;
  box.dataset.kind = shown.kind;
  box.append(h('button', { type: 'button', class: 'link close', title: t('common.close'), 'aria-label': t('common.close'),
    onclick: closePanel }, '×'));
  if (!finished()) {
    box.append(h('p', { class: 'muted' }, t('unit.notFinished')));
    return;
  }
  if (failure) {
    box.append(h('p', { class: 'bad' }, failure));
    return;
  }
  if (!data) {
    box.append(h('p', { class: 'muted' }, t('unit.loading')));
    return;
  }
  if (state.working) box.append(h('p', { class: 'muted unit-edited' }, t('unit.edited')));
  if (shown.kind === 'unit') {
    drawUnit(box, data);
  } else {
    drawNeed(box, data.find((n) => n.community === shown.community && n.need.code === shown.code));
  }
}

function drawUnit(box, a) {
  box.dataset.org = a.organization;
  const functions = (a.capabilities || []).map((n) => h('span',
    { class: `cap${(a.serves || []).some((x) => x.code === n.code) ? ' serves' : ''}` }, serviceLabel(n.code)));
  box.append(
    h('h3', {}, a.name),
    h('p', { class: 'unit-summary' }, pick(a.zh, a.en)),
    h('dl', { class: 'unit-facts' },
      h('dt', {}, t('unit.where')), h('dd', { class: 'unit-community' }, a.communityName || t('unit.unassigned')),
      h('dt', {}, t('unit.type')), h('dd', {}, typeLabel(a.type)),
      h('dt', {}, t('unit.home')), h('dd', {}, a.homeCommunityName || t('unit.none')),
      h('dt', {}, t('unit.functions')), h('dd', {}, functions.length ? functions : t('unit.none')),
      h('dt', {}, t('unit.distance')), h('dd', {}, a.distanceKm == null ? '–' : `${formatNumber(a.distanceKm, 1)} ${t('kpi.km')}`)),
    h('h4', {}, t('unit.why')),
    h('ul', { class: 'unit-why' }, (a.facts || []).map((f) => h('li', {}, pick(f.zh, f.en)))),
    (a.matches || []).length ? h('div', {}, h('h4', {}, t('unit.matches')),
      h('ul', { class: 'unit-matches' }, a.matches.map((m) => h('li', {}, pick(m.zh, m.en))))) : '',
    h('h4', {}, t('unit.alternatives', { count: a.alternatives.length })),
    h('ol', { class: 'alternatives' }, a.alternatives.map((o) => optionItem(o, o.communityName))),
    h('button', { type: 'button', class: 'link show-in-alliance', onclick: () => showInAlliance(a.organization) },
      t('unit.showInAlliance')));
}

function drawNeed(box, need) {
  const community = (state.detail?.plan?.communities || []).find((c) => c.id === shown.community);
  box.append(h('h3', {}, t('unit.need.title', { community: community?.name || shown.community,
    need: serviceLabel(shown.code) })));
  if (!need) {
    box.append(h('p', { class: 'muted' }, t('unit.need.covered')));
    return;
  }
  box.dataset.community = need.community;
  box.append(h('p', { class: 'unit-summary' }, pick(need.zh, need.en)),
    h('h4', {}, t('unit.need.candidates')),
    need.candidates.length
      ? h('ol', { class: 'alternatives candidates' }, need.candidates.map((o) => optionItem(o, o.organizationName,
        o.fromName ? t('unit.from', { community: o.fromName }) : t('unit.unassigned'))))
      : h('p', { class: 'muted' }, t('unit.need.none')));
}

/** One placement: where, the verdict and change in km-equivalent, its sentence, 移至此处 and a swap. */
function optionItem(o, title, note) {
  const editable = canEdit();
  const verdict = o.feasible ? t(`unit.verdict.${o.verdict}`) : t('unit.infeasible');
  const item = h('li', { class: `alternative ${o.feasible ? o.verdict.toLowerCase() : 'infeasible'}`,
    dataset: { community: o.community, org: o.organization } },
  h('div', { class: 'alternative-head' },
    h('strong', {}, title), note ? h('span', { class: 'muted' }, ` ${note}`) : null,
    h('span', { class: 'verdict' }, verdict, ' ', t('unit.km', { km: signed(o.changeKm) }))),
  h('p', { class: 'sentence' }, pick(o.zh, o.en)),
  h('button', { type: 'button', class: 'move-here', disabled: !editable, title: editable ? null : t('edit.disabled'),
    onclick: () => moveHere(o.organization, o.community, o.communityName) }, t('unit.moveHere')));
  if (o.swap) {
    item.append(h('p', { class: 'sentence swap' }, pick(o.swap.zh, o.swap.en)),
      h('button', { type: 'button', class: 'swap-here', disabled: !editable, title: editable ? null : t('edit.disabled'),
        onclick: () => {
          move(o.organization, o.community);
          move(o.swap.partner, o.swap.partnerTo);
          toast(t('unit.swapped', { a: o.organizationName, b: o.swap.partnerName }));
        } }, t('unit.swap', { name: o.swap.partnerName })));
  }
  return item;
}

function moveHere(organization, community, name) {
  move(organization, community);
  toast(t('unit.moved', { community: name }));
}

function signed(km) {
  if (!km) return formatNumber(0, 1);
  return `${km > 0 ? '+' : '−'}${formatNumber(Math.abs(km), 1)}`;
}

function showInAlliance(id) {
  closePanel();
  import('./alliances.js').then((alliances) => {
    alliances.focusOrganization(id);
    changed('tab');
  });
}
