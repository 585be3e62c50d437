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
  // The sidebar runs in the browser: the contract's types and schemas, the core's vocabulary, and
  // progress.ts for targetFromChange (the wizard's target from a change, by the core's own rule;
  // its kind rules are marked pure, so the bundle keeps only that function and round12).
  sidebar: ['sidebar', 'src/contract', 'src/core/vocabulary.ts', 'src/core/progress.ts', 'preact', '@preact/signals'],
};

/** DOM globals: the typecheck knows them (for sidebar/), so this keeps them out of src/. */
const DOM_GLOBALS = ['document', 'localStorage', 'sessionStorage', 'navigator', 'HTMLElement'];

const SERVICE_GLOBALS = ['SpreadsheetApp', 'PropertiesService', 'ScriptApp', 'HtmlService', 'Session', 'LockService', 'CacheService', 'Utilities', 'Logger', 'UrlFetchApp', 'DriveApp', 'Charts'];

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : /\.tsx?$/.test(path) ? [path] : [];
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

  it.each([...sources, ...files('sidebar')])('%s imports only what its folder may', (path) => {
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

  it.each(sources)('%s uses no DOM global (only sidebar/ runs in a browser)', (path) => {
    const code = withoutComments(readFileSync(join(ROOT, path), 'utf8'));
    for (const name of DOM_GLOBALS) expect(code, `${path} uses ${name}`).not.toMatch(new RegExp(`(?<![\\w.'"])${name}\\.[A-Za-z_$]`));
  });

  it.each(files('sidebar'))('%s reads no Apps Script global and, but for client.ts, never google.script.run', (path) => {
    const code = withoutComments(readFileSync(join(ROOT, path), 'utf8'));
    for (const name of SERVICE_GLOBALS) expect(code, `${path} uses ${name}`).not.toMatch(new RegExp(`(?<![\\w.'"])${name}\\s*\\.`));
    if (path !== 'sidebar/client.ts') expect(code, `${path} touches google.script`).not.toMatch(/\bscript\s*\.\s*run\b|google\?*\.\s*script/);
  });

  it.each(files('sidebar'))('%s never renders markup from data (no innerHTML, no dangerouslySetInnerHTML)', (path) => {
    const code = withoutComments(readFileSync(join(ROOT, path), 'utf8'));
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/);
  });

  it.each(files('src/core'))('%s reads no clock (as-of dates are passed in)', (path) => {
    const code = withoutComments(readFileSync(join(ROOT, path), 'utf8'));
    expect(code).not.toMatch(/Date\.now\(|new Date\(\)/);
  });
});
