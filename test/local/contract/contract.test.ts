/**
 * The contract suite against the local spreadsheet. Each case states a fact from
 * ../shared/docs/apps-script-platform.md (quoted in the case); the same cases run inside a
 * real spreadsheet through the contract build (README release checklist).
 */
import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../../local/index.ts';
import { CONTRACT_CASES } from '../../../local/contract/cases.ts';
import { bindContractFunctions, CONTRACT_SPECS } from '../../../local/contract/functions.ts';
import { runCase } from '../../../local/contract/run-cases.ts';

function localServices(timeZone: string) {
  const s = createLocalServices({ timeZone, functions: (tz) => ({ specs: CONTRACT_SPECS, functions: bindContractFunctions({ timeZone: tz }) }) });
  return {
    app: s.SpreadsheetApp,
    properties: s.PropertiesService,
    lock: s.LockService,
    settle: (read: () => unknown[][]) => {
      s.SpreadsheetApp.flush();
      return read();
    },
  };
}

describe.each(['Etc/UTC', 'Asia/Tokyo', 'America/Sao_Paulo'])('contract, spreadsheet in %s', (timeZone) => {
  it.each(CONTRACT_CASES.map((c, i) => [c.name, c.fact, i] as const))('%s — %s', (_name, _fact, i) => {
    const c = CONTRACT_CASES[i];
    if (!c) throw new Error('missing case');
    const result = runCase(localServices(timeZone), c, i, 'contract');
    expect(result.message).toBe('');
    expect(result.passed).toBe(true);
  });
});
