// The three lists (三张清单) of the plan's scope: needs, resources and the projects that join them.
// The matching proposes projects (待认领) with a reason each; a planner claims a proposal at its
// alliance's joint meeting (项目认领), starts it, marks it done or cancels it. Filters by community
// and status; the county's figures on top (needs listed, matched, claimed, completed, waiting longest).

import { download, getJson, postJson } from '../api.js';
import { showError, toast } from '../actions.js';
import { formatNumber, pick, t } from '../i18n.js';
import { state } from '../state.js';
import { clear, h } from '../util.js';

const STATUSES = ['UNCLAIMED', 'CLAIMED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
const NEXT = { CLAIMED: 'IN_PROGRESS', IN_PROGRESS: 'DONE' };

let loadedKey = null;
let data = null;
let busy = false;
const filter = { community: '', status: '' };

function scopeOf() {
  return state.status?.scope || state.detail?.scope || state.detail?.plan?.scope || state.detail?.plan?.name;
}

function listsUrl() {
  return `/api/scopes/${encodeURIComponent(scopeOf())}/lists`;
}

function communityName(id) {
  const c = (state.detail?.plan?.communities || []).find((x) => x.id === id);
  return c ? c.name : id;
}

function unitName(id) {
  const o = (state.detail?.plan?.organizations || []).find((x) => x.id === id);
  return o ? o.name : id;
}

export function render(container) {
  const key = `${scopeOf()}|${filter.community}|${filter.status}`;
  if (key !== loadedKey) {
    loadedKey = key;
    load(container);
  }
  draw(container);
}

async function load(container) {
  const query = [filter.community && `community=${encodeURIComponent(filter.community)}`,
    filter.status && `status=${filter.status}`].filter(Boolean).join('&');
  try {
    data = await getJson(listsUrl() + (query ? `?${query}` : ''));
  } catch (e) {
    showError(e);
  }
  draw(container);
}

async function act(container, work, done) {
  busy = true;
  draw(container);
  try {
    await work();
    toast(done);
  } catch (e) {
    showError(e);
  } finally {
    busy = false;
    await load(container);
  }
}

function propose(container) {
  act(container, async () => {
    const result = await postJson(`${listsUrl()}/proposals?seconds=5`);
    toast(t('lists.proposed', { count: result.proposed, open: result.openNeeds }));
  }, t('lists.proposeDone'));
}

/** A project as people name it: its need's title. */
function titleOf(project) {
  return data?.needs.find((n) => n.id === project.need)?.title || project.need;
}

function advance(container, project, status) {
  const body = { status };
  if (status === 'DONE') {
    const note = window.prompt(t('lists.outcomePrompt'), '');
    if (note === null) return;
    if (note) body.note = note;
  }
  act(container, () => postJson(`${listsUrl()}/projects/${encodeURIComponent(project.id)}/status`, body),
    t('lists.moved', { id: titleOf(project), status: t(`lists.status.${status}`) }));
}

function claim(container, project) {
  act(container, () => postJson(`${listsUrl()}/projects/${encodeURIComponent(project.id)}/claim`),
    t('lists.claimed', { id: titleOf(project) }));
}

function figure(label, value, note) {
  return h('div', { class: 'kpi' }, h('span', { class: 'kpi-label' }, label), h('strong', { class: 'kpi-value' }, value),
    note ? h('span', { class: 'muted' }, note) : null);
}

function draw(container) {
  clear(container);
  if (!data) {
    container.append(h('p', { class: 'muted' }, t('lists.loading')));
    return;
  }
  const k = data.kpis.county;
  const needs = new Map(data.needs.map((n) => [n.id, n]));
  const communities = [...new Set(data.kpis.alliances.map((a) => a.alliance))];
  const longest = k.longestWaitingNeed
    ? t('lists.waitingText', { days: formatNumber(k.longestWaitDays) }) : '–';
  container.append(
    h('p', { class: 'muted lists-scope' }, t('lists.scope', { scope: scopeOf(), year: data.year, revision: data.revision })),
    h('div', { class: 'kpis lists-kpis' },
      figure(t('lists.kpi.needs'), formatNumber(k.needs)),
      figure(t('lists.kpi.resources'), formatNumber(k.resources)),
      figure(t('lists.kpi.matched'), formatNumber(k.matched)),
      figure(t('lists.kpi.claimed'), formatNumber(k.claimed)),
      figure(t('lists.kpi.completed'), formatNumber(k.completed)),
      figure(t('lists.kpi.waiting'), longest)),
    h('div', { class: 'toolbar' },
      h('label', {}, t('lists.filter.community'), ' ',
        h('select', { class: 'lists-community', onchange: (e) => { filter.community = e.target.value; render(container); } },
          h('option', { value: '' }, t('lists.filter.all')),
          communities.map((id) => h('option', { value: id, selected: id === filter.community }, communityName(id))))),
      h('label', {}, t('lists.filter.status'), ' ',
        h('select', { class: 'lists-status', onchange: (e) => { filter.status = e.target.value; render(container); } },
          h('option', { value: '' }, t('lists.filter.all')),
          STATUSES.map((s) => h('option', { value: s, selected: s === filter.status }, t(`lists.status.${s}`))))),
      h('button', { type: 'button', class: 'primary lists-propose needs-planner', disabled: busy, onclick: () => propose(container) },
        t('lists.propose')),
      h('button', { type: 'button', class: 'lists-export',
        onclick: () => download(`${listsUrl().replace(/\/lists$/, '/lists.xlsx')}`, 'lists.xlsx').catch(showError) },
      t('lists.export'))),
    h('h3', {}, t('lists.projects', { count: data.projects.length })),
    data.projects.length === 0 ? h('p', { class: 'muted' }, t('lists.noProjects')) : h('table', { class: 'lists-projects' },
      h('thead', {}, h('tr', {}, ['lists.col.need', 'lists.col.community', 'lists.col.unit', 'lists.col.month',
        'lists.col.status', 'lists.col.reason', 'lists.col.actions'].map((c) => h('th', {}, t(c))))),
      h('tbody', {}, data.projects.map((p) => {
        const need = needs.get(p.need);
        return h('tr', { dataset: { project: p.id, status: p.status } },
          h('td', {}, need ? need.title : p.need),
          h('td', {}, need ? communityName(need.community) : ''),
          h('td', {}, unitName(p.responsibleUnit)),
          h('td', {}, t('lists.month', { month: p.plannedMonth })),
          h('td', {}, t(`lists.status.${p.status}`)),
          h('td', { class: 'lists-reason' }, p.status === 'UNCLAIMED' && p.reason ? pick(p.reason.zh, p.reason.en)
            : p.outcome || (p.claimedAt ? t('lists.claimedAt', { meeting: p.claimedAt }) : '')),
          h('td', {},
            p.status === 'UNCLAIMED' ? h('button', { type: 'button', class: 'claim needs-planner', disabled: busy,
              onclick: () => claim(container, p) }, t('lists.claim')) : null,
            NEXT[p.status] ? h('button', { type: 'button', class: `advance needs-planner to-${NEXT[p.status]}`, disabled: busy,
              onclick: () => advance(container, p, NEXT[p.status]) }, t(`lists.to.${NEXT[p.status]}`)) : null,
            ['UNCLAIMED', 'CLAIMED', 'IN_PROGRESS'].includes(p.status) ? h('button', { type: 'button', class: 'cancel needs-planner',
              disabled: busy, onclick: () => advance(container, p, 'CANCELLED') }, t('lists.to.CANCELLED')) : null));
      }))),
    h('details', { class: 'lists-needs' },
      h('summary', {}, t('lists.needs', { count: data.needs.length })),
      h('table', {},
        h('thead', {}, h('tr', {}, ['lists.col.need', 'lists.col.community', 'lists.col.priority', 'lists.col.raisedOn']
          .map((c) => h('th', {}, t(c))))),
        h('tbody', {}, data.needs.map((n) => h('tr', { dataset: { need: n.id } },
          h('td', {}, n.title), h('td', {}, communityName(n.community)), h('td', {}, n.priority),
          h('td', {}, n.raisedOn)))))));
}
