/**
 * The platform-cases build: dist-platform-cases/Code.js must parse as ES2020 (Apps Script V8 rejects
 * newer syntax and class fields, platform §7) and its runPlatformCases must drive the cases
 * through the global services. Here the globals are the local services, so this proves
 * the runner, not Sheets; the real run is in README's release checklist.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../../local/index.ts';
import { PLATFORM_CASES } from '../../../local/platform-cases/cases.ts';
import { bindPlatformFunctions, PLATFORM_SPECS } from '../../../local/platform-cases/functions.ts';

const ROOT = new URL('../../../', import.meta.url);

describe('the platform-cases build', () => {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-platform-cases.ts'], { cwd: ROOT, stdio: 'pipe' });
  const code = readFileSync(new URL('dist-platform-cases/Code.js', ROOT), 'utf8');

  it('is ES2020 with top-level runPlatformCases and the probe functions', () => {
    const ast = parse(code, { ecmaVersion: 2020, sourceType: 'script' });
    const names = ast.body.flatMap((n) => (n.type === 'FunctionDeclaration' && n.id ? [n.id.name] : []));
    expect(names).toEqual(['runPlatformCases', ...PLATFORM_SPECS.map((s) => s.name)]);
    expect(code).toContain('@customfunction');
    expect(code).not.toMatch(/hyperformula/i);
  });

  it('runPlatformCases runs every case through the global services and writes the results sheet', () => {
    const s = createLocalServices({ timeZone: 'Europe/Madrid', functions: (tz) => ({ specs: PLATFORM_SPECS, functions: bindPlatformFunctions({ timeZone: tz }) }) });
    const quiet = { log: () => undefined };
    const run = new Function('SpreadsheetApp', 'PropertiesService', 'LockService', 'Utilities', 'console', `${code}\nreturn runPlatformCases();`);
    const summary = run(s.SpreadsheetApp, s.PropertiesService, s.LockService, { sleep: () => undefined }, quiet) as string;
    expect(summary).toBe(`${PLATFORM_CASES.length} of ${PLATFORM_CASES.length} platform cases pass in Europe/Madrid.`);
    const results = s.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Platform results')?.getDataRange().getValues() ?? [];
    expect(results.slice(1).map((r) => r[1])).toEqual(PLATFORM_CASES.map(() => 'PASS'));
    expect(s.SpreadsheetApp.getActiveSpreadsheet().getSheets().map((sh) => sh.getName())).toEqual(['Sheet1', 'Platform results']);
  });
});
