// The alliances: community → member organizations with type, party members, distance and capabilities;
// needs covered and uncovered highlighted; pin, unpin and move by hand.

import { move, toast, togglePin } from '../actions.js';
import { openNeed, openUnit } from './unit.js';
import { formatNumber, t } from '../i18n.js';
import {
  canEdit, communitiesById, currentDoc, initialising, serviceLabel, state, typeLabel,
} from '../state.js';
import { clear, distanceKm, h, streetColours } from '../util.js';

let search = '';
let street = '';
let onlyUncovered = false;
let moving = null;
let flash = null;

/**
 * Shows an organization in its alliance (a sentence of the score analysis links here), clearing the
 * filters that would hide it: a search it does not match, another street, "only uncovered".
 */
export function focusOrganization(id) {
  flash = id;
  state.tab = 'alliances';
  const doc = currentDoc();
  const o = doc?.organizations.find((x) => x.id === id);
  if (!o) return;
  const c = o.community ? communitiesById(doc).get(o.community) : null;
  const cleared = [];
  const query = search.trim().toLowerCase();
  if (query && !(o.name.toLowerCase().includes(query)
      || (c && (c.name.toLowerCase().includes(query) || c.id.toLowerCase().includes(query))))) {
    search = '';
    cleared.push(t('alliances.filter.search'));
  }
  // The unassigned are listed only when no street is chosen and uncovered needs are not the filter.
  if (street && (!c || (c.street || '') !== street)) {
    street = '';
    cleared.push(t('alliances.filter.street'));
  }
  if (onlyUncovered && (!c || !hasUncovered(c, doc))) {
    onlyUncovered = false;
    cleared.push(t('alliances.filter.uncovered'));
  }
  if (cleared.length) toast(t('alliances.filtersCleared', { filters: cleared.join(t('list.separator')) }));
}

/** Only the alliances with needs no member serves (the next step after solving). */
export function showOnlyUncovered() {
  onlyUncovered = true;
  search = '';
  street = '';
}

function hasUncovered(c, doc) {
  const offered = new Set(doc.organizations.filter((o) => o.community === c.id).flatMap((o) => o.capabilities || []));
  return (c.needs || []).some((n) => !offered.has(n.code));
}

export function render(container) {
  if (!container.dataset.built) build(container);
  const doc = currentDoc();
  const list = clear(container.querySelector('.alliance-list'));
  syncFilters(container, doc);
  if (!doc) return;
  const starting = initialising();
  if (starting) {
    // Nobody is placed yet: a list of every unit as unassigned would read like a failure.
    list.append(h('p', { class: 'placing' }, t(`plan.${starting}Long`)));
    return;
  }
  const communities = communitiesById(doc);
  const colours = streetColours(doc.communities);
  const members = new Map(doc.communities.map((c) => [c.id, []]));
  const unassigned = [];
  for (const o of doc.organizations) {
    if (o.community && members.has(o.community)) {
      members.get(o.community).push(o);
    } else {
      unassigned.push(o);
    }
  }
  const query = search.trim().toLowerCase();
  const editable = canEdit();
  let shown = 0;
  const byStreet = new Map();
  for (const c of doc.communities) {
    if (street && (c.street || '') !== street) continue;
    const orgs = members.get(c.id);
    const offered = new Set(orgs.flatMap((o) => o.capabilities || []));
    const uncovered = (c.needs || []).filter((n) => !offered.has(n.code));
    if (onlyUncovered && !uncovered.length) continue;
    const nameMatches = !query || c.name.toLowerCase().includes(query) || c.id.toLowerCase().includes(query);
    const memberMatches = query ? orgs.filter((o) => o.name.toLowerCase().includes(query)) : [];
    if (!nameMatches && !memberMatches.length) continue;
    shown += 1;
    if (!byStreet.has(c.street || '')) byStreet.set(c.street || '', []);
    byStreet.get(c.street || '').push(card(c, orgs, offered, uncovered, communities, colours, editable,
      new Set(memberMatches.map((o) => o.id))));
  }
  if (unassigned.length && !onlyUncovered && (!street)) {
    list.append(h('section', { class: 'unassigned' }, h('h3', {}, `${t('alliances.unassigned')}（${unassigned.length}）`),
      memberTable(unassigned, null, communities, editable, new Set())));
  }
  for (const [name, cards] of byStreet) {
    list.append(h('h3', { class: 'street-heading' },
      h('span', { class: 'swatch', style: `background:${colours.get(name)}` }), name || '—'),
    h('div', { class: 'alliance-grid' }, cards));
  }
  if (!shown) list.append(h('p', { class: 'muted' }, t('alliances.empty')));
  if (flash) {
    const row = list.querySelector(`tr[data-org="${CSS.escape(flash)}"]`);
    flash = null;
    if (row) {
      row.classList.add('flash');
      row.scrollIntoView({ block: 'center' });
    }
  }
}

