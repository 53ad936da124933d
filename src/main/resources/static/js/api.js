// The service's REST API, as the README's curl examples use it. Errors arrive as problem+json.

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A problem+json answer: status, title, detail and the list of errors with their fields. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.errors = problem?.errors || [];
  }
}

/** The CSRF token the service set in the XSRF-TOKEN cookie; every state-changing call sends it back. */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** The headers a fetch of the page needs besides its own: the CSRF token for anything but GET and HEAD. */
export function csrfHeaders(method = 'POST') {
  return method === 'GET' || method === 'HEAD' ? {} : { 'X-XSRF-TOKEN': csrfToken() };
}

async function request(method, path, { json, body, contentType, accept } = {}) {
  const headers = csrfHeaders(method);
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (contentType) {
    headers['Content-Type'] = contentType;
  }
  if (accept) headers.Accept = accept;
  const response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  if (response.status === 401) {
    // The session ended (signed out elsewhere, expired): back to the sign-in page.
    location.assign('signin.html');
  }
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      problem = { title: response.statusText };
    }
    throw new ApiError(response.status, problem);
  }
  return response;
}

export async function getJson(path) {
  return (await request('GET', path)).json();
}

export async function postJson(path, json) {
  return (await request('POST', path, { json })).json();
}

export async function del(path) {
  return (await request('DELETE', path)).json();
}

export const api = {
  constraints: () => getJson('/api/constraints'),
  vocabulary: () => getJson('/api/vocabulary'),
  datasets: () => getJson('/api/datasets'),
  dataset: (name) => getJson(`/api/datasets/${encodeURIComponent(name)}`),
  plans: (archived = false) => getJson(`/api/plans${archived ? '?archived=true' : ''}`),
  updatePlan: async (id, changes) => (await request('PATCH', `/api/plans/${id}`, { json: changes })).json(),
  summary: (id) => getJson(`/api/plans/${id}/summary`),
  plan: (id) => getJson(`/api/plans/${id}`),
  status: (id) => getJson(`/api/plans/${id}/status`),
  analysis: (id) => getJson(`/api/plans/${id}/analysis`),
  analyse: (document) => postJson('/api/plans/analysis', document),
  stop: (id) => del(`/api/plans/${id}/solving`),
  /** origin: { origin: 'DATASET'|'IMPORT'|'RESOLVE', source, basedOn } — where the problem came from. */
  submit: (document, timeLimit, unimprovedTimeLimit, origin = {}) => {
    const extra = Object.entries(origin).filter(([, v]) => v)
      .map(([k, v]) => `&${k}=${encodeURIComponent(v)}`).join('');
    return postJson(`/api/plans?timeLimit=${timeLimit}s&unimprovedTimeLimit=${unimprovedTimeLimit}s${extra}`, document);
  },
  calendar: (id, { community, street } = {}) => {
    const query = community ? `?community=${encodeURIComponent(community)}`
      : street ? `?street=${encodeURIComponent(street)}` : '';
    return getJson(`/api/plans/${id}/calendar${query}`);
  },
  async importWorkbook(file) {
    const response = await request('POST', `/api/imports/problem?fileName=${encodeURIComponent(file.name)}`,
      { body: file, contentType: XLSX });
    return response.json();
  },
  // Adoption and diffs come with the persistence feature; the page hides them when they answer 404.
  async adoptionAvailable() {
    try {
      await request('GET', '/api/scopes');
      return true;
    } catch {
      return false;
    }
  },
  scope: (scope) => getJson(`/api/scopes/${encodeURIComponent(scope)}`),
  adopt: (id) => postJson(`/api/plans/${id}/adopt`),
  me: () => getJson('/api/me'),
  audit: (query) => getJson(`/api/audit${query ? `?${query}` : ''}`),
  users: () => getJson('/api/users'),
  createUser: (user) => postJson('/api/users', user),
  updateUser: async (username, changes) =>
    (await request('PATCH', `/api/users/${encodeURIComponent(username)}`, { json: changes })).json(),
  userTokens: (username) => getJson(`/api/users/${encodeURIComponent(username)}/tokens`),
  createToken: (username, name) => postJson(`/api/users/${encodeURIComponent(username)}/tokens`, { name }),
  revokeToken: (username, id) => del(`/api/users/${encodeURIComponent(username)}/tokens/${id}`),
  signOut: () => fetch('/signout', { method: 'POST', headers: csrfHeaders('POST'), credentials: 'same-origin' }),
  diff: (id, against) => getJson(`/api/plans/${id}/diff?against=${encodeURIComponent(against)}`),
};

/** The file name of a Content-Disposition header (RFC 6266 filename* first). */
function fileNameOf(disposition, fallback) {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition || '');
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition || '');
  return plain ? plain[1] : fallback;
}

/** Posts a plan and saves the workbook the service answers with. */
export async function downloadPosted(path, document, fallbackName) {
  return save(await request('POST', path, { json: document }), fallbackName);
}

/** Saves what a GET answers; a problem+json answer is thrown as an ApiError instead of saved. */
export async function download(path, fallbackName) {
  return save(await request('GET', path), fallbackName);
}

async function save(response, fallbackName) {
  const blob = await response.blob();
  const name = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
  saveBlob(blob, name);
  return name;
}

export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
