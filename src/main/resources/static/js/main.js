// The planner's page: boots the catalog, opens the newest plan (or the start form), and keeps the
// header, KPIs, chart and the active tab in step with the state.

import { api } from './api.js';
import {
  archivePlan, exportIcs, exportJson, exportWorkbook, follow, isRunning, openPlan, refreshPlans, renamePlan,
  resolveFromHere, resetEdits, showError, stop,
} from './actions.js';
import { datasetLabel, formatNumber, formatWhen, lang, setLang, t } from './i18n.js';
import {
  changed, currentKpis, currentScore, initialising, isFinished, onChange, planStatus, state, statusLabel,
  uncoveredNeeds,
} from './state.js';
import { formatScore } from './format.js';
import { h, parseScore, s, clear } from './util.js';
import * as start from './views/start.js';
import * as alliances from './views/alliances.js';
import * as map from './views/map.js';
import * as calendar from './views/calendar.js';
import * as analysis from './views/analysis.js';
import * as diff from './views/diff.js';
import * as summary from './views/summary.js';
import * as lists from './views/lists.js';
import * as audit from './views/audit.js';
import * as users from './views/users.js';
import * as unit from './views/unit.js';

const VIEWS = { alliances, map, calendar, analysis, diff, summary, lists, audit, users };
const $ = (id) => document.getElementById(id);

function showSection(name) {
  $('start').hidden = name !== 'start';
  $('plan').hidden = name !== 'plan';
  $('cancel-start').hidden = !(name === 'start' && state.planId);
}

function renderPlanPicker() {
  const select = $('plan-select');
  clear(select);
  if (!state.plans.length) {
    select.append(h('option', { value: '' }, t('plans.none')));
  }
  const names = new Map(state.plans.map((p) => [p.id, p.name]));
  for (const p of state.plans) {
    const when = formatWhen(p.submittedAt);
    select.append(h('option', { value: p.id, selected: p.id === state.planId },
      [p.adopted ? `★ ${t('status.adopted')} · ` : '', p.name, ` · ${when} · ${statusLabel(p.status)}`,
        ` · ${originLabel(p, names)}`, p.archived ? ` · ${t('plans.archived')}` : ''].join('')));
  }
  select.disabled = !state.plans.length;
  const current = state.plans.find((p) => p.id === state.planId);
  $('rename-plan').disabled = !current;
  $('archive-plan').disabled = !current;
  $('archive-plan').textContent = current?.archived ? t('plans.restore') : t('plans.archive');
}

/** Where a plan came from, in words: a demo dataset, a file, a re-solve of another plan, a proposal. */
function originLabel(p, names) {
  const based = p.basedOn ? (names.get(p.basedOn) || t('plans.otherPlan')) : '';
  switch (p.origin) {
    case 'DEMO': return t('plans.origin.DEMO');
    case 'DATASET': return t('plans.origin.DATASET', { source: datasetLabel(p.source || '') });
    case 'IMPORT': return t('plans.origin.IMPORT', { source: p.source || '' });
    case 'RESOLVE': return t('plans.origin.RESOLVE', { plan: based });
    case 'REBALANCE': return t('plans.origin.REBALANCE', { plan: based });
    default: return t('plans.origin.SUBMITTED');
  }
}

/**
 * The proven optimality gap of the allocation part beside the score: "最优性差距 ≤ 2.6%", with the
 * plain sentence as its tooltip; while the bound is being proven, or when it cannot be, a short note.
 */
function renderGap(status) {
  const gap = $('plan-gap');
  gap.title = '';
  if (status?.boundState === 'PROVEN' && status.gapPercent != null) {
    const value = formatNumber(status.gapPercent, 1);
    gap.textContent = t('plan.gap', { gap: value });
    gap.title = t('plan.gap.title', { gap: value, bound: formatNumber(status.bound) });
  } else if (status?.boundState === 'COMPUTING' || status?.boundState === 'UNAVAILABLE') {
    // A short mark only, so that the header keeps its height; the tooltip says what it means.
    gap.textContent = '…';
    gap.title = status.boundState === 'COMPUTING' ? t('plan.gap.computing')
      : `${t('plan.gap.unavailable')}${status.boundNote ? ` (${status.boundNote})` : ''}`;
  } else {
    gap.textContent = '';
  }
}