function build(container) {
  container.dataset.built = 'true';
  const searchInput = h('input', { type: 'search', class: 'search', 'data-i18n-placeholder': 'alliances.search',
    placeholder: t('alliances.search') });
  searchInput.addEventListener('input', () => {
    search = searchInput.value;
    render(container);
  });
  const streetSelect = h('select', { class: 'street-filter' });
  streetSelect.addEventListener('change', () => {
    street = streetSelect.value;
    render(container);
  });
  const uncovered = h('input', { type: 'checkbox', class: 'only-uncovered' });
  uncovered.addEventListener('change', () => {
    onlyUncovered = uncovered.checked;
    render(container);
  });
  container.append(
    h('div', { class: 'toolbar' }, searchInput, streetSelect,
      h('label', { class: 'check' }, uncovered, h('span', { 'data-i18n': 'alliances.onlyUncovered' },
        t('alliances.onlyUncovered')))),
    h('div', { class: 'alliance-list' }));
}

function syncFilters(container, doc) {
  const select = container.querySelector('.street-filter');
  const streets = [...new Set((doc?.communities || []).map((c) => c.street || ''))];
  clear(select);
  select.append(h('option', { value: '' }, t('alliances.allStreets')));
  for (const name of streets) select.append(h('option', { value: name }, name || '—'));
  if (!streets.includes(street)) street = '';
  select.value = street;
  container.querySelector('.search').placeholder = t('alliances.search');
  if (container.querySelector('.search').value !== search) container.querySelector('.search').value = search;
  container.querySelector('.only-uncovered').checked = onlyUncovered;
  container.querySelector('[data-i18n="alliances.onlyUncovered"]').textContent = t('alliances.onlyUncovered');
}

function card(c, orgs, offered, uncovered, communities, colours, editable, matches) {
  const partyMembers = orgs.reduce((sum, o) => sum + (o.partyMembers || 0), 0);
  const count = orgs.length;
  const outOfLimits = (c.minMembers != null && count < c.minMembers) || (c.maxMembers != null && count > c.maxMembers);
  const limits = c.minMembers != null || c.maxMembers != null
    ? t('alliances.limits', { min: c.minMembers ?? 0, max: c.maxMembers ?? '∞' }) : '';
  const needs = (c.needs || []).map((n) => {
    const covered = offered.has(n.code);
    return h('span', {
      class: `need ${covered ? 'covered' : 'uncovered'}`,
      title: `${covered ? t('alliances.covered') : t('alliances.uncovered')} · P${n.priority ?? 1}`,
      dataset: { need: n.code },
      // An uncovered need lists the units that could serve it.
      onclick: covered ? null : () => openNeed(c.id, n.code),
    }, covered ? '✓ ' : '✗ ', serviceLabel(n.code), h('sup', {}, n.priority ?? 1));
  });
  return h('article', { class: `alliance${uncovered.length ? ' has-uncovered' : ''}`, dataset: { community: c.id },
    style: `border-top-color:${colours.get(c.street || '')}` },
  h('header', {},
    h('h4', {}, c.name),
    h('span', { class: `count${outOfLimits ? ' bad' : ''}` }, t('alliances.members', { count }), limits),
    h('span', { class: 'muted' }, t('alliances.partyMembers', { count: formatNumber(partyMembers) })),
    c.population ? h('span', { class: 'muted' }, t('alliances.population', { count: formatNumber(c.population) }))
      : null),
  h('div', { class: 'needs' }, h('span', { class: 'needs-label' }, t('alliances.needsLabel')),
    needs.length ? needs : h('span', { class: 'muted' }, t('alliances.noNeeds'))),
  memberTable(orgs, c, communities, editable, matches));
}

