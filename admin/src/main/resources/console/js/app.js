// The console shell: login, the menu (one entry per vendor menu of the seed), hash routing,
// the status line and the restart-pending banner.

import { api, ApiError, setCsrfToken } from './api.js';
import { refreshBanner } from './banner.js';
import { clear, el } from './dom.js';

const PAGES = [
  { group: 'System' },
  { hash: 'overview', title: 'Overview', load: () => import('./pages/overview.js') },
  { group: 'Presence > Inter Domain Federation > XMPP Federation' },
  { hash: 'federation/settings', title: 'Settings', load: () => import('./pages/federation-settings.js') },
  { hash: 'federation/policy', title: 'Policy', load: () => import('./pages/federation-policy.js') },
  { hash: 'federation/email', title: 'Email addresses for federation', load: () => import('./pages/email-addresses.js') },
  { hash: 'federation/streams', title: 'Server streams', load: () => import('./pages/server-streams.js') },
  { group: 'Messaging' },
  { hash: 'chat/aliases', title: 'Conference Server Alias Mapping', load: () => import('./pages/chat-aliases.js') },
  { hash: 'dns', title: 'DNS records', load: () => import('./pages/dns-records.js') },
  { group: 'Users' },
  { hash: 'users', title: 'Users', load: () => import('./pages/users.js') },
  { hash: 'sessions', title: 'Sessions', load: () => import('./pages/sessions.js') },
];

const $ = (id) => document.getElementById(id);
let localNode = '';

function showLogin(message = '') {
  setCsrfToken(null);
  $('app-view').hidden = true;
  $('logout').hidden = true;
  $('who').hidden = true;
  $('login-view').hidden = false;
  $('login-error').textContent = message;
  $('login-password').value = '';
  $('login-jid').focus();
}

async function showApp(session) {
  setCsrfToken(session.csrfToken);
  $('login-view').hidden = true;
  $('app-view').hidden = false;
  $('logout').hidden = false;
  $('who').hidden = false;
  $('who').textContent = session.principal;
  try {
    localNode = (await api('GET', '/api/health')).node;
  } catch (e) {
    localNode = '';
  }
  buildMenu();
  if (!location.hash) {
    location.hash = '#/overview';
  } else {
    await route();
  }
}

function buildMenu() {
  clear($('menu')).append(...PAGES.map((page) => page.group
    ? el('li', { class: 'group', text: page.group })
    : el('li', {}, el('a', { href: `#/${page.hash}`, 'data-page': page.hash, text: page.title }))));
}

function status(message, failed = false) {
  const line = $('status');
  line.textContent = message;
  line.classList.toggle('failed', failed);
}

/** Runs a change, shows its outcome (the API's own error message on failure), then refreshes. */
async function act(success, change) {
  try {
    const result = await change();
    status(typeof success === 'function' ? success(result) : success);
  } catch (e) {
    status(e instanceof ApiError ? e.message : String(e), true);
    await updateBanner();
    return false;
  }
  await route(false);
  return true;
}

async function updateBanner() {
  await refreshBanner($('banner'), localNode, act);
}

async function route(clearStatus = true) {
  if ($('app-view').hidden) {
    return;
  }
  const wanted = location.hash.replace(/^#\/?/, '') || 'overview';
  const page = PAGES.find((p) => p.hash === wanted) || PAGES[1];
  for (const link of document.querySelectorAll('#menu a')) {
    if (link.dataset.page === page.hash) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
  if (clearStatus) {
    status('');
  }
  document.title = `${page.title} - Parley administration`;
  const main = $('main');
  const view = el('div', { 'data-page': page.hash });
  try {
    const module = await page.load();
    await module.render(view, { act, status, localNode });
  } catch (e) {
    view.append(el('p', { class: 'error', text: e instanceof ApiError ? e.message : String(e) }));
  }
  clear(main).append(view);
  if (clearStatus) {
    main.focus();
  }
  await updateBanner();
}

async function login(event) {
  event.preventDefault();
  const jid = $('login-jid').value.trim();
  const password = $('login-password').value;
  if (!jid || !password) {
    $('login-error').textContent = 'Enter the admin JID and the password.';
    return;
  }
  $('login-submit').disabled = true;
  try {
    const session = await api('POST', '/api/console/login', { jid, password });
    $('login-password').value = '';
    await showApp(session);
  } catch (e) {
    $('login-error').textContent = e.message;
    $('login-password').value = '';
    $('login-password').focus();
  } finally {
    $('login-submit').disabled = false;
  }
}

async function logout() {
  try {
    await api('POST', '/api/console/logout');
  } catch (e) {
    // The session may have ended already; the login page is right either way.
  }
  location.hash = '';
  showLogin('You have logged out.');
}

async function start() {
  $('login-form').addEventListener('submit', login);
  $('logout').addEventListener('click', logout);
  window.addEventListener('hashchange', () => route());
  document.addEventListener('parley:session-ended', (e) => showLogin(e.detail));
  try {
    await showApp(await api('GET', '/api/console/session'));
  } catch (e) {
    showLogin();
  }
}

start();
