/**
 * Regression: the local bench's self-run guard compared only file names
 * (import.meta.url.endsWith(basename(argv[1]))), so any script named like it that imported
 * it ran the whole 100k-row benchmark on import. It now compares full paths.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BENCH = new URL('../../bench/local.bench.ts', import.meta.url);

describe('regression: the bench self-run guard matched any importer with the same file name', () => {
  it('importing bench/local.bench.ts from another local.bench.ts does not run it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-guard-'));
    try {
      writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
      const importer = join(dir, 'local.bench.ts');
      writeFileSync(importer, `const m = await import(${JSON.stringify(BENCH.href)});\nconsole.log(typeof m.runLocalBench);\n`);
      const out = execFileSync(process.execPath, ['--import', 'tsx', importer], { cwd: new URL('../..', import.meta.url), encoding: 'utf8', timeout: 60_000 });
      expect(out.trim()).toBe('function');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 70_000);
});
