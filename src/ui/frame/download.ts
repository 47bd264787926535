/** Saves text as a file through the browser's download (a Blob behind a temporary link). */
import { el } from '../dom.ts';

export function downloadFile(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = el('a', { attrs: { href: url, download: name } });
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the file after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
