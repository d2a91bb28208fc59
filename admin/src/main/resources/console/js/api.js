// Calls the admin REST API with the console session: the HttpOnly cookie travels by itself
// (same origin), and every state-changing request carries the session's CSRF token.

let csrfToken = null;

/** An error answer of the API; `message` is the API's own message, shown to the admin as is. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function setCsrfToken(token) {
  csrfToken = token;
}

const SAFE = new Set(['GET', 'HEAD']);

/**
 * Sends a request. `body` is sent as JSON unless `contentType` says otherwise; the answer is
 * parsed as JSON when it is JSON, returned as text otherwise, and null for 204.
 */
export async function api(method, path, body = undefined, contentType = 'application/json') {
  const headers = { Accept: 'application/json' };
  const init = { method, headers, credentials: 'same-origin', cache: 'no-store' };
  if (!SAFE.has(method) && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  if (body !== undefined) {
    headers['Content-Type'] = contentType;
    init.body = contentType === 'application/json' ? JSON.stringify(body) : body;
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, `cannot reach the server: ${e.message}`);
  }
  const type = response.headers.get('Content-Type') || '';
  const data = response.status === 204 ? null
    : type.includes('application/json') ? await response.json() : await response.text();
  if (!response.ok) {
    const message = data && typeof data === 'object' && data.message
      ? data.message : `HTTP ${response.status}`;
    if (response.status === 401 && !path.startsWith('/api/console/login')) {
      document.dispatchEvent(new CustomEvent('parley:session-ended', { detail: message }));
    }
    throw new ApiError(response.status, message);
  }
  return data;
}

/** Path segment encoding for JIDs, domains and ids. */
export function seg(value) {
  return encodeURIComponent(value);
}
