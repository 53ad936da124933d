// A map without tiles: communities and organizations plotted by their coordinates (in km around the
// centre), a line from each organization to its community, communities coloured by street. Wheel to
// zoom, drag to pan; click an organization to pin or move it.

import { move, togglePin } from '../actions.js';
import { formatNumber, t } from '../i18n.js';
import { canEdit, communitiesById, currentDoc, state, typeLabel } from '../state.js';
import { clear, distanceKm, h, s, streetColours } from '../util.js';

let view = null; // { x, y, w, h } in km
let home = null;
let planKey = null;
let selected = null;
let showLines = true;
let svg = null;

export function render(container) {
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
  renderSide(container, doc, projection);
}

function build(container) {
  container.dataset.built = 'true';
  svg = s('svg', { class: 'map', role: 'img', 'aria-label': t('tab.map') });
  const zoomBy = (factor) => {
    zoomAt(view.x + view.w / 2, view.y + view.h / 2, factor);
  };
  const lines = h('input', { type: 'checkbox', checked: showLines, class: 'map-lines' });
  lines.addEventListener('change', () => {
    showLines = lines.checked;
    svg.classList.toggle('no-lines', !showLines);
  });
  container.append(
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', class: 'zoom-in', title: t('map.zoomIn'), onclick: () => zoomBy(1 / 1.5) }, '+'),
      h('button', { type: 'button', class: 'zoom-out', title: t('map.zoomOut'), onclick: () => zoomBy(1.5) }, '−'),
      h('button', { type: 'button', class: 'zoom-reset', onclick: () => { view = { ...home }; applyView(); } },
        h('span', { 'data-i18n': 'map.reset' }, t('map.reset'))),
      h('label', { class: 'check' }, lines, h('span', { 'data-i18n': 'map.lines' }, t('map.lines'))),
      h('span', { class: 'muted', 'data-i18n': 'map.hint' }, t('map.hint'))),
    h('div', { class: 'map-layout' }, h('div', { class: 'map-frame' }, svg), h('aside', { class: 'map-side' })));
  wirePanZoom();
}

/** Kilometres east and south of the centre of all points. */
function project(doc) {
  const points = [...doc.communities, ...doc.organizations].map((x) => x.location).filter(Boolean);
  const lat0 = points.reduce((sum, p) => sum + p.lat, 0) / points.length;
  const lon0 = points.reduce((sum, p) => sum + p.lon, 0) / points.length;
  const kx = 111.32 * Math.cos((lat0 * Math.PI) / 180);
  const ky = 110.574;
  const at = (p) => ({ x: (p.lon - lon0) * kx, y: -(p.lat - lat0) * ky });
  const xy = points.map(at);
  const minX = Math.min(...xy.map((p) => p.x));
  const maxX = Math.max(...xy.map((p) => p.x));
  const minY = Math.min(...xy.map((p) => p.y));
  const maxY = Math.max(...xy.map((p) => p.y));
  const margin = Math.max(maxX - minX, maxY - minY, 0.5) * 0.06;
  return { at, bounds: { x: minX - margin, y: minY - margin, w: maxX - minX + 2 * margin, h: maxY - minY + 2 * margin } };
}