function renderHead() {
  const status = state.status || state.detail;
  $('plan-name').textContent = status?.name || state.detail?.plan?.name || '';
  const badge = $('plan-status');
  const code = planStatus();
  badge.textContent = code ? statusLabel(code) + (code === 'QUEUED' && status.queuePosition
    ? t('status.queue', { position: status.queuePosition }) : '') : '';
  badge.className = `badge status-${(code || '').toLowerCase()}`;
  $('plan-adopted').hidden = !status?.adopted;
  const score = currentScore();
  const starting = initialising();
  $('plan-score').textContent = starting ? t(`plan.${starting}`) : formatScore(score);
  const feasible = $('plan-feasible');
  const parsed = parseScore(score);
  if (!starting && parsed && parsed.init === 0) {
    const ok = parsed.hard === 0;
    feasible.textContent = ok ? t('plan.feasible') : t('plan.infeasible');
    feasible.className = `feasible ${ok ? 'ok' : 'bad'}`;
  } else {
    feasible.textContent = '';
  }
  renderGap(starting ? null : status);
  // Soft points are metres of travel: the score also as km-equivalent.
  $('plan-km').textContent = !starting && parsed && parsed.init === 0
    ? t('plan.km', { km: formatNumber(parsed.soft / 1000, 1) }) : '';
  const spent = (status?.timeSpentMillis || 0) / 1000;
  const limit = status?.timeLimitSeconds || 0;
  $('plan-time').textContent = limit ? t('plan.time', { spent: formatNumber(spent, 0), limit }) : '';
  const fraction = isRunning(code) ? Math.min(1, limit ? spent / limit : 0) : code ? 1 : 0;
  $('progress-bar').style.width = `${Math.round(fraction * 100)}%`;
  $('progress-bar').className = isRunning(code) ? 'running' : '';
  $('stop-button').hidden = !isRunning(code);
  $('reweight-button').hidden = !(code && !isRunning(code) && state.detail?.plan);
  const error = $('plan-error');
  error.hidden = code !== 'FAILED';
  error.textContent = code === 'FAILED' ? t('plan.failed', { error: status?.error || '' }) : '';
  renderNextSteps();
}

/** Once solving has ended: what a planner does next, each a click away. */
function renderNextSteps() {
  const box = $('next-steps');
  const show = isFinished() && planStatus() !== 'FAILED' && !!state.detail?.plan && !state.working
    && state.nextStepsClosed !== state.planId;
  box.hidden = !show;
  if (!show) return;
  clear(box);
  const uncovered = uncoveredNeeds().length;
  const adopted = !!(state.status || state.detail)?.adopted;
  const go = (tab, before) => () => {
    before?.();
    state.tab = tab;
    changed('tab');
    $(`tab-${tab}`).scrollIntoView({ block: 'start' });
  };
  const step = (key, params, onclick, name) => h('li', {}, h('button', { type: 'button', class: 'link', dataset: { step: name },
    onclick }, t(key, params)));
  box.append(h('strong', {}, t(planStatus() === 'STOPPED' ? 'next.stopped' : 'next.solved')), ' ', t('next.intro'),
    h('ol', {},
      uncovered ? step('next.uncovered', { count: uncovered }, go('alliances', alliances.showOnlyUncovered), 'uncovered')
        : h('li', {}, t('next.allCovered')),
      state.adoption && !adopted ? step('next.compare', {}, go('diff'), 'compare') : null,
      state.adoption ? (adopted ? h('li', {}, t('next.isAdopted')) : step('next.adopt', {}, go('diff'), 'adopt')) : null,
      step('next.export', {}, () => {
        $('exports').open = true;
        $('exports').scrollIntoView({ block: 'center' });
      }, 'export'),
      step('next.summary', {}, go('summary'), 'summary')),
    h('button', { type: 'button', class: 'link close', title: t('common.close'), onclick: () => {
      state.nextStepsClosed = state.planId;
      renderNextSteps();
    } }, '×'));
}

