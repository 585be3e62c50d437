/**
 * Builds dist-contract/: the contract cases (local/contract/) as an Apps Script project
 * that runs them against the real SpreadsheetApp. Push it to a scratch spreadsheet's bound
 * project (README release checklist) and run runContract from the script editor.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTRACT_SPECS } from '../local/contract/functions.ts';
import { buildAppsScriptProject } from './apps-script-project.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist-contract');

const manifest = {
  timeZone: 'Etc/UTC',
  runtimeVersion: 'V8',
  exceptionLogging: 'STACKDRIVER',
  oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
};

await buildAppsScriptProject({
  entry: join(root, 'local/contract/apps-script-runner.ts'),
  outDir: out,
  namespace: 'ContractRunner',
  manifest: `${JSON.stringify(manifest, null, 2)}\n`,
  specs: CONTRACT_SPECS,
  entryPoints: ['runContract'],
  banner: '// Goalpost contract suite for a scratch spreadsheet. Built by scripts/build-contract.ts.',
  // Unminified: a failing case's stack trace should be readable in the script editor.
  minify: false,
});
writeFileSync(join(out, '.clasp.json.example'), `${JSON.stringify({ scriptId: 'PASTE-THE-SCRATCH-PROJECT-ID', rootDir: '.' }, null, 2)}\n`);
console.log(`dist-contract/Code.js built: run runContract() in a scratch spreadsheet's bound project.`);
