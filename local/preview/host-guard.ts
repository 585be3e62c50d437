/**
 * Who may talk to the preview. Every request must name the preview itself in its Host
 * header, and a browser request's Origin must be the preview's own page: a web page on
 * another site cannot use DNS rebinding (a name of its own that resolves to 127.0.0.1) to
 * read or edit the workbook, and a sandboxed dialog (Origin "null") cannot call the API.
 * A browser also says where a request comes from in Sec-Fetch-Site, Origin or not: a
 * request another site's page made (cross-site, or same-site from another port or name,
 * such as an <img> pointing at the API, which sends no Origin) is refused.
 */
import { networkInterfaces, hostname } from 'node:os';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host.toLowerCase()) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

const withPort = (host: string, port: number) => `${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`.toLowerCase();

/**
 * The Host values the preview answers to: its loopback names, and when it listens on a
 * network (an explicit choice) the machine's own addresses and name as well.
 */
export function allowedHosts(bindHost: string, port: number): Set<string> {
  const hosts = new Set(['localhost', '127.0.0.1', '::1'].map((h) => withPort(h, port)));
  if (isLoopback(bindHost)) return hosts;
  if (bindHost !== '0.0.0.0' && bindHost !== '::') hosts.add(withPort(bindHost, port));
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) hosts.add(withPort(a.address, port));
  const name = hostname();
  hosts.add(withPort(name, port));
  hosts.add(withPort(`${name}.local`, port));
  return hosts;
}

/** Why a request is refused, or undefined when it may go on. */
export function refusal(hosts: ReadonlySet<string>, host: string | undefined, origin: string | undefined, fetchSite?: string | string[]): string | undefined {
  if (!host || !hosts.has(host.toLowerCase())) return `Host "${host ?? ''}" is not this preview: open it at one of ${[...hosts].slice(0, 3).map((h) => `http://${h}`).join(', ')}`;
  // same-origin and none (typed in the address bar, a bookmark) may go on; a request another page started may not.
  const site = String(fetchSite ?? '').toLowerCase();
  if (site === 'cross-site' || site === 'same-site') return `A request from another site's page (Sec-Fetch-Site: ${site}) may not use the preview: only its own page can`;
  // Requests from scripts outside a browser (curl, tests) send no Origin.
  if (origin === undefined) return undefined;
  const own = /^http:\/\/([^/]+)$/i.exec(origin)?.[1];
  return own && hosts.has(own.toLowerCase()) ? undefined : `Origin "${origin}" may not use the preview: only its own page can`;
}
