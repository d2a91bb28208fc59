// Messaging > Conference Server Alias Mapping: list, add and remove chat node aliases. Removing an
// alias that holds persistent rooms asks for a confirmation with what happens to them.

import { api, ApiError, seg } from '../api.js';
import { el, heading, labelled, table } from '../dom.js';

export async function render(view, { act, status }) {
  const aliases = await api('GET', '/api/chat/aliases');
  const confirmArea = el('div', { 'aria-live': 'polite' });
  view.append(...heading('Conference Server Alias Mapping', 'Messaging > Conference Server Alias Mapping'),
    table('Chat node aliases', ['Alias', 'New rooms', 'Public address', 'Persistent rooms', ''],
      aliases.map((a) => [a.domain, a.defaultRoomVisibility,
        a.port ? `${a.address}:${a.port}` : 'through the federation node', a.persistentRooms,
        el('td', { class: 'actions' }, el('button', { type: 'button', class: 'danger',
          'aria-label': `Remove alias ${a.domain}`,
          onClick: () => remove(a.domain, confirmArea, act, status) }, 'Remove'))]),
      'No chat node aliases.'),
    confirmArea, addForm(act));
}

async function remove(domain, area, act, status) {
  area.replaceChildren();
  try {
    const done = await api('DELETE', `/api/chat/aliases/${seg(domain)}`);
    await act(done.message || `Alias ${domain} removed`, async () => done);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 409) {
      status(e.message, true);
      return;
    }
    // The alias holds persistent rooms: show the API's explanation and ask once more.
    area.replaceChildren(el('div', { class: 'confirm', role: 'alert' },
      el('p', { text: e.message }),
      el('button', { type: 'button', class: 'danger', onClick: () => act(
        (r) => r.message || `Alias ${domain} removed`,
        () => api('DELETE', `/api/chat/aliases/${seg(domain)}?confirm=true`)) },
      `Remove ${domain} and its rooms`), ' ',
      el('button', { type: 'button', class: 'secondary', onClick: () => area.replaceChildren() },
        'Cancel')));
  }
}

function addForm(act) {
  const domain = el('input', { type: 'text', placeholder: 'conference-2.example.com' });
  const visibility = el('select', {}, el('option', { value: 'public', text: 'public (listed)' }),
    el('option', { value: 'hidden', text: 'hidden' }));
  const address = el('input', { type: 'text', placeholder: 'optional, e.g. 203.0.113.7' });
  const port = el('input', { type: 'number', min: '1', max: '65535', placeholder: 'e.g. 25269' });
  const form = el('form', { class: 'row' }, labelled('Alias domain', domain),
    labelled('New rooms', visibility), labelled('Own public address', address),
    labelled('Own public port', port), el('button', { type: 'submit' }, 'Add alias'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const request = { domain: domain.value.trim(), defaultRoomVisibility: visibility.value };
    if (address.value.trim()) {
      request.address = address.value.trim();
    }
    if (port.value) {
      request.port = Number(port.value);
    }
    act(`Alias ${request.domain} added: publish it in DNS (see DNS records)`,
      () => api('POST', '/api/chat/aliases', request));
  });
  return el('section', {}, el('h2', { text: 'Add an alias' }), form);
}
