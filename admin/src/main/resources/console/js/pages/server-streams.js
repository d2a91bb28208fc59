// The live server-to-server streams of the cluster, with their TLS and certificate details.

import { api, seg } from '../api.js';
import { el, facts, heading } from '../dom.js';

export async function render(view, { act }) {
  const streams = await api('GET', '/api/federation/sessions');
  view.append(...heading('Server streams', 'Live XMPP federation connections'));
  if (streams.length === 0) {
    view.append(el('p', { class: 'empty', text: 'No server streams.' }));
    return;
  }
  const headers = ['Stream', 'Direction', 'Local', 'Remote', 'TLS', 'Certificate', 'Authentication',
    'Since', 'In/out', 'Queued', ''];
  const body = el('tbody');
  for (const s of streams) {
    const details = el('tr', { hidden: true }, el('td', { colspan: String(headers.length) }, facts([
      ['Node', s.node], ['Certificate subject', s.certificateSubject],
      ['Certificate issuer', s.certificateIssuer], ['Certificate expiry', s.certificateExpiry]])));
    const toggle = el('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false',
      onClick: () => {
        details.hidden = !details.hidden;
        toggle.setAttribute('aria-expanded', String(!details.hidden));
      } }, 'Details');
    body.append(el('tr', {}, [s.id, s.direction, s.localDomain, s.remoteDomain, s.tls,
      s.certificateVerdict, s.authentication, s.since, `${s.stanzasIn}/${s.stanzasOut}`, s.queued]
      .map((v) => el('td', {}, v === null || v === undefined ? '' : String(v))),
    el('td', { class: 'actions' }, toggle, el('button', { type: 'button', class: 'danger',
      'aria-label': `Close stream ${s.id}`,
      onClick: () => act(`Server stream ${s.id} closed`,
        () => api('DELETE', `/api/federation/sessions/${seg(s.id)}`)) }, 'Close'))), details);
  }
  view.append(el('table', {}, el('thead', {}, el('tr', {}, headers.map((h) =>
    el('th', { scope: 'col', text: h })))), body));
}
