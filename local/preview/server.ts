/**
 * The local preview: `npm start` builds dist/ and runs this. It serves a page that looks
 * like a small spreadsheet and a JSON API over the built add-on running on the local
 * spreadsheet, so anyone can try Goalpost without a Google account. Plain node:http.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { activateSheet, InputError, readState, runMenu, writeCell } from './api.ts';
import { AddonSession, readBuiltScript } from './addon-session.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = join(HERE, '..', '..');
export const DEFAULT_STATE_PATH = join(REPO_ROOT, 'local', '.state', 'workbook.json');
export const DEFAULT_CODE_PATH = join(REPO_ROOT, 'dist', 'Code.js');
const MAX_BODY_BYTES = 1_000_000;

/** Only these files are served; nothing is looked up from the request path. */
const STATIC: Record<string, { file: string; type: string }> = {
  '/': { file: 'page.html', type: 'text/html; charset=utf-8' },
  '/client.js': { file: 'client.js', type: 'text/javascript; charset=utf-8' },
  '/sparkline.js': { file: 'sparkline.js', type: 'text/javascript; charset=utf-8' },
  '/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

// The page loads only its own script and style: spreadsheet text can never run as code.
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

export interface PreviewOptions {
  readonly port?: number;
  readonly host?: string;
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
async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new InputError('body: send JSON with Content-Type: application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new InputError(`body: larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new InputError('body: not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new InputError('body: expected a JSON object');
  return parsed as Record<string, unknown>;
}

type Route = (session: AddonSession, req: IncomingMessage, url: URL) => Promise<unknown>;

const ROUTES: Record<string, Route> = {
  'GET /api/state': async (session, _req, url) => readState(session, url.searchParams.get('sheet')),
  'POST /api/menu': async (session, req) => (runMenu(session, await readBody(req)), { ok: true }),
  'POST /api/cell': async (session, req) => (writeCell(session, await readBody(req)), { ok: true }),
  'POST /api/sheet': async (session, req) => (activateSheet(session, await readBody(req)), { ok: true }),
  // Reset takes no fields, but still only a JSON post: a cross-site form must not wipe the workbook.
  'POST /api/reset': async (session, req) => (await readBody(req), session.reset(), { ok: true }),
};

async function handle(session: AddonSession, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://preview.local');
  const route = ROUTES[`${req.method} ${url.pathname}`];
  const asset = req.method === 'GET' ? STATIC[url.pathname] : undefined;
  if (asset) {
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': asset.type });
    res.end(await readFile(join(HERE, asset.file)));
  } else if (route) {
    send(res, 200, await route(session, req, url));
  } else {
    const known = Object.keys(ROUTES).some((k) => k.endsWith(` ${url.pathname}`));
    send(res, known ? 405 : 404, { error: known ? `${req.method} is not allowed on ${url.pathname}` : `Nothing at ${url.pathname}` });
  }
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const session = new AddonSession({ code: readBuiltScript(options.codePath ?? DEFAULT_CODE_PATH), statePath: options.statePath ?? DEFAULT_STATE_PATH });
  const server = createServer((req, res) => {
    handle(session, req, res).catch((error: unknown) => {
      const input = error instanceof InputError;
      // The add-on's own failures are shown like Sheets' script-error bar: the message, never a stack.
      if (!input) process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
      if (!res.headersSent) send(res, input ? 400 : 500, { error: (error as Error)?.message ?? String(error) });
      else res.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`,
    session,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((e) => (e ? reject(e) : resolve()));
    }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${process.env.PORT}`);
  const preview = await startPreview({ port, host: process.env.HOST });
  process.stdout.write(`Goalpost preview: ${preview.url}\nWorkbook saved in ${DEFAULT_STATE_PATH}\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void preview.close().then(() => process.exit(0)));
}
