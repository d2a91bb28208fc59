// Users: list and search, add, disable/enable, set email, delete, and CSV import.

import { api, seg } from '../api.js';
import { el, heading, labelled, table, yesNo } from '../dom.js';

export async function render(view, { act, status }) {
  const users = await api('GET', '/api/users');
  const search = el('input', { type: 'search', placeholder: 'part of a JID or email' });
  const list = el('div');
  const draw = () => {
    const term = search.value.trim().toLowerCase();
    const shown = users.filter((u) => !term || u.jid.toLowerCase().includes(term)
      || (u.email || '').toLowerCase().includes(term));
    list.replaceChildren(table(`${shown.length} of ${users.length} users`,
      ['JID', 'Admin', 'Disabled', 'Email', 'Created', ''],
      shown.map((u) => [u.jid, yesNo(u.admin), yesNo(u.disabled), emailCell(u, act),
        u.created.replace('T', ' ').slice(0, 16), actions(u, act)]), 'No users match.'));
  };
  search.addEventListener('input', draw);
  draw();
  view.append(...heading('Users', 'Accounts of the hosted domains'),
    el('div', { class: 'row' }, labelled('Search', search)), list, addForm(act), importForm(status));
}

function emailCell(user, act) {
  const email = el('input', { type: 'text', class: 'inline', value: user.email || '',
    'aria-label': `Email of ${user.jid}` });
  return el('td', {}, email, ' ', el('button', { type: 'button', class: 'secondary', onClick: () => act(
    `Email of ${user.jid} ${email.value.trim() ? 'set' : 'removed'}`,
    () => api('PUT', `/api/users/${seg(user.jid)}/email`, { email: email.value.trim() || null })) },
  'Set'));
}

function actions(user, act) {
  const path = `/api/users/${seg(user.jid)}`;
  return el('td', { class: 'actions' },
    el('button', { type: 'button', class: 'secondary', 'aria-label':
      `${user.disabled ? 'Enable' : 'Disable'} ${user.jid}`, onClick: () => act(
      `${user.jid} ${user.disabled ? 'enabled' : 'disabled'}`,
      () => api('PUT', `${path}/disabled`, { disabled: !user.disabled })) },
    user.disabled ? 'Enable' : 'Disable'),
    el('button', { type: 'button', class: 'danger', 'aria-label': `Delete ${user.jid}`, onClick: () => {
      if (window.confirm(`Delete ${user.jid}? Its sessions are closed and its data removed.`)) {
        act(`${user.jid} deleted`, () => api('DELETE', path));
      }
    } }, 'Delete'));
}

function addForm(act) {
  const jid = el('input', { type: 'text', placeholder: 'alice@example.com', autocomplete: 'off' });
  const password = el('input', { type: 'password', autocomplete: 'new-password' });
  const email = el('input', { type: 'text', placeholder: 'optional' });
  const admin = el('input', { type: 'checkbox' });
  const form = el('form', { class: 'row' }, labelled('JID', jid), labelled('Password', password),
    labelled('Email', email), labelled('Administrator', admin), el('button', { type: 'submit' }, 'Add user'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const request = { jid: jid.value.trim(), password: password.value, admin: admin.checked,
      email: email.value.trim() || null };
    password.value = '';
    act(`User ${request.jid} added`, () => api('POST', '/api/users', request));
  });
  return el('section', {}, el('h2', { text: 'Add a user' }), form);
}

function importForm(status) {
  const file = el('input', { type: 'file', accept: '.csv,text/csv' });
  const report = el('div', { 'aria-live': 'polite' });
  const form = el('form', { class: 'row' }, labelled('CSV file (jid,password[,email] per line)', file),
    el('button', { type: 'submit' }, 'Import'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!file.files.length) {
      status('Choose a CSV file first', true);
      return;
    }
    try {
      const result = await api('POST', '/api/users/import', await file.files[0].text(), 'text/csv');
      status(`Imported ${result.created} accounts; ${result.failed.length} lines refused`,
        result.failed.length > 0);
      report.replaceChildren(table('Refused lines', ['Line', 'Reason'],
        result.failed.map((f) => [f.line, f.reason]), 'Every line was imported.'));
    } catch (err) {
      status(err.message, true);
    }
  });
  return el('section', {}, el('h2', { text: 'Import users' }), form, report);
}