function draw(doc, projection) {
  clear(svg);
  const colours = streetColours(doc.communities);
  const communities = communitiesById(doc);
  const lines = s('g', { class: 'lines' });
  const orgs = s('g', { class: 'orgs' });
  const places = s('g', { class: 'communities' });
  const labels = s('g', { class: 'labels' });
  for (const o of doc.organizations) {
    const p = projection.at(o.location);
    const c = communities.get(o.community);
    const colour = c ? colours.get(c.street || '') : '#888';
    if (c) {
      const q = projection.at(c.location);
      lines.append(s('line', { x1: p.x, y1: p.y, x2: q.x, y2: q.y, stroke: colour,
        class: o.id === selected ? 'selected' : null, dataset: { org: o.id } }));
    }
    const title = s('title', {}, `${o.name} · ${typeLabel(o.type)}${c ? ` → ${c.name}` : ''}`);
    const attributes = { class: `org${o.pinned ? ' pinned' : ''}${c ? '' : ' unassigned'}${o.id === selected ? ' selected' : ''}`,
      stroke: colour, dataset: { org: o.id }, onclick: (e) => { if (!dragged) { selected = o.id; render(e.target.closest('.tab-panel')); } } };
    orgs.append(o.pinned
      ? s('rect', { ...attributes, x: p.x, y: p.y, dataset: { org: o.id, cx: p.x, cy: p.y } }, title)
      : s('circle', { ...attributes, cx: p.x, cy: p.y }, title));
  }
  for (const c of doc.communities) {
    const p = projection.at(c.location);
    const colour = colours.get(c.street || '');
    places.append(s('circle', { class: 'community', cx: p.x, cy: p.y, fill: colour, dataset: { community: c.id } },
      s('title', {}, `${c.name} · ${c.street || ''}`)));
    labels.append(s('text', { x: p.x, y: p.y, class: 'label', dataset: { community: c.id } }, c.name));
  }
  svg.append(lines, orgs, places, labels);
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
  svg.dataset.zoom = (home.w / view.w).toFixed(2);
}

function zoomAt(cx, cy, factor) {
  const w = Math.min(Math.max(view.w * factor, home.w / 40), home.w * 4);
  const k = w / view.w;
  view = { x: cx - (cx - view.x) * k, y: cy - (cy - view.y) * k, w, h: view.h * k };
  applyView();
}

let dragged = false;

function wirePanZoom() {
  const toMap = (event) => {
    const point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    return point.matrixTransform(svg.getScreenCTM().inverse());
  };
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
}

function renderSide(container, doc) {
  const side = clear(container.querySelector('.map-side'));
  const colours = streetColours(doc.communities);
  side.append(h('ul', { class: 'legend' },
    [...colours].map(([name, colour]) => h('li', {}, h('span', { class: 'swatch', style: `background:${colour}` }),
      name || '—')),
    h('li', {}, h('span', { class: 'dot big' }), t('map.community')),
    h('li', {}, h('span', { class: 'dot' }), t('map.organization')),
    h('li', {}, h('span', { class: 'dot square' }), t('map.pinnedOrganization'))));
  const o = doc.organizations.find((x) => x.id === selected);
  if (!o) {
    side.append(h('p', { class: 'muted' }, t('map.selectHint')));
    return;
  }
  const communities = communitiesById(doc);
  const c = communities.get(o.community);
  const editable = canEdit();
  const select = h('select', { class: 'move-select', disabled: !editable, title: editable ? null : t('edit.disabled') },
    h('option', { value: '__none' }, t('alliances.unassign')),
    [...communities.values()]
      .map((x) => ({ x, km: distanceKm(o.location, x.location) }))
      .sort((a, b) => a.km - b.km)
      .map(({ x, km }) => h('option', { value: x.id, selected: x.id === o.community },
        `${x.name}（${formatNumber(km, 2)} ${t('kpi.km')}）`)));
  if (!o.community) select.value = '__none';
  select.addEventListener('change', () => move(o.id, select.value === '__none' ? null : select.value));
  side.append(h('div', { class: 'selected-org', dataset: { org: o.id } },
    h('h4', {}, o.name),
    h('p', {}, typeLabel(o.type), ' · ', o.street || ''),
    c ? h('p', {}, t('map.distanceTo', { community: c.name, km: formatNumber(distanceKm(o.location, c.location), 2) }))
      : h('p', { class: 'bad' }, t('alliances.unassign')),
    o.pinned ? h('p', { class: 'tag pinned' }, t('alliances.pinned')) : null,
    h('div', { class: 'row' },
      h('button', { type: 'button', class: 'pin', disabled: !editable || !o.community,
        title: editable ? null : t('edit.disabled'), onclick: () => togglePin(o.id) },
      o.pinned ? t('alliances.unpin') : t('alliances.pin')),
      h('label', {}, `${t('alliances.moveTo')} `, select))));
}
