/**
 * The local preview's HTTP server (plain node:http): the page that looks like a small
 * spreadsheet, a JSON API over the built add-on running on the local spreadsheet, and the
 * pages of the dialogs and sidebar the add-on opens. `npm start` runs it through cli.ts.
 * It answers only requests addressed to itself (host-guard.ts) and listens on loopback
 * unless told otherwise explicitly.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AddonSession, readBuiltScript } from './addon-session.ts';
import * as api from './api.ts';
import * as script from './script-api.ts';
import { FRAME_CSP, framePage } from './frame-page.ts';
import { allowedHosts, isLoopback, refusal } from './host-guard.ts';
import { InputError, type Body } from './input.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = join(HERE, '..', '..');
export const DEFAULT_STATE_PATH = join(REPO_ROOT, 'local', '.state', 'workbook.json');
export const DEFAULT_CODE_PATH = join(REPO_ROOT, 'dist', 'Code.js');
/**
 * The largest request body: a paste of a 10,000-row table 26 columns wide with cells of
 * about 200 characters, or a million short cells (api.ts MAX_PASTE_CELLS).
 */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;
const TOO_LARGE = `body: larger than ${MAX_BODY_BYTES / 1024 / 1024} MB, the most one request may send: paste a block this big in parts`;

/** Only these files are served; nothing is looked up from the request path. */
const STATIC: Record<string, { file: string; type: string }> = {
  '/': { file: 'page.html', type: 'text/html; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
  ...Object.fromEntries(['client.js', 'dom.js', 'grid.js', 'frames.js', 'tabs.js', 'tsv.js', 'sparkline.js'].map((f) => [`/${f}`, { file: f, type: 'text/javascript; charset=utf-8' }])),
};

// The page loads only its own script and style: spreadsheet text can never run as code.
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
};

export interface PreviewOptions {
  readonly port?: number;
  /** Loopback (127.0.0.1) unless set; any other address also needs allowNetwork. */
  readonly host?: string;
  /** Listening beyond loopback lets anyone on that network edit the workbook: say so explicitly. */
  readonly allowNetwork?: boolean;
  readonly statePath?: string;
  readonly codePath?: string;
}

export interface Preview {
  readonly url: string;
  readonly session: AddonSession;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** A JSON object, or an InputError; requiring the JSON content type keeps plain cross-site form posts out. */
async function readBody(req: IncomingMessage): Promise<Body> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new InputError('body: send JSON with Content-Type: application/json');
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) throw new InputError(TOO_LARGE);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new InputError(TOO_LARGE);
    chunks.push(chunk);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new InputError('body: not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new InputError('body: expected a JSON object');
  return parsed as Body;
}

type Route = (session: AddonSession, req: IncomingMessage, url: URL) => Promise<unknown>;
const OK = { ok: true } as const;
const post = (action: (session: AddonSession, body: Body) => unknown): Route => async (session, req) => action(session, await readBody(req)) ?? OK;

const ROUTES: Record<string, Route> = {
  // A pure read: a GET never hands over Ui events or notices (a cross-site <img> must change nothing).
  'GET /api/state': async (session, _req, url) => api.readState(session, url.searchParams),
  'POST /api/state': post(api.takeState),
  'POST /api/menu': post(script.runMenu),
  'POST /api/cell': post(api.writeCell),
  'POST /api/paste': post(api.paste),
  'POST /api/format': post(api.setFormat),
  'POST /api/rows': post(api.addRows),
  'POST /api/columns': post(api.addColumns),
  'POST /api/clear': post(api.clearRange),
  'POST /api/sheet': post(api.activateSheet),
  'POST /api/sheets/add': post(api.addSheet),
  'POST /api/sheets/rename': post(api.renameSheet),
  'POST /api/sheets/delete': post(api.deleteSheet),
  'POST /api/run': post(script.runScript),
  'POST /api/frames/close': post(script.closeFrame),
  // Reset takes no fields, but still only a JSON post: a cross-site form must not wipe the workbook.
  'POST /api/reset': post((session) => session.reset()),
};

const FRAME_PATH = /^\/frame\/([0-9a-f-]{36})$/;

async function handle(session: AddonSession, origin: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://preview.local');
  const route = ROUTES[`${req.method} ${url.pathname}`];
  const asset = req.method === 'GET' ? STATIC[url.pathname] : undefined;
  const frame = req.method === 'GET' ? FRAME_PATH.exec(url.pathname)?.[1] : undefined;
  if (req.method === 'GET' && url.pathname === '/favicon.ico') {
    res.writeHead(204, SECURITY_HEADERS);
    res.end();
  } else if (asset) {
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': asset.type });
    res.end(await readFile(join(HERE, asset.file)));
  } else if (frame !== undefined) {
    const html = session.frames.html(frame);
    if (html === undefined) return send(res, 404, { error: 'This dialog is closed.' });
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-security-policy': FRAME_CSP, 'content-type': 'text/html; charset=utf-8' });
    res.end(framePage(html, { parentOrigin: origin, functions: session.scriptFunctions() }));
  } else if (route) {
    send(res, 200, await route(session, req, url));
  } else {
    const known = Object.keys(ROUTES).some((k) => k.endsWith(` ${url.pathname}`));
    send(res, known ? 405 : 404, { error: known ? `${req.method} is not allowed on ${url.pathname}` : `Nothing at ${url.pathname}` });
  }
}

export class NetworkRefused extends Error {}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host) && !options.allowNetwork) {
    throw new NetworkRefused(`Not listening on ${host}: anyone who can reach it could read and edit the workbook. Pass allowNetwork (npm start -- --host ${host} --allow-network) to do it anyway.`);
  }
  const session = new AddonSession({ code: readBuiltScript(options.codePath ?? DEFAULT_CODE_PATH), statePath: options.statePath ?? DEFAULT_STATE_PATH });
  let hosts = new Set<string>();
  const server = createServer((req, res) => {
    const refused = refusal(hosts, req.headers.host, req.headers.origin, req.headers['sec-fetch-site']);
    if (refused) return send(res, 403, { error: refused });
    // The page's origin as the browser addressed it (the guard checked it): a dialog's bridge talks to exactly that.
    handle(session, `http://${req.headers.host ?? ''}`, req, res).catch((error: unknown) => {
      const input = error instanceof InputError;
      // The add-on's own failures are shown like Sheets' script-error bar: the message, never a stack.
      if (!input) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
      if (!res.headersSent) send(res, input ? 400 : 500, { error: (error as Error)?.message ?? String(error) });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  hosts = allowedHosts(host, port);
  // An IPv6 address is printed as itself: "localhost" may resolve to 127.0.0.1, where nothing listens.
  const named = host.includes(':') && host !== '::' ? `[${host}]` : isLoopback(host) || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    url: `http://${named}:${port}`,
    session,
    close: () => new Promise<void>((resolve, reject) => {
      session.flush();
      server.closeAllConnections();
      server.close((e) => (e ? reject(e) : resolve()));
    }),
  };
}
