// The joint activity calendar as a month grid (Monday first), filtered by alliance or street, with the
// year's holidays and make-up workdays marked and each activity's members one click away.

import { api, ApiError } from '../api.js';
import { follow, showError } from '../actions.js';
import { lang, pick, t } from '../i18n.js';
import { currentDoc, state } from '../state.js';
import { clear, expandDays, h } from '../util.js';

let community = '';
let street = '';
let month = null;
let data = null;
let loadedKey = null;
let loading = false;
let missing = false;
let chosen = null;
let chosenDay = null;
const MAX_CHIPS = 4;

export function render(container) {
  if (!container.dataset.built) build(container);
  const doc = currentDoc();
  renderFilters(container, doc);
  const key = `${state.planId}|${community}|${street}|${state.detail?.score}|${state.detail?.status}`;
  if (key !== loadedKey && !loading) {
    load(container, key);
  }
  draw(container);
}

async function load(container, key) {
  loading = true;
  try {
    data = await api.calendar(state.planId, { community, street });
    missing = false;
    const months = data.months.map((m) => m.month);
    if (!months.includes(month)) month = months[0] || null;
  } catch (e) {
    data = null;
    if (e instanceof ApiError && e.status === 404) {
      missing = true;
    } else {
      showError(e);
    }
  } finally {
    loadedKey = key;
    loading = false;
  }
  draw(container);
}

function build(container) {
  container.dataset.built = 'true';
  const alliance = h('select', { class: 'calendar-community' });
  alliance.addEventListener('change', () => {
    community = alliance.value;
    if (community) street = '';
    chosen = null;
    render(container);
  });
  const streetSelect = h('select', { class: 'calendar-street' });
  streetSelect.addEventListener('change', () => {
    street = streetSelect.value;
    if (street) community = '';
    chosen = null;
    render(container);
  });
  const step = (delta) => {
    const months = data?.months.map((m) => m.month) || [];
    const index = months.indexOf(month) + delta;
    if (index >= 0 && index < months.length) {
      month = months[index];
      chosenDay = null;
      draw(container);
    }
  };
  container.append(
    h('div', { class: 'toolbar' },
      h('label', {}, h('span', { 'data-i18n': 'calendar.alliance' }, t('calendar.alliance')), ' ', alliance),
      h('label', {}, h('span', { 'data-i18n': 'calendar.street' }, t('calendar.street')), ' ', streetSelect),
      h('button', { type: 'button', class: 'month-prev', onclick: () => step(-1) }, '‹'),
      h('strong', { class: 'month-label' }),
      h('button', { type: 'button', class: 'month-next', onclick: () => step(1) }, '›'),
      h('span', { class: 'month-count muted' }),
      h('span', { class: 'spacer' }),
      h('button', { type: 'button', class: 'calendar-xlsx', onclick: () => exportSelection('calendar.xlsx') }, 'Excel'),
      h('button', { type: 'button', class: 'calendar-ics', onclick: () => exportSelection('calendar.ics') }, 'iCalendar')),
    h('p', { class: 'calendar-note muted', hidden: true }),
    h('div', { class: 'calendar-legend' }),
    h('div', { class: 'calendar-layout' }, h('div', { class: 'calendar-grid' }), h('aside', { class: 'calendar-side' })));
}

function exportSelection(file) {
  const query = community ? `?community=${encodeURIComponent(community)}`
    : street ? `?street=${encodeURIComponent(street)}` : '';
  follow(`/api/plans/${state.planId}/${file}${query}`, file);
}

function renderFilters(container, doc) {
  const alliance = container.querySelector('.calendar-community');
  const streetSelect = container.querySelector('.calendar-street');
  clear(alliance).append(h('option', { value: '' }, t('calendar.all')),
    ...(doc?.communities || []).map((c) => h('option', { value: c.id }, c.name)));
  alliance.value = community;
  const streets = [...new Set((doc?.communities || []).map((c) => c.street).filter(Boolean))];
  clear(streetSelect).append(h('option', { value: '' }, t('calendar.all')),
    ...streets.map((name) => h('option', { value: name }, name)));
  streetSelect.value = street;
  container.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  const legend = clear(container.querySelector('.calendar-legend'));
  for (const type of doc?.activityTypes || []) {
    legend.append(h('span', { class: `activity type-${type.code.toLowerCase().replace(/_/g, '-')}` },
      pick(type.name, type.nameEn)));
  }
  legend.append(h('span', {}, h('span', { class: 'tag holiday' }, t('calendar.holiday')), ' ',
    h('span', { class: 'tag workday' }, t('calendar.workday')), ' ', h('span', { class: 'tag party-day' }, '★'),
    t('calendar.partyDay')));
  const note = container.querySelector('.calendar-note');
  note.hidden = !state.working;
  note.textContent = t('calendar.edited');
}

