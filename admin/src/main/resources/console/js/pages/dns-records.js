// The DNS records to publish for every hosted domain and chat node alias, as zone-file text.

import { api } from '../api.js';
import { el, heading } from '../dom.js';

export async function render(view, { status }) {
  const zone = await api('GET', '/api/dns/records?format=zone');
  const text = el('pre', { class: 'zone', id: 'zone-text', tabindex: '0', text: zone });
  const copy = el('button', { type: 'button', onClick: async () => {
    try {
      await navigator.clipboard.writeText(zone);
      status('Records copied to the clipboard');
    } catch (e) {
      // Clipboard access needs a secure context; select the text for a manual copy instead.
      const range = document.createRange();
      range.selectNodeContents(text);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      status('The records are selected: press Ctrl+C (or Cmd+C) to copy them');
    }
  } }, 'Copy records');
  view.append(...heading('DNS records', 'Publish these records in your public DNS (SRV, RFC 2782)'),
    el('p', {}, copy), text);
}
