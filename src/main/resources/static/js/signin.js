// The sign-in page: a plain form posted to /signin with the CSRF token of the XSRF-TOKEN cookie,
// Chinese first with the same English switch as the planners' page.
import { lang, setLang, t } from './i18n.js';
import { csrfToken } from './api.js';

const $ = (id) => document.getElementById(id);

function showMessage() {
  const query = new URLSearchParams(location.search);
  const key = query.has('locked') ? 'signin.locked' : query.has('error') ? 'signin.error'
    : query.has('signedOut') ? 'signin.signedOut' : null;
  const box = $('signin-message');
  box.hidden = !key;
  if (key) {
    box.textContent = t(key);
    box.className = query.has('signedOut') ? 'note' : 'error-box';
  }
}

function applyLanguage() {
  setLang(lang());
  document.title = `${t('app.title')} · ${t('signin.title')}`;
  $('lang-switch').textContent = t('lang.switch');
  showMessage();
}

$('lang-switch').addEventListener('click', () => {
  setLang(lang() === 'zh' ? 'en' : 'zh');
  applyLanguage();
});
$('signin-form').addEventListener('submit', () => {
  $('csrf').value = csrfToken();
});
// The CSRF cookie is set with this page; fetch it once more if a stale page lost it.
if (!csrfToken()) {
  fetch('signin.html', { method: 'HEAD', credentials: 'same-origin' }).catch(() => {});
}
fetch('api/sign-in-options').then((r) => (r.ok ? r.json() : {})).then((options) => {
  $('sso-link').hidden = !options.oidc;
  if (options.oidc) $('sso-link').href = options.oidc;
}).catch(() => {});
applyLanguage();
document.body.dataset.ready = 'true';