function renderKpis() {
  const box = clear($('kpis'));
  const kpis = currentKpis();
  const base = state.working ? (state.status?.kpis || state.detail?.kpis) : null;
  const starting = initialising();
  if (starting) {
    box.append(h('div', { class: 'kpi placing', dataset: { kpi: 'placing' } },
      h('span', { class: 'kpi-value' }, t(`plan.${starting}`)),
      h('span', { class: 'kpi-label' }, t(`plan.${starting}Long`))));
    return;
  }
  if (!kpis) return;
  const card = (key, value, unit, field, lowerIsBetter, digits = 2) => {
    let delta = null;
    if (base && field && base[field] !== undefined && kpis[field] !== base[field]) {
      const d = kpis[field] - base[field];
      const better = lowerIsBetter ? d < 0 : d > 0;
      delta = h('span', { class: `delta ${better ? 'better' : 'worse'}` },
        `${d > 0 ? '+' : ''}${formatNumber(d, Number.isInteger(d) ? 0 : digits)}`);
    }
    return h('div', { class: 'kpi', dataset: { kpi: key } },
      h('span', { class: 'kpi-label' }, t(`kpi.${key}`)),
      h('span', { class: 'kpi-value' }, value, unit ? h('small', {}, ` ${unit}`) : null, delta));
  };
  box.append(
    card('assigned', `${kpis.assigned} / ${kpis.organizations}`, null, 'assigned', false),
    card('unassigned', formatNumber(kpis.unassigned), null, 'unassigned', true),
    card('meanDistance', formatNumber(kpis.meanDistanceKm, 2), t('kpi.km'), 'meanDistanceKm', true),
    card('maxDistance', formatNumber(kpis.maxDistanceKm, 2), t('kpi.km'), 'maxDistanceKm', true),
    card('needsCovered', kpis.needsCoveredPercent == null ? '—' : `${formatNumber(kpis.needsCoveredPercent, 1)}%`, null,
      'needsCoveredPercent', false),
    card('members', `${kpis.minMembers} / ${formatNumber(kpis.meanMembers, 1)} / ${kpis.maxMembers}`, null, null),
    card('moved', formatNumber(kpis.movedFromCurrent), null, 'movedFromCurrent', true),
    card('membersStdDev', formatNumber(kpis.membersStdDev, 2), null, 'membersStdDev', true),
    card('partyMembersGini', formatNumber(kpis.partyMembersGini, 3), null, 'partyMembersGini', true, 3),
    card('awayFromHome', formatNumber(kpis.awayFromHome), null, 'awayFromHome', true),
  );
}

/** The points of the chosen series: the soft score from the plan's progress, or a KPI as polled live. */
function chartPoints(series) {
  if (series === 'score') {
    const points = (state.detail?.progress || []).map((p) => ({ x: p.millis / 1000, score: parseScore(p.score) }));
    const latest = state.status;
    if (latest?.score && latest.timeSpentMillis) {
      points.push({ x: latest.timeSpentMillis / 1000, score: parseScore(latest.score) });
    }
    return points.filter((p) => p.score && p.score.init === 0)
      .map((p) => ({ x: p.x, y: p.score.soft, bad: p.score.hard < 0 || p.score.medium < 0 }));
  }
  return state.kpiHistory.filter((k) => series !== 'meanDistanceKm' || k.kpis.unassigned === 0)
    .map((k) => ({ x: k.millis / 1000, y: k.kpis[series], bad: false }))
    .filter((p) => p.y !== undefined && p.y !== null);
}