function draw(container) {
  const grid = clear(container.querySelector('.calendar-grid'));
  const side = clear(container.querySelector('.calendar-side'));
  container.querySelector('.calendar-xlsx').disabled = missing || !data;
  container.querySelector('.calendar-ics').disabled = missing || !data;
  if (missing) {
    grid.append(h('p', { class: 'muted' }, t('calendar.none')));
    return;
  }
  if (!data) {
    grid.append(h('p', { class: 'muted' }, t('calendar.loading')));
    return;
  }
  const view = data.months.find((m) => m.month === month);
  container.querySelector('.month-label').textContent = view ? pick(view.label, view.labelEn) : '';
  container.querySelector('.month-count').textContent = view ? t('calendar.count', { count: view.activities.length }) : '';
  if (!view) return;
  const calendarDoc = state.detail?.plan?.calendar;
  const holidays = expandDays(calendarDoc?.holidays);
  const workdays = expandDays(calendarDoc?.extraWorkdays);
  const byDay = new Map();
  for (const a of view.activities) {
    if (!byDay.has(a.date)) byDay.set(a.date, []);
    byDay.get(a.date).push(a);
  }
  const [year, monthNumber] = view.month.split('-').map(Number);
  const first = new Date(Date.UTC(year, monthNumber - 1, 1));
  const last = new Date(Date.UTC(year, monthNumber, 0));
  const day = new Date(first);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  const table = h('div', { class: 'month', dataset: { month: view.month } },
    t('calendar.weekdays').split(',').map((name) => h('div', { class: 'weekday' }, name)));
  const end = new Date(last);
  end.setUTCDate(end.getUTCDate() + ((7 - end.getUTCDay()) % 7));
  for (; day <= end; day.setUTCDate(day.getUTCDate() + 1)) {
    const iso = day.toISOString().slice(0, 10);
    const inMonth = day.getUTCMonth() === monthNumber - 1;
    const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
    const off = holidays.has(iso) || (weekend && !workdays.has(iso));
    const activities = inMonth ? byDay.get(iso) || [] : [];
    const cell = h('div', { class: `day${inMonth ? '' : ' outside'}${off ? ' off' : ''}${iso === chosenDay ? ' chosen' : ''}`,
      dataset: { date: iso } },
    h('div', { class: 'day-head' }, h('span', { class: 'day-number' }, day.getUTCDate()),
      holidays.has(iso) ? h('span', { class: 'tag holiday' }, t('calendar.holiday')) : null,
      workdays.has(iso) ? h('span', { class: 'tag workday' }, t('calendar.workday')) : null,
      iso === view.themedPartyDay && inMonth ? h('span', { class: 'tag party-day', title: t('calendar.partyDay') }, '★') : null,
      inMonth ? (data.meetings || []).filter((m) => m.date === iso).map((m) => h('span', {
        class: `tag level-meeting level-${m.level.toLowerCase()}`, title: pick(m.name, m.nameEn) },
      t(`calendar.levelMeeting.${m.level}`))) : null),
    activities.slice(0, MAX_CHIPS).map((a) => chip(a, container)),
    activities.length > MAX_CHIPS ? h('button', { type: 'button', class: 'more link', onclick: () => {
      chosenDay = iso;
      chosen = null;
      draw(container);
    } }, t('calendar.more', { count: activities.length - MAX_CHIPS })) : null);
    table.append(cell);
  }
  grid.append(table);
  renderSide(side, view, byDay);
}

function chip(a, container) {
  return h('button', { type: 'button', class: `activity type-${a.type.toLowerCase().replace(/_/g, '-')}${chosen === a.id ? ' chosen' : ''}`,
    dataset: { activity: a.id }, title: `${a.communityName} · ${pick(a.typeName, a.typeNameEn)}`,
    onclick: () => {
      chosen = a.id;
      chosenDay = a.date;
      draw(container);
    } }, community ? pick(a.typeName, a.typeNameEn) : a.communityName.replace(/社区$/, ''));
}

function renderSide(side, view, byDay) {
  const activity = view.activities.find((a) => a.id === chosen);
  if (activity) {
    side.append(h('div', { class: 'activity-detail' },
      h('h4', {}, pick(activity.typeName, activity.typeNameEn)),
      h('p', {}, activity.date, t('common.paren', { text: lang() === 'zh' ? activity.weekday
        : new Date(activity.date).toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' }) }),
      ' · ', pick(activity.dayKind, activity.dayKindEn)),
      h('p', {}, `${activity.communityName} · ${activity.street || ''}`),
      h('h5', {}, t('calendar.detail.membersCount', { count: activity.members.length })),
      h('ul', { class: 'member-list' }, activity.members.map((m) => h('li', {}, m)))));
    return;
  }
  if (chosenDay && byDay.get(chosenDay)) {
    side.append(h('h4', {}, chosenDay), h('ul', { class: 'member-list' },
      byDay.get(chosenDay).map((a) => h('li', {}, `${a.communityName} · ${pick(a.typeName, a.typeNameEn)}`))));
    return;
  }
  side.append(h('p', { class: 'muted' }, t('calendar.detail.hint')));
}
