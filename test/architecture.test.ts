import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Keeps architecture.md's import rules true; tsconfig cannot, since ambient Apps Script types are visible everywhere. */
const ROOT = new URL('..', import.meta.url).pathname;

const ALLOWED: Record<string, readonly string[]> = {
  'src/core': ['src/core', 'zod/mini'],
  'src/functions': ['src/core', 'src/functions'],
  'src/sheet': ['src/core', 'src/functions', 'src/sheet'],
  'src/contract': ['src/core', 'src/contract', 'zod/mini'],
  'src/server': ['src/core', 'src/sheet', 'src/contract', 'src/server', 'src/functions'],
  'src/gas': ['src'],
};

const SERVICE_GLOBALS = ['SpreadsheetApp', 'PropertiesService', 'ScriptApp', 'HtmlService', 'Session', 'LockService', 'CacheService', 'Utilities', 'Logger', 'UrlFetchApp', 'DriveApp', 'Charts'];

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const withoutComments = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

function imports(path: string): string[] {
  const src = readFileSync(join(ROOT, path), 'utf8');
  return [...src.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] as string);
}

function target(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return relative(ROOT, join(ROOT, from, '..', spec));
}

describe('architecture', () => {
  const sources = files('src');

  it.each(sources)('%s imports only what its folder may', (path) => {
    const folder = Object.keys(ALLOWED).find((f) => path.startsWith(`${f}/`));
    expect(folder, `${path} is in a folder architecture.md does not list`).toBeDefined();
    const allowed = ALLOWED[folder as string] ?? [];
    for (const spec of imports(path)) {
      const t = target(path, spec);
      expect(allowed.some((a) => t === a || t.startsWith(`${a}/`)), `${path} imports ${t}`).toBe(true);
    }
  });

  it.each(sources.filter((p) => !p.startsWith('src/gas/')))('%s reads no Apps Script global (only src/gas/ does)', (path) => {
    const code = withoutComments(readFileSync(join(ROOT, path), 'utf8'));
    for (const name of SERVICE_GLOBALS) expect(code, `${path} uses ${name}`).not.toMatch(new RegExp(`(?<![\\w.'"])${name}\\s*\\.`));
  });

  it.each(files('src/core'))('%s reads no clock (as-of dates are passed in)', (path) => {
    const code = withoutComments(readFileSync(join(ROOT, path), 'utf8'));
    expect(code).not.toMatch(/Date\.now\(|new Date\(\)/);
  });
});
