// Users and tokens (用户与令牌), for administrators: create users with their roles and scopes, enable
// or disable them, create tokens for scripts (the secret is shown once) and revoke them at once.

import { api } from '../api.js';
import { formatWhen, t } from '../i18n.js';
import { showError } from '../actions.js';
import { clear, h } from '../util.js';

const ROLES = ['ADMINISTRATOR', 'APPROVER', 'PLANNER', 'VIEWER'];
let users = null;
const tokens = new Map();
let secret = null;

async function load(container) {
  try {
    users = await api.users();
    await Promise.all(users.map(async (u) => tokens.set(u.username, await api.userTokens(u.username))));
  } catch (e) {
    users = [];
    showError(e);
  }
  draw(container);
}

export function render(container) {
  if (users === null) {
    clear(container).append(h('p', { class: 'muted' }, t('users.loading')));
    load(container);
    return;
  }
  draw(container);
}

function roleNames(roles) {
  return roles.map((r) => t(`role.${r}`)).join(t('role.separator'));
}

function createForm(container) {
  const username = h('input', { class: 'new-username', required: true });
  const displayName = h('input', { class: 'new-display-name' });
  const password = h('input', { type: 'password', class: 'new-password' });
  const role = h('select', { class: 'new-role' }, ROLES.map((r) => h('option', { value: r, selected: r === 'VIEWER' },
    t(`role.${r}`))));
  const scopes = h('input', { class: 'new-scopes', placeholder: t('users.scopesHint') });
  const create = async () => {
    try {
      await api.createUser({
        username: username.value.trim(),
        displayName: displayName.value.trim() || null,
        password: password.value || null,
        roles: [role.value],
        scopes: scopes.value.split(/[,，、]/).map((s) => s.trim()).filter(Boolean),
      });
      users = null;
      render(container);
    } catch (e) {
      showError(e);
    }
  };
  return h('div', { class: 'user-form' },
    h('label', {}, t('users.username'), username),
    h('label', {}, t('users.displayName'), displayName),
    h('label', {}, t('users.password'), password),
    h('label', {}, t('users.role'), role),
    h('label', {}, t('users.scopes'), scopes),
    h('button', { type: 'button', class: 'primary create-user', onclick: create }, t('users.create')));
}

function draw(container) {
  clear(container);
  container.append(h('h3', {}, t('users.title')), createForm(container));
  if (secret) {
    container.append(h('p', { class: 'note token-created' }, t('users.tokenCreated', { name: secret.name }), ' ',
      h('span', { class: 'token-secret' }, secret.token)));
  }
  container.append(h('table', { class: 'users' },
    h('thead', {}, h('tr', {}, ['username', 'displayName', 'roles', 'scopes', 'tokens', 'actions']
      .map((c) => h('th', {}, t(`users.column.${c}`))))),
    h('tbody', {}, users.map((u) => h('tr', { class: 'user-row', dataset: { username: u.username } },
      h('td', {}, u.username, u.enabled ? null : h('span', { class: 'muted' }, ` ${t('users.disabled')}`)),
      h('td', {}, u.displayName || ''),
      h('td', {}, roleNames(u.roles)),
      h('td', {}, u.scopes.length ? u.scopes.join(t('role.separator')) : t('users.allScopes')),
      h('td', {}, (tokens.get(u.username) || []).map((tok) => h('div', { class: 'token', dataset: { id: tok.id } },
        `${tok.name} · ${formatWhen(tok.createdAt)} `,
        tok.revokedAt ? h('span', { class: 'muted' }, t('users.revoked'))
          : h('button', { type: 'button', class: 'revoke-token', onclick: () => revoke(container, u, tok) },
            t('users.revoke'))))),
      h('td', {}, tokenForm(container, u),
        ' ',
        h('button', { type: 'button', class: 'toggle-user', onclick: () => toggle(container, u) },
          u.enabled ? t('users.disable') : t('users.enable'))))))));
}

function tokenForm(container, user) {
  const name = h('input', { class: 'token-name', placeholder: t('users.tokenName'), size: 14 });
  return h('span', { class: 'token-form' }, name, ' ',
    h('button', { type: 'button', class: 'new-token', onclick: () => newToken(container, user, name.value.trim()) },
      t('users.newToken')));
}

async function newToken(container, user, name) {
  if (!name) return;
  try {
    secret = await api.createToken(user.username, name);
    users = null;
    render(container);
  } catch (e) {
    showError(e);
  }
}

async function revoke(container, user, token) {
  try {
    await api.revokeToken(user.username, token.id);
    users = null;
    render(container);
  } catch (e) {
    showError(e);
  }
}

async function toggle(container, user) {
  try {
    await api.updateUser(user.username, { enabled: !user.enabled });
    users = null;
    render(container);
  } catch (e) {
    showError(e);
  }
}
