// The audit trail (审计记录) for administrators and approvers: every state-changing request and every
// failed sign-in with who, when, what and the outcome, newest first, filtered like GET /api/audit.

import { api } from '../api.js';
import { formatWhen, t } from '../i18n.js';
import { clear, h } from '../util.js';

const KINDS = ['SUBMIT', 'STOP', 'UPDATE_PLAN', 'ADOPT', 'MASTER_DATA', 'REBALANCE', 'USER', 'TOKEN', 'SIGN_IN_FAILURE'];
const filters = { user: '', scope: '', kind: '', from: '', to: '' };
let rows = null;
let error = null;

async function load(container) {
  try {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) {
      if (!value) continue;
      query.set(key, key === 'from' || key === 'to' ? new Date(value).toISOString() : value);
    }
    rows = await api.audit(query.toString());
    error = null;
  } catch (e) {
    rows = [];
    error = e.message;
  }
  draw(container);
}

export function render(container) {
  if (rows === null) {
    clear(container).append(h('p', { class: 'muted' }, t('audit.loading')));
    load(container);
    return;
  }
  draw(container);
}

function input(key, type = 'text') {
  const el = h('input', { type, value: filters[key], class: `audit-${key}` });
  el.addEventListener('change', () => { filters[key] = el.value.trim(); });
  return h('label', {}, t(`audit.filter.${key}`), el);
}

function draw(container) {
  clear(container);
  const kind = h('select', { class: 'audit-kind' }, h('option', { value: '' }, t('audit.kind.all')),
    KINDS.map((k) => h('option', { value: k, selected: filters.kind === k }, t(`audit.kind.${k}`))));
  kind.addEventListener('change', () => { filters.kind = kind.value; });
  const search = h('button', { type: 'button', class: 'primary audit-search', onclick: () => load(container) },
    t('audit.search'));
  container.append(h('div', { class: 'audit-filters' }, input('user'), input('scope'),
    h('label', {}, t('audit.filter.kind'), kind), input('from', 'datetime-local'), input('to', 'datetime-local'),
    search));
  if (error) container.append(h('p', { class: 'error-box' }, error));
  if (!rows.length) {
    container.append(h('p', { class: 'muted' }, t('audit.none')));
    return;
  }
  container.append(h('table', { class: 'audit' },
    h('thead', {}, h('tr', {}, ['at', 'user', 'kind', 'plan', 'scope', 'subject', 'outcome']
      .map((c) => h('th', {}, t(`audit.column.${c}`))))),
    h('tbody', {}, rows.map((r) => h('tr', { class: 'audit-row' },
      h('td', {}, formatWhen(r.at)),
      h('td', { class: 'audit-user' }, r.user || '–'),
      h('td', {}, t(`audit.kind.${r.kind}`)),
      h('td', {}, r.planId ? r.planId.substring(0, 8) : ''),
      h('td', {}, r.scope || ''),
      h('td', {}, r.subject || ''),
      h('td', { class: `outcome-${r.outcome}` }, `${t(`audit.outcome.${r.outcome}`)}${r.status ? ` (${r.status})` : ''}`))))));
}
