// Overview: the node's status, federation per node, services and live sessions.

import { api } from '../api.js';
import { el, facts, heading, table, yesNo } from '../dom.js';

export async function render(view) {
  const [health, nodes, services, sessions] = await Promise.all([
    api('GET', '/api/health'),
    api('GET', '/api/federation/nodes'),
    api('GET', '/api/services'),
    api('GET', '/api/sessions'),
  ]);
  view.append(
    ...heading('Overview', 'The node this console runs on'),
    facts([
      ['Status', health.status],
      ['Server', `${health.server} ${health.version}`],
      ['Node', health.node],
      ['Hosted domains', health.domains.join(', ')],
      ['Up since', `${health.started} (${Math.floor(health.uptimeSeconds / 60)} min)`],
      ['Client sessions', sessions.length],
      ['Available sessions', sessions.filter((s) => s.available).length],
    ]),
    el('h2', { text: 'XMPP federation by node' }),
    table('Federation status of each node', ['Node', 'XMPP Federation Status', 'Federation service', 'Listeners'],
      nodes.map((n) => [n.node, n.enabled ? 'On' : 'Off', n.serviceStatus, n.listeners.join(', ')])),
    el('h2', { text: 'Services (Control Center)' }),
    table('Services of each node', ['Service', 'Node', 'Status', 'Restart pending', 'Note'],
      services.map((s) => [s.name, s.node, s.status, yesNo(s.restartPending), s.note])),
  );
}
