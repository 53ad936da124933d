// A map without tiles: communities and organizations plotted by their coordinates (in km around the
// centre), a line from each organization to its community, each alliance in a colour of its own.
// Wheel to zoom, drag to pan; a click picks the point nearest to it (points overlap in a dense
// town), a community shows its alliance, an organization can be pinned or moved; unit names appear
// once zoomed in; a search finds a unit or community and centres it.

import { move, togglePin } from '../actions.js';
import { openNeed, openUnit } from './unit.js';
import { formatNumber, t } from '../i18n.js';
import { canEdit, communitiesById, currentDoc, serviceLabel, state, typeLabel } from '../state.js';
import { allianceColours, clear, distanceKm, h, s } from '../util.js';

let view = null; // { x, y, w, h } in km
let home = null;
let planKey = null;
// What is shown beside the map: { kind: 'org' | 'community', id }.
let selected = null;
let showLines = true;
let svg = null;
let points = []; // { kind, id, x, y } in km, for picking the nearest
let container = null;

// Unit names appear from this zoom on (the whole town at 1); below it they would cover each other.
const NAMES_FROM_ZOOM = 2.5;
// A click picks the nearest point within this many screen pixels.
const PICK_RADIUS_PX = 14;

export function render(target) {
  container = target;
  if (!container.dataset.built) build(container);
  const doc = currentDoc();
  if (!doc) return;
  const projection = project(doc);
  const key = `${state.planId}`;
  if (key !== planKey || !view) {
    planKey = key;
    home = projection.bounds;
    view = { ...home };
    selected = null;
  }
  draw(doc, projection);
  renderSearchList(doc);
  renderSide(doc);
}

function build(target) {
  target.dataset.built = 'true';
  svg = s('svg', { class: 'map', role: 'img', 'aria-label': t('tab.map') });
  const zoomBy = (factor) => {
    zoomAt(view.x + view.w / 2, view.y + view.h / 2, factor);
  };
  const lines = h('input', { type: 'checkbox', checked: showLines, class: 'map-lines' });
  lines.addEventListener('change', () => {
    showLines = lines.checked;
    svg.classList.toggle('no-lines', !showLines);
  });
  const search = h('input', { type: 'search', class: 'map-search', list: 'map-names',
    'data-i18n-placeholder': 'map.search', placeholder: t('map.search'), 'aria-label': t('map.search') });
  search.addEventListener('change', () => find(search.value));
  search.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') find(search.value);
  });
  target.append(
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', class: 'zoom-in', 'data-i18n-title': 'map.zoomIn', title: t('map.zoomIn'),
        onclick: () => zoomBy(1 / 1.5) }, '+'),
      h('button', { type: 'button', class: 'zoom-out', 'data-i18n-title': 'map.zoomOut', title: t('map.zoomOut'),
        onclick: () => zoomBy(1.5) }, '−'),
      h('button', { type: 'button', class: 'zoom-reset', onclick: () => { view = { ...home }; applyView(); } },
        h('span', { 'data-i18n': 'map.reset' }, t('map.reset'))),
      search, h('datalist', { id: 'map-names' }),
      h('label', { class: 'check' }, lines, h('span', { 'data-i18n': 'map.lines' }, t('map.lines'))),
      h('span', { class: 'muted map-hint', 'data-i18n': 'map.hint' }, t('map.hint'))),
    h('div', { class: 'map-layout' }, h('div', { class: 'map-frame' }, svg), h('aside', { class: 'map-side' })));
  wirePanZoom();
}

/** Kilometres east and south of the centre of all points. */
function project(doc) {
  const located = [...doc.communities, ...doc.organizations].map((x) => x.location).filter(Boolean);
  const lat0 = located.reduce((sum, p) => sum + p.lat, 0) / located.length;
  const lon0 = located.reduce((sum, p) => sum + p.lon, 0) / located.length;
  const kx = 111.32 * Math.cos((lat0 * Math.PI) / 180);
  const ky = 110.574;
  const at = (p) => ({ x: (p.lon - lon0) * kx, y: -(p.lat - lat0) * ky });
  const xy = located.map(at);
  const minX = Math.min(...xy.map((p) => p.x));
  const maxX = Math.max(...xy.map((p) => p.x));
  const minY = Math.min(...xy.map((p) => p.y));
  const maxY = Math.max(...xy.map((p) => p.y));
  const margin = Math.max(maxX - minX, maxY - minY, 0.5) * 0.06;
  return { at, bounds: { x: minX - margin, y: minY - margin, w: maxX - minX + 2 * margin, h: maxY - minY + 2 * margin } };
}

