// Email address for federation: the switch, and the users whose federated contacts must subscribe
// again when it changes.

import { api } from '../api.js';
import { el, facts, heading, table, yesNo } from '../dom.js';

export async function render(view, { act }) {
  const [setting, impact] = await Promise.all([
    api('GET', '/api/federation/email-addresses'),
    api('GET', '/api/federation/email-addresses/impact'),
  ]);
  view.append(...heading('Email addresses for federation',
    'Presence > Inter Domain Federation > Email address for federation'));
  view.append(facts([
    ['Stored setting', setting.enabled ? 'On' : 'Off'],
    ['In force on this node', setting.applied ? 'On' : 'Off'],
    ['Restart pending', yesNo(setting.restartPending)],
    ['Email domains', setting.emailDomains.join(', ') || 'none configured (federation.email-domains)'],
    ['Users with an email address in them', setting.usersWithEmail],
  ]));
  const box = el('input', { type: 'checkbox', id: 'email-switch', checked: setting.enabled });
  const form = el('form', {},
    el('div', { class: 'choice' }, box, ' ',
      el('label', { for: 'email-switch', text: 'Use the email address for XMPP federation' })),
    el('p', { class: 'hint', text: 'Federated contacts then see each local user as their email '
      + 'address. It applies when the Router restarts; contacts listed below must subscribe again.' }),
    el('button', { type: 'submit' }, 'Save'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    act(`Email addresses for federation turned ${box.checked ? 'on' : 'off'}`,
      () => api('PUT', '/api/federation/email-addresses', { enabled: box.checked }));
  });
  view.append(form, el('h2', { text: 'Impact: contacts that must subscribe again' }),
    table('Users and their federated contacts', ['User', 'Email address', 'Federated contacts'],
      impact.map((u) => [u.user, u.email, u.contacts.map((c) => `${c.contact} (${c.state})`).join(', ')]),
      'No federated contact is affected.'));
}