/** The chosen series over solving time, as a step line. */
function renderChart() {
  const svg = clear($('chart'));
  const series = $('chart-series').value;
  const usable = chartPoints(series);
  const W = 420;
  const H = 150;
  const left = 62;
  const bottom = 22;
  if (usable.length < 1) {
    svg.append(s('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'chart-empty' },
      t(series === 'score' ? 'chart.empty' : 'chart.live')));
    return;
  }
  const digits = series === 'score' ? 0 : series === 'meanDistanceKm' ? 2 : 1;
  const xs = usable.map((p) => p.x);
  const ys = usable.map((p) => p.y);
  const maxX = Math.max(1, ...xs);
  let minY = Math.min(...ys);
  let maxY = Math.max(...ys);
  if (minY === maxY) {
    minY -= series === 'score' ? 1 : 0.5;
    maxY += series === 'score' ? 1 : 0.5;
  }
  const px = (x) => left + (x / maxX) * (W - left - 8);
  const py = (y) => 8 + (1 - (y - minY) / (maxY - minY)) * (H - bottom - 8);
  svg.append(
    s('line', { x1: left, y1: H - bottom, x2: W - 4, y2: H - bottom, class: 'axis' }),
    s('line', { x1: left, y1: 6, x2: left, y2: H - bottom, class: 'axis' }),
    s('text', { x: left - 4, y: py(maxY) + 4, 'text-anchor': 'end', class: 'tick' }, formatNumber(maxY, digits)),
    s('text', { x: left - 4, y: py(minY), 'text-anchor': 'end', class: 'tick' }, formatNumber(minY, digits)),
    s('text', { x: left, y: H - 6, class: 'tick' }, `0 ${t('chart.seconds')}`),
    s('text', { x: W - 4, y: H - 6, 'text-anchor': 'end', class: 'tick' },
      `${formatNumber(maxX, 0)} ${t('chart.seconds')}`),
  );
  let path = '';
  usable.forEach((p, i) => {
    // A step line: a value holds until the next improvement.
    path += i === 0 ? `M${px(p.x)},${py(p.y)}` : `H${px(p.x)}V${py(p.y)}`;
  });
  svg.append(s('path', { d: path, class: 'score-line' }));
  for (const p of usable) {
    svg.append(s('circle', { cx: px(p.x), cy: py(p.y), r: 2.5, class: p.bad ? 'point infeasible' : 'point' }));
  }
}

let limitsOf = null;

function renderEditBanner() {
  const banner = $('edit-banner');
  banner.hidden = !state.working;
  if (!state.working) {
    limitsOf = null;
    return;
  }
  if (limitsOf !== state.planId) {
    // A re-solve from here starts from this plan's own limits; the planner may change them.
    limitsOf = state.planId;
    const own = ownLimits();
    $('resolve-time-limit').value = own.timeLimit;
    $('resolve-unimproved-limit').value = own.unimprovedTimeLimit;
  }
  $('edit-text').textContent = t('edit.banner', { count: state.edits });
  $('edit-was').textContent = t('edit.scoreWas', { score: formatScore(state.status?.score || state.detail?.score) });
  $('edit-busy').hidden = !state.handBusy;
  $('edit-verdict').textContent = editVerdict(state.status?.score || state.detail?.score, state.hand?.analysis?.score);
  const box = clear($('edit-kpis'));
  const before = state.status?.kpis || state.detail?.kpis;
  const after = state.hand?.kpis;
  if (!before || !after) return;
  const fields = [['meanDistance', 'meanDistanceKm', 2, t('kpi.km')], ['maxDistance', 'maxDistanceKm', 2, t('kpi.km')],
    ['needsCovered', 'needsCoveredPercent', 1, '%'], ['unassigned', 'unassigned', 0, ''], ['moved', 'movedFromCurrent', 0, ''],
    ['membersStdDev', 'membersStdDev', 2, ''], ['partyMembersGini', 'partyMembersGini', 3, ''],
    ['awayFromHome', 'awayFromHome', 0, '']];
  for (const [key, field, digits, unit] of fields) {
    if (before[field] !== after[field]) {
      box.append(h('span', { dataset: { kpi: key } }, `${t(`kpi.${key}`)} ${formatNumber(before[field], digits)} → `,
        h('strong', {}, formatNumber(after[field], digits)), ` ${unit}`));
    }
  }
}