function isSelected(kind, id) {
  return selected?.kind === kind && selected.id === id;
}

function draw(doc, projection) {
  clear(svg);
  points = [];
  const colours = allianceColours(doc.communities);
  const communities = communitiesById(doc);
  const lines = s('g', { class: 'lines' });
  const orgs = s('g', { class: 'orgs' });
  const places = s('g', { class: 'communities' });
  const names = s('g', { class: 'org-labels' });
  const labels = s('g', { class: 'labels' });
  const chosenCommunity = selected?.kind === 'community' ? selected.id : null;
  for (const o of doc.organizations) {
    const p = projection.at(o.location);
    const c = communities.get(o.community);
    const colour = c ? colours.get(c.id) : '#888';
    const highlighted = isSelected('org', o.id) || (chosenCommunity && chosenCommunity === o.community);
    if (c) {
      const q = projection.at(c.location);
      lines.append(s('line', { x1: p.x, y1: p.y, x2: q.x, y2: q.y, stroke: colour,
        class: highlighted ? 'selected' : null, dataset: { org: o.id } }));
    }
    const title = s('title', {}, `${o.name} · ${typeLabel(o.type)}${c ? ` → ${c.name}` : ''}`);
    const attributes = { class: `org${o.pinned ? ' pinned' : ''}${c ? '' : ' unassigned'}${highlighted ? ' selected' : ''}`,
      stroke: colour, dataset: { org: o.id } };
    orgs.append(o.pinned
      ? s('rect', { ...attributes, x: p.x, y: p.y, dataset: { org: o.id, cx: p.x, cy: p.y } }, title)
      : s('circle', { ...attributes, cx: p.x, cy: p.y }, title));
    names.append(s('text', { x: p.x, y: p.y, class: 'org-label', dataset: { org: o.id } }, o.name));
    points.push({ kind: 'org', id: o.id, x: p.x, y: p.y });
  }
  for (const c of doc.communities) {
    const p = projection.at(c.location);
    places.append(s('circle', { class: `community${isSelected('community', c.id) ? ' selected' : ''}`, cx: p.x, cy: p.y,
      fill: colours.get(c.id), dataset: { community: c.id } },
    s('title', {}, `${c.name} · ${c.street || ''}`)));
    labels.append(s('text', { x: p.x, y: p.y, class: 'label', dataset: { community: c.id } }, c.name));
    points.push({ kind: 'community', id: c.id, x: p.x, y: p.y });
  }
  svg.append(lines, orgs, places, names, labels);
  svg.classList.toggle('no-lines', !showLines);
  applyView();
}

/** The view box, and sizes that stay the same on screen whatever the zoom. */
function applyView() {
  if (!svg || !view) return;
  svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
  const unit = Math.max(view.w, view.h) / 100;
  svg.querySelectorAll('circle.community').forEach((el) => el.setAttribute('r', unit * 1.2));
  svg.querySelectorAll('circle.org').forEach((el) => el.setAttribute('r', unit * 0.55));
  svg.querySelectorAll('rect.org').forEach((el) => {
    const size = unit * 1.1;
    el.setAttribute('x', Number(el.dataset.cx) - size / 2);
    el.setAttribute('y', Number(el.dataset.cy) - size / 2);
    el.setAttribute('width', size);
    el.setAttribute('height', size);
  });
  svg.querySelectorAll('text.label').forEach((el) => {
    el.setAttribute('font-size', unit * 1.9);
    el.setAttribute('dx', unit * 1.5);
    el.setAttribute('dy', unit * 0.6);
  });
  svg.querySelectorAll('text.org-label').forEach((el) => {
    el.setAttribute('font-size', unit * 1.4);
    el.setAttribute('dx', unit * 0.9);
    el.setAttribute('dy', unit * 0.5);
  });
  const zoom = home.w / view.w;
  svg.dataset.zoom = zoom.toFixed(2);
  svg.classList.toggle('named', zoom >= NAMES_FROM_ZOOM);
}

function zoomAt(cx, cy, factor) {
  const w = Math.min(Math.max(view.w * factor, home.w / 40), home.w * 4);
  const k = w / view.w;
  view = { x: cx - (cx - view.x) * k, y: cy - (cy - view.y) * k, w, h: view.h * k };
  applyView();
}

