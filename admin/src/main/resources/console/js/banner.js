// The "restart pending" banner, shown above every page while a service of any node waits for a
// restart (the seed: after a federation change, restart the Cisco XCP Router in Control Center -
// Network Services and the XMPP Federation Connection Manager in Control Center - Feature Services).

import { api } from './api.js';
import { clear, el } from './dom.js';

const TITLES = {
  router: 'Router (Control Center - Network Services)',
  federation: 'XMPP Federation Connection Manager (Control Center - Feature Services)',
};

/** Refreshes the banner; `act` runs a restart and reports its outcome in the status line. */
export async function refreshBanner(banner, localNode, act) {
  let services;
  try {
    services = await api('GET', '/api/services');
  } catch (e) {
    banner.hidden = true;
    return;
  }
  const pending = services.filter((s) => s.restartPending);
  clear(banner);
  banner.hidden = pending.length === 0;
  if (pending.length === 0) {
    return;
  }
  const here = pending.filter((s) => s.node === localNode);
  const elsewhere = pending.filter((s) => s.node !== localNode);
  banner.append(
    el('h2', { text: 'Restart pending' }),
    el('p', { text: 'Saved changes apply when these services restart. Restarting the Router '
      + 'restarts every service of its node.' }),
    el('ul', {}, pending.map((s) => el('li', {}, `${TITLES[s.name] || s.name} on ${s.node}`))),
  );
  if (here.length > 0) {
    const names = [...new Set(here.map((s) => s.name))];
    banner.append(el('p', {}, ...names.map((name) => el('button', {
      type: 'button',
      class: 'restart',
      'data-service': name,
      onClick: () => act(`Restarted ${name} on ${localNode}`,
        () => api('POST', `/api/services/${name}/restart`)),
    }, name === 'router' ? `Restart Router on ${localNode}` : `Restart federation service on ${localNode}`))));
    banner.append(el('p', { class: 'hint' }, 'Or on the node: ',
      ...names.map((name) => el('code', { text: `parley services restart ${name}` }))));
  }
  for (const node of [...new Set(elsewhere.map((s) => s.node))]) {
    banner.append(el('p', { class: 'hint' }, `On ${node}: `,
      el('code', { text: `parley services restart router --url <admin URL of ${node}>` }),
      ' or that node\'s own console.'));
  }
}
