// Small helpers: building DOM and SVG, scores, distances, colours.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An element: h('div', {class: 'x', onclick: f}, 'text', child…). Null and false children are skipped. */
export function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  setAttributes(el, attributes);
  append(el, children);
  return el;
}

/** An SVG element, the same way. */
export function s(tag, attributes = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttributes(el, attributes);
  append(el, children);
  return el;
}

function setAttributes(el, attributes) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, value);
    }
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

/** "-1init/0hard/-2medium/-412345soft" as numbers; null for null. */
export function parseScore(text) {
  if (!text) return null;
  const score = { init: 0, hard: 0, medium: 0, soft: 0 };
  for (const part of text.split('/')) {
    const m = /^(-?\d+)(init|hard|medium|soft)$/.exec(part);
    if (m) score[m[2]] = Number(m[1]);
  }
  return score;
}

/** Haversine distance in km, as the service computes it. */
export function distanceKm(a, b) {
  if (!a || !b) return null;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const x = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(x)));
}

const STREET_COLOURS = ['#c0392b', '#1f6fb2', '#1e8449', '#b9770e', '#7d3c98', '#117a65', '#a04000', '#2e4053',
  '#d35400', '#5d6d7e'];

/** A colour per street, in the order the streets first appear. */
export function streetColours(communities) {
  const colours = new Map();
  for (const c of communities) {
    const street = c.street || '';
    if (!colours.has(street)) colours.set(street, STREET_COLOURS[colours.size % STREET_COLOURS.length]);
  }
  return colours;
}

/**
 * A colour per alliance (community), in the order given: hues a golden angle apart, so that
 * neighbours in the list differ, with two lightnesses alternating for the 20-odd of a county.
 */
export function allianceColours(communities) {
  const colours = new Map();
  communities.forEach((c, i) => {
    const hue = Math.round((i * 137.508 + 8) % 360);
    colours.set(c.id, `hsl(${hue}, ${i % 2 ? 70 : 60}%, ${i % 2 ? 38 : 46}%)`);
  });
  return colours;
}

/** Every ISO day of a list of days and ranges ("2026-10-01/2026-10-07"). */
export function expandDays(entries) {
  const days = new Set();
  for (const entry of entries || []) {
    const [start, end = start] = entry.split('/');
    const day = new Date(`${start}T00:00:00Z`);
    const last = new Date(`${end}T00:00:00Z`);
    for (let guard = 0; day <= last && guard < 400; guard++) {
      days.add(day.toISOString().slice(0, 10));
      day.setUTCDate(day.getUTCDate() + 1);
    }
  }
  return days;
}

export function deepCopy(value) {
  return JSON.parse(JSON.stringify(value));
}

export function debounce(fn, millis) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), millis);
  };
}
