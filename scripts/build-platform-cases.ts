/**
 * Builds dist-platform-cases/: the platform cases (local/platform-cases/) as an Apps Script project
 * that runs them against the real SpreadsheetApp. Push it to a scratch spreadsheet's bound
 * project (README release checklist) and run runPlatformCases from the script editor.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLATFORM_SPECS } from '../local/platform-cases/functions.ts';
import { buildAppsScriptProject } from './apps-script-project.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist-platform-cases');

const manifest = {
  timeZone: 'Etc/UTC',
  runtimeVersion: 'V8',
  exceptionLogging: 'STACKDRIVER',
  oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
};

await buildAppsScriptProject({
  entry: join(root, 'local/platform-cases/apps-script-runner.ts'),
  outDir: out,
  namespace: 'PlatformCases',
  manifest: `${JSON.stringify(manifest, null, 2)}\n`,
  specs: PLATFORM_SPECS,
  entryPoints: ['runPlatformCases'],
  banner: '// Goalpost platform-cases suite for a scratch spreadsheet. Built by scripts/build-platform-cases.ts.',
  // Unminified: a failing case's stack trace should be readable in the script editor.
  minify: false,
});
writeFileSync(join(out, '.clasp.json.example'), `${JSON.stringify({ scriptId: 'PASTE-THE-SCRATCH-PROJECT-ID', rootDir: '.' }, null, 2)}\n`);
console.log(`dist-platform-cases/Code.js built: run runPlatformCases() in a scratch spreadsheet's bound project.`);
