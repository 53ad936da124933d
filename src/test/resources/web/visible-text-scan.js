// Run by the browser tests (executeAsyncScript): opens every view of the page in turn, in the
// language the page is in, and returns each piece of visible text (and each shown tooltip) that
// does not belong there. In Chinese: a code name — a constraint's, a need's, a type's, a dataset's,
// a community's id, a status, a score level. In English: a Chinese label, that is Chinese text left
// once every name (units, communities, streets, plans) is taken out, and the code names that are not
// plain English words (sizeBalance, HEALTH_CARE, SOLVED, dianjiang; not distance or soft).
const done = arguments[arguments.length - 1];
(async () => {
  const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const until = async (condition, ms = 8000) => {
    for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
      if (condition()) return true;
    }
    return false;
  };
  const get = async (path) => (await fetch(path)).json();
  const planId = /plan=([\w-]+)/.exec(location.hash)[1];
  const [constraints, vocabulary, datasets, plans, detail] = await Promise.all([get('/api/constraints'),
    get('/api/vocabulary'), get('/api/datasets'), get('/api/plans'), get(`/api/plans/${planId}`)]);
  const doc = detail.plan;

  const codes = new Set(['soft', 'hard', 'medium', 'init', 'SOLVED', 'SOLVING', 'STOPPED', 'QUEUED', 'FAILED', 'HARD',
    'MEDIUM', 'SOFT', 'DATASET', 'IMPORT', 'RESOLVE', 'REBALANCE', 'DEMO', 'MOVED', 'ADDED', 'REMOVED', 'ASSIGNED',
    'UNASSIGNED', 'null', 'undefined', 'NaN', 'Invalid Date']);
  constraints.forEach((c) => { codes.add(c.name); codes.add(c.group); });
  vocabulary.services.forEach((v) => codes.add(v.code));
  vocabulary.organizationTypes.forEach((v) => codes.add(v.code));
  datasets.forEach((d) => codes.add(d));
  (doc.activityTypes || []).forEach((type) => codes.add(type.code));
  doc.communities.forEach((c) => codes.add(c.id));
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const ids = new Set([...datasets, ...doc.communities.map((c) => c.id), 'null', 'undefined']);
  const codePatterns = [...codes]
    .filter((code) => lang === 'zh' || ids.has(code) || /[A-Z_-]/.test(code))
    .map((code) => [code, new RegExp(`(^|[^A-Za-z0-9_-])${escape(code)}($|[^A-Za-z0-9_-])`)]);

  // Names stay as they are in either language; the calendar's chips shorten 迎春社区 to 迎春.
  const names = new Set(['中文']);
  for (const c of doc.communities) {
    names.add(c.name);
    names.add(c.name.replace(/社区$/, ''));
    if (c.street) names.add(c.street);
  }
  doc.organizations.forEach((o) => { names.add(o.name); if (o.street) names.add(o.street); });
  plans.forEach((p) => names.add(p.name));
  names.add((await get(`/api/datasets/${datasets[0]}`)).name); // the start form names the problem it loaded
  const longestFirst = [...names].filter(Boolean).sort((a, b) => b.length - a.length);
  const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

  // A toast or an error box says what just happened, in the language of that moment.
  document.getElementById('toast').hidden = true;
  const findings = new Set();
  const visibleText = () => {
    const shown = (el) => el.getClientRects().length > 0;
    const titles = [...document.querySelectorAll('[title]')].filter(shown).map((el) => el.title);
    const placeholders = [...document.querySelectorAll('input[placeholder]')].filter(shown).map((el) => el.placeholder);
    const options = [...document.querySelectorAll('select')].filter(shown)
      .flatMap((select) => [...select.options].map((o) => o.text));
    return [document.body.innerText, ...titles, ...placeholders, ...options].join('\n');
  };
  const check = (where) => {
    const text = visibleText();
    for (const [code, pattern] of codePatterns) {
      const m = pattern.exec(text);
      if (m) findings.add(`${where}: "${code}" in …${text.slice(Math.max(0, m.index - 25), m.index + code.length + 25)
        .replace(/\n/g, ' ⏎ ')}…`);
    }
    if (lang === 'en') {
      let rest = text;
      for (const name of longestFirst) rest = rest.split(name).join('');
      for (const line of rest.split('\n')) {
        if (CJK.test(line)) findings.add(`${where}: ${line.trim().slice(0, 120)}`);
      }
    }
  };
  const open = async (tab, ready) => {
    const button = document.querySelector(`[data-tab=${tab}]`);
    if (!button || button.hidden) return;
    button.click();
    await until(ready);
    await sleep(200);
  };

  await open('alliances', () => document.querySelector('#tab-alliances article.alliance'));
  check('alliances');
  // The unit panel: a unit's place, reasons and alternatives; an uncovered need's candidates.
  document.querySelector('#tab-alliances .open-unit')?.click();
  if (await until(() => document.querySelector('#unit-panel .alternatives, #unit-panel p.muted'), 8000)) {
    check('unit panel');
  }
  const need = document.querySelector('#tab-alliances .need.uncovered');
  if (need) {
    need.click();
    await until(() => document.querySelector('#unit-panel[data-kind=need] .candidates, #unit-panel[data-kind=need] p.muted'), 8000);
    check('need panel');
  }
  document.querySelector('#unit-panel .close')?.click();
  await open('map', () => document.querySelector('svg.map circle.community'));
  const org = document.querySelector('svg.map .org');
  const box = org.getBoundingClientRect();
  document.querySelector('svg.map').dispatchEvent(new MouseEvent('click', { bubbles: true,
    clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }));
  await until(() => document.querySelector('.selected-org'));
  check('map (a unit)');
  document.querySelector('.selected-org [data-community]')?.click();
  await until(() => document.querySelector('.selected-community'));
  check('map (an alliance)');
  await open('calendar', () => document.querySelector('.month .activity') || document.querySelector('#tab-calendar p.muted'));
  document.querySelector('.month .activity')?.click();
  await until(() => document.querySelector('.activity-detail'), 2000);
  check('calendar');
  await open('analysis', () => document.querySelector('details.constraint'));
  document.querySelectorAll('details.constraint').forEach((d) => { d.open = true; });
  await sleep(200);
  check('analysis');
  await open('diff', () => document.querySelector('#tab-diff .toolbar + *'));
  check('compare and adopt');
  await open('summary', () => document.querySelector('.summary-sheet'));
  check('summary');
  document.querySelector('#exports').open = true;
  check('export menu');
  document.querySelector('#exports').open = false;

  document.querySelector('#new-plan').click();
  await until(() => !document.querySelector('#start').hidden);
  const select = document.querySelector('#dataset-select');
  select.value = datasets[0];
  select.dispatchEvent(new Event('change'));
  await until(() => document.querySelector('#problem-summary').textContent && document.querySelector('#weights .weight'));
  document.querySelectorAll('#weights details').forEach((d) => { d.open = true; });
  check('start form');
  document.querySelector('#cancel-start').click();
  await until(() => !document.querySelector('#plan').hidden);
  document.querySelector('[data-tab=alliances]').click();
  return [...findings];
})().then(done, (e) => done([`the scan failed: ${e.stack}`]));