/** Centres a point and zooms in far enough for the names around it. */
function centreOn(x, y) {
  const w = Math.min(view.w, home.w / (NAMES_FROM_ZOOM * 1.6));
  const k = w / view.w;
  view = { x: x - w / 2, y: y - (view.h * k) / 2, w, h: view.h * k };
  applyView();
}

/** The unit or community a search names: an exact name first, then one that starts with it, then any. */
function find(text) {
  const query = text.trim().toLowerCase();
  const doc = currentDoc();
  if (!query || !doc) return;
  const all = [...doc.communities.map((x) => ({ kind: 'community', x })), ...doc.organizations.map((x) => ({ kind: 'org', x }))];
  const hit = all.find((e) => e.x.name.toLowerCase() === query)
    || all.find((e) => e.x.name.toLowerCase().startsWith(query))
    || all.find((e) => e.x.name.toLowerCase().includes(query));
  const status = container.querySelector('.map-search');
  status.classList.toggle('not-found', !hit);
  if (!hit) return;
  selected = { kind: hit.kind, id: hit.x.id };
  const point = points.find((p) => p.kind === hit.kind && p.id === hit.x.id);
  if (point) centreOn(point.x, point.y);
  render(container);
}

function renderSearchList(doc) {
  const list = clear(container.querySelector('#map-names'));
  for (const x of [...doc.communities, ...doc.organizations]) list.append(h('option', { value: x.name }));
}

/** The point nearest to a click, within a few pixels: in a dense town the markers overlap. */
function pick(event) {
  const box = svg.getBoundingClientRect();
  const perPixel = view.w / box.width;
  const at = toMap(event);
  let best = null;
  for (const p of points) {
    const d = Math.hypot(p.x - at.x, p.y - at.y) / perPixel;
    if (d <= PICK_RADIUS_PX && (!best || d < best.d)) best = { ...p, d };
  }
  return best;
}

function toMap(event) {
  const point = svg.createSVGPoint();
  point.x = event.clientX;
  point.y = event.clientY;
  return point.matrixTransform(svg.getScreenCTM().inverse());
}

let dragged = false;

function wirePanZoom() {
  svg.addEventListener('wheel', (event) => {
    event.preventDefault();
    const p = toMap(event);
    zoomAt(p.x, p.y, Math.pow(1.0015, event.deltaY));
  }, { passive: false });
  let start = null;
  svg.addEventListener('pointerdown', (event) => {
    start = { x: event.clientX, y: event.clientY, view: { ...view } };
    dragged = false;
  });
  svg.addEventListener('pointermove', (event) => {
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (!dragged && Math.hypot(dx, dy) < 4) return;
    if (!dragged) svg.setPointerCapture(event.pointerId);
    dragged = true;
    const scale = start.view.w / svg.getBoundingClientRect().width;
    view = { ...start.view, x: start.view.x - dx * scale, y: start.view.y - dy * scale };
    applyView();
  });
  const end = () => {
    start = null;
    setTimeout(() => { dragged = false; }, 0);
  };
  svg.addEventListener('pointerup', end);
  svg.addEventListener('pointercancel', end);
  svg.addEventListener('click', (event) => {
    if (dragged) return;
    const hit = pick(event);
    if (!hit) return;
    selected = { kind: hit.kind, id: hit.id };
    render(container);
  });
}

function renderSide(doc) {
  const side = clear(container.querySelector('.map-side'));
  side.append(h('ul', { class: 'legend' },
    h('li', {}, h('span', { class: 'dot big' }), t('map.community')),
    h('li', {}, h('span', { class: 'dot' }), t('map.organization')),
    h('li', {}, h('span', { class: 'dot square' }), t('map.pinnedOrganization'))));
  if (selected?.kind === 'org') {
    const o = doc.organizations.find((x) => x.id === selected.id);
    if (o) side.append(organizationPanel(doc, o));
  } else if (selected?.kind === 'community') {
    const c = doc.communities.find((x) => x.id === selected.id);
    if (c) side.append(alliancePanel(doc, c));
  } else {
    side.append(h('p', { class: 'muted' }, t('map.selectHint')));
  }
  side.append(allianceList(doc));
}