/** A hand-changed plan against the solver's: better or worse, and by how much (km-equivalent). */
function editVerdict(solverScore, handScore) {
  const a = parseScore(solverScore);
  const b = parseScore(handScore);
  if (!a || !b || state.handBusy) return '';
  if (b.hard !== a.hard) {
    return t(b.hard > a.hard ? 'edit.verdict.hardBetter' : 'edit.verdict.hardWorse', { count: Math.abs(b.hard - a.hard) });
  }
  if (b.medium !== a.medium) {
    return t(b.medium > a.medium ? 'edit.verdict.mediumBetter' : 'edit.verdict.mediumWorse',
      { count: Math.abs(b.medium - a.medium) });
  }
  const km = (b.soft - a.soft) / 1000;
  if (Math.abs(km) < 0.05) return t(b.soft === a.soft ? 'edit.verdict.same' : 'edit.verdict.tiny');
  return t(km > 0 ? 'edit.verdict.better' : 'edit.verdict.worse', { km: formatNumber(Math.abs(km), 1) });
}

/** The time limits the open plan was solved with. */
function ownLimits() {
  const status = state.status || state.detail;
  const timeLimit = status?.timeLimitSeconds || start.limits().timeLimit;
  return { timeLimit, unimprovedTimeLimit: Math.min(timeLimit, status?.unimprovedTimeLimitSeconds || timeLimit) };
}

function renderTabs() {
  document.querySelectorAll('.tabs [data-tab]').forEach((button) => {
    const tab = button.dataset.tab;
    if (tab === 'diff') button.hidden = !state.adoption;
    button.classList.toggle('active', tab === state.tab);
    button.setAttribute('aria-selected', String(tab === state.tab));
  });
  for (const tab of Object.keys(VIEWS)) {
    $(`tab-${tab}`).hidden = tab !== state.tab;
  }
  // Printing from the summary tab prints the one-page summary alone.
  document.body.classList.toggle('printing-summary', state.tab === 'summary');
  const hasCalendar = !!state.detail?.plan?.calendar;
  $('export-calendar').disabled = !hasCalendar;
  $('export-ics').disabled = !hasCalendar || !!state.working;
  // The summary and the attachment are of the stored plan: a plan changed by hand is solved again first.
  $('export-summary').disabled = !!state.working;
  $('export-docx').disabled = !!state.working;
}

function renderActiveTab() {
  if (!state.detail && !state.planId) return;
  VIEWS[state.tab]?.render($(`tab-${state.tab}`));
}

function renderAll() {
  renderPlanPicker();
  renderHead();
  renderKpis();
  renderChart();
  renderEditBanner();
  renderTabs();
  renderActiveTab();
}

onChange((topic) => {
  switch (topic) {
    case 'plans':
      renderPlanPicker();
      break;
    case 'status':
      renderHead();
      renderKpis();
      renderChart();
      break;
    case 'plan':
      if (state.planId) showSection('plan');
      renderAll();
      unit.refresh(topic);
      break;
    case 'edit':
      renderHead();
      renderKpis();
      renderEditBanner();
      renderNextSteps();
      renderActiveTab();
      break;
    case 'analysis':
      if (state.tab === 'analysis' || state.tab === 'diff') renderActiveTab();
      break;
    case 'tab':
      renderTabs();
      renderActiveTab();
      break;
    case 'lang':
    case 'catalog':
      renderAll();
      start.render();
      unit.refresh(topic);
      break;
    default:
      break;
  }
});

/** The signed-in user in the top bar: "张三（规划员）" / "张三 (Planner)". */
function renderUser() {
  const me = state.me;
  $('user-box').hidden = !me;
  if (!me) return;
  const roles = me.roles.map((r) => t(`role.${r}`)).join(t('role.separator'));
  $('user-name').textContent = t('user.label', { name: me.displayName || me.username, roles });
  // What the role may do: buttons marked needs-planner / needs-approver / needs-admin show only then.
  const has = (role) => me.roles.some((r) => ROLE_ORDER.indexOf(r) <= ROLE_ORDER.indexOf(role));
  document.body.classList.toggle('may-plan', has('PLANNER'));
  document.body.classList.toggle('may-approve', has('APPROVER'));
  document.body.classList.toggle('may-administer', has('ADMINISTRATOR'));
}

