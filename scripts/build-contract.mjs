// Builds dist-contract/: the contract cases (local/contract/) as an Apps Script project
// that runs them against the real SpreadsheetApp. Push it to a scratch spreadsheet's bound
// project (README release checklist) and run runContract from the script editor.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist-contract');
const NAMESPACE = 'ContractRunner';

/** Reads CONTRACT_FUNCTIONS (names and parameters) from the TypeScript source, so stubs never drift. */
async function contractFunctions() {
  const result = await build({ entryPoints: [join(root, 'local/contract/functions.ts')], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'warning' });
  const code = result.outputFiles[0].text;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return Object.entries(mod.CONTRACT_FUNCTIONS).map(([name, f]) => ({ name, params: f.params }));
}

function stubs(functions) {
  const fns = functions.map(({ name, params }) => [
    '/**',
    ` * Contract probe ${name}.`,
    ...params.map((p) => ` * @param {any} ${p} ${p}`),
    ' * @return {any} What Sheets passed, or a result to show.',
    ' * @customfunction',
    ' */',
    `function ${name}(${params.join(', ')}) { return ${NAMESPACE}.callContractFunction('${name}', [${params.join(', ')}]); }`,
  ].join('\n'));
  return ['/** Runs every contract case and writes the results to the "Contract results" sheet. */', `function runContract() { return ${NAMESPACE}.runContract(); }`, ...fns].join('\n\n');
}

const manifest = {
  timeZone: 'Etc/UTC',
  runtimeVersion: 'V8',
  exceptionLogging: 'STACKDRIVER',
  oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
await build({
  entryPoints: [join(root, 'local/contract/apps-script-runner.ts')],
  outfile: join(out, 'Code.js'),
  bundle: true,
  format: 'iife',
  globalName: NAMESPACE,
  platform: 'neutral',
  target: 'es2020',
  banner: { js: '// Goalpost contract suite for a scratch spreadsheet. Built by scripts/build-contract.mjs.' },
  footer: { js: `\n${stubs(await contractFunctions())}\n` },
  logLevel: 'warning',
});
writeFileSync(join(out, '.clasp.json.example'), `${JSON.stringify({ scriptId: 'PASTE-THE-SCRATCH-PROJECT-ID', rootDir: '.' }, null, 2)}\n`);
console.log(`dist-contract/Code.js built: run runContract() in a scratch spreadsheet's bound project.`);
