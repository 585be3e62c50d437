/**
 * A locked-down preview: requests that do not name the preview in Host (DNS rebinding) or
 * come from another page's Origin are refused before they read or write anything, and
 * listening beyond loopback needs an explicit flag.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../local/preview/cli-args.ts';
import { allowedHosts, isLoopback, refusal } from '../../local/preview/host-guard.ts';
import { startPreview } from '../../local/preview/server.ts';
import { shown, testPreview, type TestPreview } from './helpers.ts';

let t: TestPreview;
let port: string;

beforeAll(async () => {
  t = await testPreview();
  port = new URL(t.preview.url).port;
});
afterAll(async () => {
  await t.stop();
});

/** A request with exactly these headers (fetch would set Host itself). */
function raw(headers: Record<string, string>, method = 'GET', path = '/api/state', body?: string): Promise<[number, string]> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve([res.statusCode ?? 0, text]));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const json = { 'content-type': 'application/json' };
const write = JSON.stringify({ sheet: 'Sheet1', a1: 'A1', value: 'written by another site' });

describe('requests the preview refuses', () => {
  it('a rebound name in Host can neither read nor write the workbook', async () => {
    const [readStatus, readBody] = await raw({ host: `evil.example:${port}` });
    expect(readStatus).toBe(403);
    expect(JSON.parse(readBody)).toEqual({ error: expect.stringMatching(/^Host "evil\.example:\d+" is not this preview/) });
    expect((await raw({ host: `evil.example:${port}`, ...json }, 'POST', '/api/cell', write))[0]).toBe(403);
    expect(shown((await t.state()).sheet.cells, 'A1')).toBe('');
  });

  it.each([['http://evil.example'], ['null'], [`https://localhost:PORT`], ['http://localhost:1']])('a page at Origin %s cannot post', async (origin) => {
    const [status] = await raw({ host: `localhost:${port}`, origin: origin.replace('PORT', port), ...json }, 'POST', '/api/cell', write);
    expect(status).toBe(403);
    expect(shown((await t.state()).sheet.cells, 'A1')).toBe('');
  });

  it.each([['cross-site'], ['same-site']])('a request another page made (Sec-Fetch-Site: %s, no Origin, as an <img> sends) is refused', async (site) => {
    const [status, body] = await raw({ host: `localhost:${port}`, 'sec-fetch-site': site });
    expect(status).toBe(403);
    expect(JSON.parse(body)).toEqual({ error: expect.stringMatching(/^A request from another site's page/) });
    expect((await raw({ host: `localhost:${port}`, 'sec-fetch-site': site, ...json }, 'POST', '/api/cell', write))[0]).toBe(403);
    expect(shown((await t.state()).sheet.cells, 'A1')).toBe('');
  });

  it('the page\'s own requests and typed addresses (Sec-Fetch-Site same-origin, none) are served', async () => {
    expect((await raw({ host: `localhost:${port}`, 'sec-fetch-site': 'same-origin' }))[0]).toBe(200);
    expect((await raw({ host: `localhost:${port}`, 'sec-fetch-site': 'none' }, 'GET', '/'))[0]).toBe(200);
  });

  it('GET /api/state changes nothing: Ui events and notices wait for the page\'s POST', async () => {
    t.preview.session.services.local.ui.events.push({ kind: 'toast', message: 'hello', title: '', timeoutSeconds: 3 } as never);
    expect((await t.peek()).ui).toEqual([]);
    expect((await t.peek()).ui).toEqual([]);
    expect((await t.state()).ui).toEqual([expect.objectContaining({ kind: 'toast', message: 'hello' })]);
    expect((await t.state()).ui).toEqual([]);
  });

  it('the preview\'s own page, and tools that send no Origin, are served', async () => {
    expect((await raw({ host: `localhost:${port}`, origin: `http://localhost:${port}`, ...json }, 'POST', '/api/cell', write))[0]).toBe(200);
    expect((await raw({ host: `127.0.0.1:${port}` }))[0]).toBe(200);
  });
});

describe('where the preview listens', () => {
  it('refuses a network address unless allowed explicitly', async () => {
    await expect(startPreview({ port: 0, host: '0.0.0.0', statePath: `${t.dir}/other.json` })).rejects.toThrow(/^Not listening on 0\.0\.0\.0: anyone who can reach it could read and edit the workbook/);
  });

  it('prints an IPv6 loopback address as itself, not as localhost', async () => {
    let p;
    try {
      p = await startPreview({ port: 0, host: '::1', statePath: `${t.dir}/v6.json` });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRNOTAVAIL' || (error as NodeJS.ErrnoException).code === 'EAFNOSUPPORT') return; // no IPv6 here
      throw error;
    }
    try {
      expect(p.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
      expect((await fetch(`${p.url}/api/state`)).status).toBe(200);
    } finally {
      await p.close();
    }
  });

  it('names loopback addresses only as loopback', () => {
    expect(['localhost', '127.0.0.1', '127.8.0.1', '::1'].map(isLoopback)).toEqual([true, true, true, true]);
    expect(['0.0.0.0', '192.168.1.5', 'localhost.evil.example'].map(isLoopback)).toEqual([false, false, false]);
  });

  it('on loopback answers only to its loopback names and port', () => {
    const hosts = allowedHosts('127.0.0.1', 8080);
    expect([...hosts].sort()).toEqual(['127.0.0.1:8080', '[::1]:8080', 'localhost:8080']);
    expect(refusal(hosts, 'localhost:8081', undefined)).toMatch(/is not this preview/);
  });

  it.each([
    [[], {}, { port: 8080, host: '127.0.0.1', allowNetwork: false }],
    [['--port', '9000'], {}, { port: 9000, host: '127.0.0.1', allowNetwork: false }],
    [[], { PORT: '9001' }, { port: 9001, host: '127.0.0.1', allowNetwork: false }],
    [['--host', '0.0.0.0', '--allow-network'], {}, { port: 8080, host: '0.0.0.0', allowNetwork: true }],
    [['--state', '/tmp/try.json'], {}, { port: 8080, host: '127.0.0.1', allowNetwork: false, statePath: '/tmp/try.json' }],
  ])('reads the command line %j with env %j', (argv, env, expected) => {
    expect(parseArgs(argv, env)).toEqual(expected);
  });

  it.each([
    [['--port', 'http'], /^The port must be a number from 0 to 65535, got "http"/],
    [['--host'], /^--host needs a value/],
    [['--public'], /^Unknown argument --public/],
  ])('refuses the command line %j with a message', (argv, message) => {
    expect(() => parseArgs(argv, {})).toThrow(UsageError);
    expect(() => parseArgs(argv, {})).toThrow(message);
  });
});
