// Presence > Inter Domain Federation > XMPP Federation > Policy: the default, the exception list,
// a check tool, what a restart would change, and the history of changes.

import { api, seg } from '../api.js';
import { el, facts, heading, labelled, table, yesNo } from '../dom.js';

const DIRECTIONS = [
  ['all', 'All federated packets from/to the domain or host'],
  ['incoming', 'Only incoming federated packets from the domain or host'],
  ['outgoing', 'Only outgoing federated packets to the domain or host'],
];

export async function render(view, { act }) {
  const [policy, diff, history] = await Promise.all([
    api('GET', '/api/federation/policy'),
    api('GET', '/api/federation/policy/diff'),
    api('GET', '/api/federation/policy/history'),
  ]);
  view.append(...heading('XMPP Federation Policy',
    'Presence > Inter Domain Federation > XMPP Federation > Policy'));
  view.append(facts([
    ['Stored revision', policy.revision],
    ['Revision in force on this node', policy.appliedRevision ?? 'none (federation is off here)'],
    ['Restart pending', yesNo(policy.restartPending)],
  ]));
  view.append(defaultForm(policy, act), exceptions(policy, act), checkTool(),
    diffSection(diff), historySection(history));
}

function defaultForm(policy, act) {
  const radio = (value, label) => {
    const input = el('input', { type: 'radio', name: 'defaultPolicy', value, id: `policy-${value}`,
      checked: policy.defaultPolicy === value });
    return el('div', { class: 'choice' }, input, ' ', el('label', { for: input.id, text: label }));
  };
  const form = el('form', {},
    el('fieldset', {}, el('legend', { text: 'Default policy' }),
      radio('allow', 'Allow: federate with every domain except the exceptions'),
      radio('deny', 'Deny: federate only with the exceptions')),
    el('button', { type: 'submit' }, 'Save default'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = form.querySelector('input[name="defaultPolicy"]:checked').value;
    act(`Default policy set to ${value}`, () => api('PUT', '/api/federation/policy',
      { defaultPolicy: value }));
  });
  return form;
}

function exceptions(policy, act) {
  const domain = el('input', { type: 'text', placeholder: 'example.org or *.example.org' });
  const direction = el('select', {}, DIRECTIONS.map(([v, l]) => el('option', { value: v, text: l })));
  const form = el('form', { class: 'row' }, labelled('Domain or host', domain),
    labelled('Applies to', direction), el('button', { type: 'submit' }, 'Add exception'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    act(`Exception ${domain.value.trim()} added`, () => api('POST',
      '/api/federation/policy/exceptions', { domain: domain.value.trim(), direction: direction.value }));
  });
  return el('section', {}, el('h2', { text: 'Exceptions' }),
    table('Policy exceptions', ['Domain or host', 'Direction', ''], policy.exceptions.map((x) => [
      x.domain, x.direction, el('td', { class: 'actions' }, el('button', {
        type: 'button', class: 'danger', 'aria-label': `Remove exception ${x.domain}`,
        onClick: () => act(`Exception ${x.domain} removed`,
          () => api('DELETE', `/api/federation/policy/exceptions/${seg(x.domain)}`)),
      }, 'Remove'))]), 'No exceptions.'),
    form);
}

function checkTool() {
  const domain = el('input', { type: 'text', placeholder: 'partner.example' });
  const direction = el('select', {}, el('option', { value: 'in', text: 'incoming' }),
    el('option', { value: 'out', text: 'outgoing' }));
  const result = el('div', { 'aria-live': 'polite' });
  const form = el('form', { class: 'row' }, labelled('Remote domain', domain),
    labelled('Direction', direction), el('button', { type: 'submit' }, 'Check'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const c = await api('GET', `/api/federation/policy/check?direction=${seg(direction.value)}`
        + `&domain=${seg(domain.value.trim())}`);
      result.replaceChildren(facts([
        ['Verdict (stored policy)', `${c.verdict} by ${c.rule}`],
        ['Verdict in force now', `${c.appliedVerdict} by ${c.appliedRule}`],
        ['Why', c.explanation],
      ]));
    } catch (err) {
      result.replaceChildren(el('p', { class: 'error', text: err.message }));
    }
  });
  return el('section', {}, el('h2', { text: 'Check a domain' }), form, result);
}

function diffSection(diff) {
  return el('section', {}, el('h2', { text: 'Pending changes (applied at the next Router restart)' }),
    table('Domains whose verdict changes', ['Domain', 'Direction', 'Now', 'After restart', 'Rule'],
      diff.domains.map((d) => [d.domain, d.direction, d.before, d.after, d.rule]),
      'No verdict changes pending.'),
    table('Server streams a restart closes', ['Stream', 'Direction', 'Remote domain', 'Rule'],
      diff.closing.map((s) => [s.id, s.direction, s.remoteDomain, s.rule]),
      'No server stream would be closed.'));
}

function historySection(history) {
  return el('section', {}, el('h2', { text: 'History' }),
    table('Policy changes, newest first', ['Revision', 'When', 'By', 'Change', 'Before', 'After'],
      history.map((h) => [h.revision, h.at, h.by, h.change, h.before, h.after]), 'No changes yet.'));
}