/** The roles highest first: each may do what the ones after it may. */
const ROLE_ORDER = ['ADMINISTRATOR', 'APPROVER', 'PLANNER', 'VIEWER'];

function wire() {
  $('lang-switch').addEventListener('click', () => {
    setLang(lang() === 'zh' ? 'en' : 'zh');
    $('lang-switch').textContent = t('lang.switch');
    renderUser();
    changed('lang');
  });
  $('sign-out').addEventListener('click', async () => {
    await api.signOut().catch(() => {});
    location.assign('signin.html?signedOut');
  });
  $('plan-select').addEventListener('change', (e) => {
    if (e.target.value) openPlan(e.target.value);
  });
  $('new-plan').addEventListener('click', () => {
    start.prepare(null);
    showSection('start');
  });
  $('cancel-start').addEventListener('click', () => showSection('plan'));
  $('stop-button').addEventListener('click', stop);
  $('reweight-button').addEventListener('click', () => {
    start.prepare({ doc: state.working || state.detail.plan, label: t('start.current'),
      origin: { origin: 'RESOLVE', basedOn: state.planId }, limits: ownLimits() });
    showSection('start');
  });
  $('resolve-button').addEventListener('click', () => {
    const own = ownLimits();
    const timeLimit = start.readSeconds('resolve-time-limit', own.timeLimit);
    resolveFromHere(timeLimit, Math.min(timeLimit, start.readSeconds('resolve-unimproved-limit', own.unimprovedTimeLimit)));
  });
  $('undo-button').addEventListener('click', () => resetEdits());
  $('chart-series').addEventListener('change', renderChart);
  document.querySelectorAll('.tabs [data-tab]').forEach((button) => {
    button.addEventListener('click', () => {
      state.tab = button.dataset.tab;
      changed('tab');
    });
  });
  const closeMenu = () => { $('exports').open = false; };
  $('export-roster').addEventListener('click', () => { closeMenu(); exportWorkbook('roster'); });
  $('export-summary').addEventListener('click', () => {
    closeMenu();
    follow(`/api/plans/${state.planId}/summary.pdf`, 'summary.pdf');
  });
  $('export-docx').addEventListener('click', () => {
    closeMenu();
    follow(`/api/plans/${state.planId}/roster.docx`, 'roster.docx');
  });
  $('rename-plan').addEventListener('click', renamePlan);
  $('archive-plan').addEventListener('click', archivePlan);
  $('show-archived').addEventListener('change', async (e) => {
    state.showArchived = e.target.checked;
    await refreshPlans();
  });
  $('export-calendar').addEventListener('click', () => { closeMenu(); exportWorkbook('calendar'); });
  $('export-problem').addEventListener('click', () => { closeMenu(); exportWorkbook('problem'); });
  $('export-ics').addEventListener('click', () => { closeMenu(); exportIcs(); });
  $('export-json').addEventListener('click', () => { closeMenu(); exportJson(); });
  start.wire({
    onSubmitted: () => showSection('plan'),
  });
}

async function boot() {
  setLang(lang());
  $('lang-switch').textContent = t('lang.switch');
  wire();
  try {
    state.me = await api.me();
    renderUser();
    const [constraints, vocabulary, datasets, adoption] = await Promise.all([
      api.constraints(), api.vocabulary(), api.datasets(), api.adoptionAvailable()]);
    state.catalog = {
      constraints,
      services: new Map(vocabulary.services.map((v) => [v.code, v])),
      types: new Map(vocabulary.organizationTypes.map((v) => [v.code, v])),
      datasets,
    };
    state.adoption = adoption;
    changed('catalog');
    await refreshPlans();
    const wanted = /plan=([\w-]+)/.exec(location.hash)?.[1];
    const id = state.plans.some((p) => p.id === wanted) ? wanted : state.plans[0]?.id;
    if (id) {
      showSection('plan');
      await openPlan(id);
    } else {
      start.prepare(null);
      showSection('start');
    }
  } catch (e) {
    showError(e);
  }
  document.body.dataset.ready = 'true';
}

boot();
