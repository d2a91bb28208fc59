// The client sessions bound on this node.

import { api } from '../api.js';
import { heading, table, yesNo } from '../dom.js';

export async function render(view) {
  const sessions = await api('GET', '/api/sessions');
  view.append(...heading('Sessions', `${sessions.length} client sessions`),
    table('Client sessions', ['JID', 'Available', 'Show', 'Status', 'Priority', 'Node'],
      sessions.map((s) => [s.jid, yesNo(s.available), s.show, s.status, s.priority, s.node]),
      'No client sessions.'));
}
