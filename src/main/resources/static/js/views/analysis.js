// Why the plan has its score: each constraint's weight, matches and penalty, expandable into the
// matches as plain sentences. Clicking a sentence that names an organization shows it in its alliance.

import { loadAnalysis } from '../actions.js';
import { formatScore } from '../format.js';
import { formatNumber, pick, t } from '../i18n.js';
import { changed, currentAnalysis, state } from '../state.js';
import { clear, h } from '../util.js';
import { focusOrganization } from './alliances.js';
import { openUnit } from './unit.js';

let onlyPenalized = true;
const open = new Set();
const showAll = new Set();
let requested = null;
const FIRST_MATCHES = 40;

export function render(container) {
  clear(container);
  const analysis = currentAnalysis();
  if (!analysis) {
    container.append(h('p', { class: 'muted' }, t('analysis.loading')));
    if (!state.working && requested !== state.detail) {
      requested = state.detail;
      loadAnalysis();
    }
    return;
  }
  const toggle = h('input', { type: 'checkbox', checked: onlyPenalized, class: 'only-penalized' });
  toggle.addEventListener('change', () => {
    onlyPenalized = toggle.checked;
    render(container);
  });
  container.append(h('div', { class: 'toolbar' },
    h('strong', { class: 'analysis-score' }, t('analysis.summary', { score: formatScore(analysis.score) })),
    state.working ? h('span', { class: 'muted' }, t('analysis.hand')) : null,
    h('label', { class: 'check' }, toggle, t('analysis.onlyPenalized'))));
  const plain = state.working ? state.hand?.plain : state.analysis?.plain;
  if (plain) container.append(principles(plain));
  for (const level of ['HARD', 'MEDIUM', 'SOFT']) {
    const constraints = analysis.constraints.filter((c) => c.level === level && (!onlyPenalized || c.matchCount > 0));
    if (!constraints.length && onlyPenalized) continue;
    container.append(h('section', { class: `analysis-level level-${level.toLowerCase()}` },
      h('h3', {}, t(`analysis.level.${level}`)),
      h('div', { class: 'analysis-head' }, h('span', {}, t('analysis.col.constraint')),
        h('span', { class: 'num' }, t('analysis.col.weight')), h('span', { class: 'num' }, t('analysis.col.matches')),
        h('span', { class: 'num' }, t('analysis.col.impact'))),
      constraints.length ? constraints.map((c) => constraintRow(c, container))
        : h('p', { class: 'muted' }, t('analysis.noMatches'))));
  }
}

/** The score in plain words (km-equivalent) and each principle's subtotal. */
function principles(plain) {
  const rows = (plain.principles || []).filter((p) => p.hard || p.medium || p.soft);
  return h('section', { class: 'principles' },
    h('p', { class: 'plain-score' }, pick(plain.zh, plain.en)),
    rows.length ? h('table', { class: 'principle-table' },
      h('thead', {}, h('tr', {}, h('th', {}, t('analysis.col.principle')), h('th', { class: 'num' }, t('analysis.col.km')),
        h('th', { class: 'num' }, t('analysis.col.rules')))),
      h('tbody', {}, rows.map((p) => h('tr', { dataset: { principle: p.code } }, h('td', {}, pick(p.zh, p.en)),
        h('td', { class: 'num' }, formatNumber(p.km, 1)),
        h('td', { class: 'num' }, p.hard || p.medium ? formatNumber(p.hard + p.medium) : '–'))))) : null);
}

function constraintRow(c, container) {
  const details = h('details', { class: `constraint${c.matchCount ? ' penalized' : ''}`, dataset: { constraint: c.name },
    open: open.has(c.name) });
  details.addEventListener('toggle', () => {
    if (details.open) {
      open.add(c.name);
    } else {
      open.delete(c.name);
    }
  });
  const unit = pick(c.unitZh, c.unitEn);
  details.append(h('summary', {},
    h('span', { class: 'constraint-name' }, pick(c.zh, c.en), h('small', { class: 'muted' }, t('common.paren', { text: unit }))),
    h('span', { class: 'num' }, formatNumber(c.weight)),
    h('span', { class: 'num' }, formatNumber(c.matchCount)),
    h('span', { class: `num${c.impact < 0 ? ' bad' : ''}` }, formatNumber(c.impact))));
  if (!c.matchCount) {
    details.append(h('p', { class: 'muted' }, t('analysis.noMatches')));
    return details;
  }
  const all = showAll.has(c.name);
  const matches = all ? c.matches : c.matches.slice(0, FIRST_MATCHES);
  details.append(h('ol', { class: 'matches' }, matches.map((m) => h('li', {
    class: m.organizations?.length ? 'clickable' : null,
    dataset: m.organizations?.length ? { org: m.organizations[0] } : null,
    onclick: m.organizations?.length ? () => {
      focusOrganization(m.organizations[0]);
      changed('tab');
    } : null,
  }, h('span', { class: 'sentence' }, pick(m.zh, m.en)), ' ', h('span', { class: 'impact' }, formatNumber(m.impact)),
  m.organizations?.length ? [' ', h('button', { type: 'button', class: 'link open-unit', dataset: { org: m.organizations[0] },
    onclick: (e) => {
      e.stopPropagation();
      openUnit(m.organizations[0]);
    } }, t('unit.whyButton'))] : null))));
  if (!all && c.matches.length > FIRST_MATCHES) {
    details.append(h('button', { type: 'button', class: 'link', onclick: () => {
      showAll.add(c.name);
      render(container);
    } }, t('analysis.showAll', { count: c.matches.length })));
  }
  return details;
}
