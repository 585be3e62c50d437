/**
 * Builds dist/ as exactly what `clasp push` sends: appsscript.json and Code.js (one
 * es2020 bundle assigned to a namespace, then the generated top-level stubs), and
 * Sidebar.html (scripts/build-sidebar.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryPoints } from '../src/gas/main.ts';
import { FUNCTION_SPECS } from '../src/functions/index.ts';
import { buildAppsScriptProject } from './apps-script-project.ts';
import { buildSidebar } from './build-sidebar.ts';

export const NAMESPACE = 'Goalpost';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

export async function buildDist(out: string = dist): Promise<void> {
  await buildAppsScriptProject({
    entry: join(root, 'src/gas/main.ts'),
    outDir: out,
    namespace: NAMESPACE,
    manifest: readFileSync(join(root, 'appsscript.json'), 'utf8'),
    specs: FUNCTION_SPECS,
    entryPoints: Object.keys(entryPoints),
    banner: '// Goalpost for Google Sheets. Built file: edit src/ and run npm run build.',
    // Every custom-function call reloads the whole script: a smaller file loads faster.
    minify: true,
    // Parameter help, return text and examples live in the generated stubs' JSDoc; the bundle drops them.
    define: { 'globalThis.GOALPOST_NO_DOCS': 'true' },
  });
  await buildSidebar(root, out);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildDist();
  console.log(`dist/Code.js ${statSync(join(dist, 'Code.js')).size} bytes, ${FUNCTION_SPECS.length} custom functions`);
  console.log(`dist/Sidebar.html ${statSync(join(dist, 'Sidebar.html')).size} bytes`);
}
