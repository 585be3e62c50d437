/**
 * The page served into a dialog's or sidebar's iframe: the HTML the add-on built, with the
 * google.script bridge run first. Its policy makes it a sandbox of its own even if opened
 * directly (an opaque origin: no cookies, no reading the preview), lets it load nothing
 * from the preview and connect nowhere, so the bridge's postMessage is its only way out.
 * Inline script is allowed because Apps Script pages are built from it; HTTPS resources too
 * ([DOC] platform §3: "All scripts, CSS and XHR must use HTTPS"; XHR stays blocked here).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BRIDGE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'frame-bridge.js'), 'utf8').trim();

/** [DOC] platform §3: the sandbox Apps Script grants, minus allow-same-origin (here that origin is the preview's). */
export const FRAME_SANDBOX = 'allow-scripts allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-downloads';

export const FRAME_CSP = [
  `sandbox ${FRAME_SANDBOX}`,
  "default-src 'none'",
  "script-src 'unsafe-inline' https:",
  "style-src 'unsafe-inline' https:",
  'img-src data: https:',
  'font-src data: https:',
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

export interface FrameConfig {
  /** The preview page's origin, the only one the bridge talks to. */
  readonly parentOrigin: string;
  /** The script's callable functions: google.script.run has a method for each, as in Apps Script. */
  readonly functions: readonly string[];
}

/** JSON that cannot end the script element it sits in. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const DOCTYPE = /^\s*<!doctype[^>]*>/i;

export function framePage(html: string, config: FrameConfig): string {
  const bridge = `<script>${BRIDGE}(${scriptJson(config)});</script>`;
  const doctype = DOCTYPE.exec(html)?.[0];
  // After a doctype (so the page keeps its standards mode), before everything else.
  return doctype ? `${doctype}${bridge}${html.slice(doctype.length)}` : `${bridge}${html}`;
}
