/**
 * Builds dist/ as exactly what `clasp push` sends: appsscript.json and Code.js (one
 * es2020 bundle assigned to a namespace, then the generated top-level stubs).
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTRY_POINTS } from '../src/gas/main.ts';
import { FUNCTION_SPECS } from '../src/functions/index.ts';
import { stubsFor } from './stubs.ts';

export const NAMESPACE = 'Goalpost';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

export async function buildDist(out: string = dist): Promise<void> {
  // clasp push replaces the whole remote project with dist/, so nothing stale may remain.
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  copyFileSync(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
  await build({
    entryPoints: [join(root, 'src/gas/main.ts')],
    outfile: join(out, 'Code.js'),
    bundle: true,
    format: 'iife',
    globalName: NAMESPACE,
    platform: 'neutral',
    target: 'es2020',
    // Every custom-function call reloads the whole script: a smaller file loads faster.
    minify: true,
    legalComments: 'none',
    banner: { js: '// Goalpost for Google Sheets. Built file: edit src/ and run npm run build.' },
    footer: { js: `\n${stubsFor(FUNCTION_SPECS, ENTRY_POINTS, NAMESPACE)}\n` },
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildDist();
  console.log(`dist/Code.js ${statSync(join(dist, 'Code.js')).size} bytes, ${FUNCTION_SPECS.length} custom functions`);
}
