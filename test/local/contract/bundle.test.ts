/**
 * The contract build: dist-contract/Code.js must parse as ES2020 (Apps Script V8 rejects
 * newer syntax and class fields, platform §7) and its runContract must drive the cases
 * through the global services. Here the globals are the local services, so this proves
 * the runner, not Sheets; the real run is in README's release checklist.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../../local/index.ts';
import { CONTRACT_CASES } from '../../../local/contract/cases.ts';
import { bindContractFunctions, CONTRACT_SPECS } from '../../../local/contract/functions.ts';

const ROOT = new URL('../../../', import.meta.url);

describe('the contract build', () => {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-contract.ts'], { cwd: ROOT, stdio: 'pipe' });
  const code = readFileSync(new URL('dist-contract/Code.js', ROOT), 'utf8');

  it('is ES2020 with top-level runContract and the probe functions', () => {
    const ast = parse(code, { ecmaVersion: 2020, sourceType: 'script' });
    const names = ast.body.flatMap((n) => (n.type === 'FunctionDeclaration' && n.id ? [n.id.name] : []));
    expect(names).toEqual(['runContract', ...CONTRACT_SPECS.map((s) => s.name)]);
    expect(code).toContain('@customfunction');
    expect(code).not.toMatch(/hyperformula/i);
  });

  it('runContract runs every case through the global services and writes the results sheet', () => {
    const s = createLocalServices({ timeZone: 'Europe/Madrid', functions: (tz) => ({ specs: CONTRACT_SPECS, functions: bindContractFunctions({ timeZone: tz }) }) });
    const quiet = { log: () => undefined };
    const run = new Function('SpreadsheetApp', 'PropertiesService', 'LockService', 'Utilities', 'console', `${code}\nreturn runContract();`);
    const summary = run(s.SpreadsheetApp, s.PropertiesService, s.LockService, { sleep: () => undefined }, quiet) as string;
    expect(summary).toBe(`${CONTRACT_CASES.length} of ${CONTRACT_CASES.length} contract cases pass in Europe/Madrid.`);
    const results = s.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Contract results')?.getDataRange().getValues() ?? [];
    expect(results.slice(1).map((r) => r[1])).toEqual(CONTRACT_CASES.map(() => 'PASS'));
    expect(s.SpreadsheetApp.getActiveSpreadsheet().getSheets().map((sh) => sh.getName())).toEqual(['Sheet1', 'Contract results']);
  });
});
