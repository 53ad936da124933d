// The one-page summary for the leadership (领导审阅汇总), as the page prints it (A4, print
// stylesheet): the plan, the three principles in plain words, a small map, a table per street, the
// uncovered needs and who moves against the plan in force. The same figures as the PDF.

import { api } from '../api.js';
import { follow, showError } from '../actions.js';
import { formatNumber, pick, t } from '../i18n.js';
import { state } from '../state.js';
import { clear, h, s, streetColours } from '../util.js';

let loadedKey = null;
let summary = null;

export function render(container) {
  const key = `${state.planId}|${state.detail?.status}|${state.detail?.score}`;
  if (key !== loadedKey) {
    loadedKey = key;
    summary = null;
    api.summary(state.planId).then((loaded) => {
      summary = loaded;
      draw(container);
    }).catch(showError);
  }
  draw(container);
}

function draw(container) {
  clear(container);
  container.append(h('div', { class: 'toolbar no-print' },
    h('button', { type: 'button', class: 'primary print-summary', onclick: () => window.print() }, t('summary.print')),
    h('button', { type: 'button', class: 'summary-pdf', onclick: () => follow(`/api/plans/${state.planId}/summary.pdf`, 'summary.pdf') },
      t('export.summary')),
    h('span', { class: 'muted' }, t('summary.hint'))));
  if (!summary) {
    container.append(h('p', { class: 'muted' }, t('summary.loading')));
    return;
  }
  const f = summary.figures;
  const sheet = h('article', { class: 'summary-sheet' },
    h('h2', { class: 'summary-title' }, t('summary.title')),
    h('h3', {}, summary.name),
    h('p', { class: 'muted' }, t('summary.meta', { date: summary.date, status: pick(summary.status, summary.statusEn) })),
    h('div', { class: 'summary-top' },
      h('div', { class: 'summary-figures' },
        figure(t('summary.assignment'), t('summary.assignmentText', { organizations: f.organizations,
          assigned: f.assigned, communities: f.communities, unassigned: f.unassigned })),
        figure(t('summary.locality'), t('summary.localityText', { mean: formatNumber(f.meanDistanceKm, 2),
          max: formatNumber(f.maxDistanceKm, 2), home: f.inHomeCommunity, withHome: f.withHomeCommunity,
          street: f.inOwnStreet })),
        figure(t('summary.needs'), t('summary.needsText', { needs: f.needs, covered: f.needsCovered,
          percent: f.needsCoveredPercent == null ? '—' : formatNumber(f.needsCoveredPercent, 1), uncovered: f.needs - f.needsCovered })),
        figure(t('summary.balance'), t('summary.balanceText', { min: f.minMembers, max: f.maxMembers,
          mean: formatNumber(f.meanMembers, 1), party: formatNumber(f.partyMembers) }))),
      miniMap(summary.map)),
    summary.streets.map((street) => streetTable(street, uncoveredBy(summary.uncovered))),
    h('h4', {}, t('summary.uncovered', { count: summary.uncovered.length })),
    h('p', { class: 'summary-uncovered' }, summary.uncovered.length
      ? summary.uncovered.map((u) => t('summary.uncoveredItem', { community: u.communityName,
        need: pick(u.needZh, u.needEn), star: u.priority >= 3 ? '★' : '' })).join(t('list.semicolon'))
      : t('summary.allCovered')),
    comparison(summary));
  container.append(sheet);
}

function figure(label, text) {
  return h('p', { class: 'summary-figure' }, h('strong', {}, label), ' ', text);
}

/** Each community's uncovered needs, in the page's language. */
function uncoveredBy(uncovered) {
  const by = new Map();
  for (const u of uncovered) {
    if (!by.has(u.community)) by.set(u.community, []);
    by.get(u.community).push(pick(u.needZh, u.needEn));
  }
  return by;
}

function streetTable(street, uncovered) {
  return h('section', { class: 'summary-street' },
    h('h4', {}, t('summary.street', { street: street.street, alliances: street.alliances.length,
      members: street.members, party: formatNumber(street.partyMembers) })),
    h('table', { class: 'summary-table' },
      h('thead', {}, h('tr', {}, ['summary.col.alliance', 'summary.col.members', 'summary.col.party',
        'summary.col.needs', 'summary.col.uncovered', 'summary.col.distance', 'summary.col.home']
        .map((k) => h('th', {}, t(k))))),
      h('tbody', {}, street.alliances.map((a) => h('tr', {},
        h('td', {}, a.name), h('td', { class: 'num' }, a.members), h('td', { class: 'num' }, formatNumber(a.partyMembers)),
        h('td', { class: 'num' }, `${a.needsCovered} / ${a.needs}`),
        h('td', {}, (uncovered.get(a.community) || []).join(t('list.separator')) || '—'),
        h('td', { class: 'num' }, formatNumber(a.meanDistanceKm, 2)), h('td', { class: 'num' }, a.inHomeCommunity))))));
}

function comparison(sum) {
  const c = sum.comparison;
  if (!c) {
    return h('p', { class: 'muted' }, sum.adopted ? t('summary.isAdopted') : t('summary.noAdopted'));
  }
  return h('section', {},
    h('h4', {}, t('summary.comparison', { name: c.adoptedPlanName, moved: c.moved, added: c.added, removed: c.removed })),
    c.moves.length ? h('table', { class: 'summary-table' },
      h('thead', {}, h('tr', {}, h('th', {}, t('diff.col.organization')), h('th', {}, t('diff.col.from')),
        h('th', {}, t('diff.col.to')))),
      h('tbody', {}, c.moves.map((m) => h('tr', {}, h('td', {}, m.name), h('td', {}, m.from || '—'),
        h('td', {}, m.to || '—'))))) : h('p', { class: 'muted' }, t('diff.noChanges')));
}

/** Units as dots joined to their community; communities coloured by street. */
function miniMap(map) {
  const all = [...map.communities, ...map.organizations];
  const lats = all.map((p) => p.lat);
  const lons = all.map((p) => p.lon);
  const kx = Math.cos(((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI / 180);
  const w = Math.max(1e-4, (Math.max(...lons) - Math.min(...lons)) * kx);
  const hgt = Math.max(1e-4, Math.max(...lats) - Math.min(...lats));
  const x = (p) => ((p.lon - Math.min(...lons)) * kx) / w * 180 + 10;
  const y = (p) => (1 - (p.lat - Math.min(...lats)) / hgt) * 130 + 10;
  const colours = streetColours(map.communities);
  const byId = new Map(map.communities.map((c) => [c.id, c]));
  return s('svg', { class: 'summary-map', viewBox: '0 0 200 150', role: 'img', 'aria-label': t('tab.map') },
    map.organizations.filter((o) => byId.has(o.community)).map((o) => s('line', { x1: x(o), y1: y(o),
      x2: x(byId.get(o.community)), y2: y(byId.get(o.community)), stroke: colours.get(byId.get(o.community).street),
      'stroke-width': 0.4 })),
    map.organizations.map((o) => s('circle', { cx: x(o), cy: y(o), r: 0.9, fill: '#6b7785' })),
    map.communities.map((c) => s('circle', { cx: x(c), cy: y(c), r: 2.4, fill: colours.get(c.street) })));
}
