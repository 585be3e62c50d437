import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDist } from '../../scripts/build.ts';

describe('npm run build', () => {
  it('empties the output first and leaves exactly what clasp push sends: Code.js, Sidebar.html and appsscript.json', async () => {
    // A scratch folder, so the suites reading dist/ are not raced.
    const out = join(mkdtempSync(join(tmpdir(), 'goalpost-dist-')), 'dist');
    mkdirSync(join(out, 'old'), { recursive: true });
    writeFileSync(join(out, 'Stale.js'), 'function stale() {}');
    await buildDist(out);
    expect(readdirSync(out).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });

  it('ships a V8 manifest with the two least scopes and no add-on card section', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../dist/appsscript.json', import.meta.url), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
    expect(manifest.addOns).toBeUndefined();
  });
});
