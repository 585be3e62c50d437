/**
 * The platform-cases suite against the local spreadsheet. Each case states a fact from
 * ../shared/docs/apps-script-platform.md (quoted in the case); the same cases run inside a
 * real spreadsheet through the platform-cases build (README release checklist).
 */
import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../../local/index.ts';
import { PLATFORM_CASES } from '../../../local/platform-cases/cases.ts';
import { bindPlatformFunctions, PLATFORM_SPECS } from '../../../local/platform-cases/functions.ts';
import { runCase } from '../../../local/platform-cases/run-cases.ts';

function localServices(timeZone: string) {
  const s = createLocalServices({ timeZone, functions: (tz) => ({ specs: PLATFORM_SPECS, functions: bindPlatformFunctions({ timeZone: tz }) }) });
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

describe.each(['Etc/UTC', 'Asia/Tokyo', 'America/Sao_Paulo'])('platform cases, spreadsheet in %s', (timeZone) => {
  it.each(PLATFORM_CASES.map((c, i) => [c.name, c.fact, i] as const))('%s — %s', (_name, _fact, i) => {
    const c = PLATFORM_CASES[i];
    if (!c) throw new Error('missing case');
    const result = runCase(localServices(timeZone), c, i, 'platform');
    expect(result.message).toBe('');
    expect(result.passed).toBe(true);
  });
});
