// Presence > Inter Domain Federation > XMPP Federation > Settings: the cluster-wide settings and
// the XMPP Federation Status (on/off) of each node.

import { api, seg } from '../api.js';
import { el, heading, labelled, table } from '../dom.js';

const MODES = [
  ['NO_TLS', 'No TLS', 'No TLS connection with the foreign domain: a non-encrypted connection, '
    + 'and server dialback to verify the identity of the other server.'],
  ['TLS_OPTIONAL', 'TLS Optional', 'Attempts a TLS connection; if that fails, reverts to server '
    + 'dialback to verify the identity of the other server.'],
  ['TLS_REQUIRED', 'TLS Required', 'Guarantees a secure (encrypted) connection with the foreign domain.'],
];

const TLS_ONLY = 'The TLS and SASL specific settings are only configurable if you select the SSL '
  + 'mode \u2018TLS Optional\u2019 or \u2018TLS Required\u2019.';

const CHECKS = [
  ['requireValidCertificates', 'Require client-side security certificates',
    'Strict validation of the foreign servers\u2019 certificates against an installed root CA. '
    + 'Do not check it for federation with WebEx.'],
  ['saslExternalIncoming', 'Enable SASL EXTERNAL on all incoming connections',
    'Advertise SASL EXTERNAL to connecting servers and validate it.'],
  ['saslExternalOutbound', 'Enable SASL on outbound connections',
    'Send a SASL auth id when the foreign server requests SASL EXTERNAL.'],
];

export async function render(view, { act }) {
  const [settings, nodes] = await Promise.all([
    api('GET', '/api/federation/settings'),
    api('GET', '/api/federation/nodes'),
  ]);
  view.append(...heading('XMPP Federation Settings',
    'Presence > Inter Domain Federation > XMPP Federation > Settings'));
  view.append(el('h2', { text: 'XMPP Federation Status' }), nodeTable(nodes, act));
  view.append(settingsForm(settings, act));
}

function nodeTable(nodes, act) {
  return table('XMPP federation on each node', ['Node', 'Status', 'Federation service', ''],
    nodes.map((n) => [n.node, n.enabled ? 'On' : 'Off', n.serviceStatus,
      el('td', { class: 'actions' }, el('button', {
        type: 'button',
        class: 'secondary',
        'aria-label': `Turn XMPP federation ${n.enabled ? 'off' : 'on'} for ${n.node}`,
        onClick: () => act(`XMPP federation turned ${n.enabled ? 'off' : 'on'} for ${n.node}; `
          + 'restart the Router on every node', () => api('PUT', `/api/federation/nodes/${seg(n.node)}`,
          { enabled: !n.enabled })),
      }, n.enabled ? 'Turn off' : 'Turn on'))]));
}

function settingsForm(settings, act) {
  const radios = MODES.map(([value, label, hint]) => {
    const input = el('input', { type: 'radio', name: 'securityMode', value, id: `mode-${value}`,
      checked: settings.securityMode === value });
    return el('div', { class: 'choice' }, input, ' ', el('label', { for: input.id, text: label }),
      el('p', { class: 'hint', text: hint }));
  });
  const boxes = CHECKS.map(([key, label, hint]) => {
    const input = el('input', { type: 'checkbox', id: `check-${key}`, name: key,
      checked: settings[key] });
    return el('div', { class: 'choice' }, input, ' ', el('label', { for: input.id, text: label }),
      el('p', { class: 'hint', text: hint }));
  });
  const tlsNote = el('p', { class: 'hint', id: 'tls-only-note', text: TLS_ONLY });
  const tlsSettings = el('fieldset', { id: 'tls-settings', 'aria-describedby': 'tls-only-note' },
    el('legend', { text: 'TLS and SASL' }), tlsNote, ...boxes);
  const secret = el('input', { type: 'password', id: 'dialback-secret', autocomplete: 'new-password' });
  const pins = { ...settings.pinnedCertificates };
  const pinArea = el('div');
  const form = el('form', { novalidate: true },
    el('fieldset', {}, el('legend', { text: 'Security mode' }), ...radios),
    tlsSettings,
    el('fieldset', {}, el('legend', { text: 'Dialback secret' }),
      el('p', { class: 'hint', text: settings.dialbackSecretSet
        ? 'A dialback secret is set. Enter a new one to replace it; leave empty to keep it.'
        : 'No dialback secret is set. Enter one to verify foreign servers with DNS (XEP-0220).' }),
      el('div', { class: 'row' }, labelled('New dialback secret', secret))),
    el('fieldset', {}, el('legend', { text: 'Pinned certificates' }), pinArea),
    el('p', {}, el('button', { type: 'submit', id: 'save-settings' }, 'Save')));
  const mode = () => form.querySelector('input[name="securityMode"]:checked').value;
  const sync = (previous) => {
    const noTls = mode() === 'NO_TLS';
    tlsSettings.disabled = noTls;
    tlsNote.hidden = !noTls;
    if (previous === 'NO_TLS' && !noTls) {
      // The seed: client-side certificates are required by default once a TLS mode is chosen.
      form.querySelector('#check-requireValidCertificates').checked = true;
    }
  };
  let current = settings.securityMode;
  form.addEventListener('change', (e) => {
    if (e.target.name === 'securityMode') {
      sync(current);
      current = mode();
    }
  });
  sync(settings.securityMode);
  drawPins(pinArea, pins);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const update = { securityMode: mode() };
    if (update.securityMode !== 'NO_TLS') {
      for (const [key] of CHECKS) {
        update[key] = form.querySelector(`#check-${key}`).checked;
      }
    }
    if (secret.value) {
      update.dialbackSecret = secret.value;
    }
    if (JSON.stringify(pins) !== JSON.stringify(settings.pinnedCertificates)) {
      update.pinnedCertificates = pins;
    }
    secret.value = '';
    act('Federation settings saved', () => api('PUT', '/api/federation/settings', update));
  });
  return form;
}

function drawPins(area, pins) {
  const domain = el('input', { type: 'text', placeholder: 'partner.example' });
  const fingerprint = el('input', { type: 'text', placeholder: 'SHA-256 fingerprint (AB:CD:... or hex)' });
  area.replaceChildren(
    el('p', { class: 'hint', text: 'Pins apply when you save. A pinned domain must present a '
      + 'certificate with exactly this SHA-256 fingerprint.' }),
    table('Pinned certificates', ['Domain', 'SHA-256', ''], Object.entries(pins).map(([d, f]) => [d, f,
      el('td', { class: 'actions' }, el('button', { type: 'button', class: 'secondary',
        'aria-label': `Unpin ${d}`, onClick: () => { delete pins[d]; drawPins(area, pins); } }, 'Unpin'))]),
    'No pinned certificates.'),
    el('div', { class: 'row' }, labelled('Domain', domain), labelled('Fingerprint', fingerprint),
      el('button', { type: 'button', class: 'secondary', onClick: () => {
        if (domain.value.trim() && fingerprint.value.trim()) {
          pins[domain.value.trim().toLowerCase()] = fingerprint.value.trim();
          drawPins(area, pins);
        }
      } }, 'Add pin')));
}