/** Every alliance in its colour with its number of members; a click shows it. */
function allianceList(doc) {
  const colours = allianceColours(doc.communities);
  const count = new Map();
  for (const o of doc.organizations) count.set(o.community, (count.get(o.community) || 0) + 1);
  return h('div', { class: 'alliance-legend' }, h('h5', {}, t('map.alliances')), h('ul', {},
    doc.communities.map((c) => h('li', { class: isSelected('community', c.id) ? 'selected' : null },
      h('button', { type: 'button', class: 'link', dataset: { community: c.id }, onclick: () => {
        selected = { kind: 'community', id: c.id };
        render(container);
      } }, h('span', { class: 'swatch', style: `background:${colours.get(c.id)}` }), c.name,
      h('span', { class: 'muted' }, ` ${count.get(c.id) || 0}`))))));
}

/** A community: its alliance, street, needs served or not, and members nearest first. */
function alliancePanel(doc, c) {
  const colours = allianceColours(doc.communities);
  const members = doc.organizations.filter((o) => o.community === c.id)
    .map((o) => ({ o, km: distanceKm(o.location, c.location) })).sort((a, b) => a.km - b.km);
  const offered = new Set(members.flatMap(({ o }) => o.capabilities || []));
  return h('div', { class: 'selected-community', dataset: { community: c.id },
    style: `border-left-color:${colours.get(c.id)}` },
  h('h4', {}, t('map.allianceOf', { community: c.name })),
  h('p', {}, c.street || '—', ' · ', t('alliances.members', { count: members.length })),
  (c.needs || []).length ? h('p', { class: 'needs' }, (c.needs || []).map((n) => h('span',
    { class: `need ${offered.has(n.code) ? 'covered' : 'uncovered'}`, dataset: { need: n.code },
      onclick: offered.has(n.code) ? null : () => openNeed(c.id, n.code) },
    offered.has(n.code) ? '✓ ' : '✗ ', serviceLabel(n.code)))) : null,
  h('ol', { class: 'member-list' }, members.map(({ o, km }) => h('li', {},
    h('button', { type: 'button', class: 'link', dataset: { org: o.id }, onclick: () => {
      selected = { kind: 'org', id: o.id };
      render(container);
    } }, o.name), h('span', { class: 'muted' }, ` ${typeLabel(o.type)} · ${formatNumber(km, 2)} ${t('kpi.km')}`)))));
}

function organizationPanel(doc, o) {
  const communities = communitiesById(doc);
  const c = communities.get(o.community);
  const editable = canEdit();
  const select = h('select', { class: 'move-select', disabled: !editable, title: editable ? null : t('edit.disabled') },
    h('option', { value: '__none' }, t('alliances.unassign')),
    [...communities.values()]
      .map((x) => ({ x, km: distanceKm(o.location, x.location) }))
      .sort((a, b) => a.km - b.km)
      .map(({ x, km }) => h('option', { value: x.id, selected: x.id === o.community },
        `${x.name}${t('common.paren', { text: `${formatNumber(km, 2)} ${t('kpi.km')}` })}`)));
  if (!o.community) select.value = '__none';
  select.addEventListener('change', () => move(o.id, select.value === '__none' ? null : select.value));
  return h('div', { class: 'selected-org', dataset: { org: o.id } },
    h('h4', {}, o.name),
    h('p', {}, typeLabel(o.type), ' · ', o.street || ''),
    c ? h('p', {}, h('button', { type: 'button', class: 'link', dataset: { community: c.id }, onclick: () => {
      selected = { kind: 'community', id: c.id };
      render(container);
    } }, t('map.allianceOf', { community: c.name })), ' · ',
    t('map.distanceTo', { community: c.name, km: formatNumber(distanceKm(o.location, c.location), 2) }))
      : h('p', { class: 'bad' }, t('alliances.unassign')),
    o.pinned ? h('p', { class: 'tag pinned' }, t('alliances.pinned')) : null,
    h('p', {}, h('button', { type: 'button', class: 'link open-unit', dataset: { org: o.id }, onclick: () => openUnit(o.id) },
      t('unit.whyButton'))),
    h('div', { class: 'row' },
      h('button', { type: 'button', class: 'pin', disabled: !editable || !o.community,
        title: editable ? null : t('edit.disabled'), onclick: () => togglePin(o.id) },
      o.pinned ? t('alliances.unpin') : t('alliances.pin')),
      h('label', {}, `${t('alliances.moveTo')} `, select)));
}