function memberTable(orgs, community, communities, editable, matches) {
  const needCodes = new Set((community?.needs || []).map((n) => n.code));
  const rows = orgs.map((o) => {
    const home = o.homeCommunity ? communities.get(o.homeCommunity) : null;
    const km = community ? distanceKm(o.location, community.location) : null;
    const tags = [];
    if (home && community && home.id === community.id) {
      tags.push(h('span', { class: 'tag home' }, t('alliances.home')));
    } else if (home) {
      tags.push(h('span', { class: 'tag elsewhere' }, t('alliances.homeElsewhere', { community: home.name })));
    }
    if (o.pinned) tags.push(h('span', { class: 'tag pinned' }, t('alliances.pinned')));
    const capabilities = (o.capabilities || []).map((code) => h('span',
      { class: `cap${needCodes.has(code) ? ' serves' : ''}` }, serviceLabel(code)));
    return h('tr', { dataset: { org: o.id }, class: `${matches.has(o.id) ? 'match' : ''}${o.pinned ? ' is-pinned' : ''}` },
      h('td', { class: 'org-name' }, h('button', { type: 'button', class: 'link open-unit', dataset: { org: o.id },
        onclick: () => openUnit(o.id) }, o.name), ' ', tags),
      h('td', { class: 'type' }, typeLabel(o.type)),
      // The labels head the values where a narrow screen lays each row out as a card.
      h('td', { class: 'num party', dataset: { label: t('alliances.col.partyMembers') } }, formatNumber(o.partyMembers ?? 0)),
      h('td', { class: 'num km', dataset: { label: t('alliances.col.distance') } }, km == null ? '' : formatNumber(km, 2)),
      h('td', { class: 'caps' }, capabilities),
      h('td', { class: 'actions' }, actions(o, communities, editable)));
  });
  return h('table', { class: 'members' },
    h('thead', {}, h('tr', {},
      h('th', {}, t('alliances.col.name')), h('th', {}, t('alliances.col.type')),
      h('th', { class: 'num' }, t('alliances.col.partyMembers')), h('th', { class: 'num' }, t('alliances.col.distance')),
      h('th', {}, t('alliances.col.capabilities')), h('th', {}, t('alliances.col.actions')))),
    h('tbody', {}, rows));
}

function actions(o, communities, editable) {
  const title = editable ? null : t('edit.disabled');
  const pin = h('button', { type: 'button', class: `pin${o.pinned ? ' on' : ''}`, disabled: !editable || !o.community,
    title, onclick: () => togglePin(o.id) }, o.pinned ? t('alliances.unpin') : t('alliances.pin'));
  if (moving === o.id && editable) {
    return [pin, moveSelect(o, communities)];
  }
  const moveButton = h('button', { type: 'button', class: 'move', disabled: !editable, title,
    onclick: (e) => {
      moving = o.id;
      const td = e.target.closest('td');
      td.replaceChildren(pin, moveSelect(o, communities));
      td.querySelector('select').focus();
    } }, t('alliances.move'));
  return [pin, moveButton];
}

/** Communities by street, nearest first, each with its distance. */
function moveSelect(o, communities) {
  const select = h('select', { class: 'move-select', 'aria-label': t('alliances.moveTo') });
  select.append(h('option', { value: '__none' }, t('alliances.unassign')));
  const byStreet = new Map();
  for (const c of communities.values()) {
    if (!byStreet.has(c.street || '')) byStreet.set(c.street || '', []);
    byStreet.get(c.street || '').push({ c, km: distanceKm(o.location, c.location) });
  }
  for (const [name, list] of byStreet) {
    list.sort((a, b) => a.km - b.km);
    select.append(h('optgroup', { label: name || '—' }, list.map(({ c, km }) =>
      h('option', { value: c.id, selected: c.id === o.community }, `${c.name}（${formatNumber(km, 2)} ${t('kpi.km')}）`))));
  }
  if (!o.community) select.value = '__none';
  select.addEventListener('change', () => {
    moving = null;
    move(o.id, select.value === '__none' ? null : select.value);
  });
  select.addEventListener('blur', () => {
    if (moving === o.id) {
      moving = null;
    }
  });
  return select;
}
