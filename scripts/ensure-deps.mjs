// Runs before `npm start` and `npm test` (prestart, pretest): on a fresh clone, or after
// package.json gained a package, it installs the locked dependencies first, so README's two
// commands work as written. Plain Node on purpose: nothing is installed yet when it runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const wanted = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
const missing = wanted.filter((name) => !existsSync(join(root, 'node_modules', name, 'package.json')));

if (missing.length > 0) {
  const locked = existsSync(join(root, 'package-lock.json'));
  const args = [locked ? 'ci' : 'install', '--no-audit', '--no-fund'];
  const shown = missing.length > 3 ? `${missing.slice(0, 3).join(', ')} and ${missing.length - 3} more` : missing.join(', ');
  process.stdout.write(`Dependencies missing (${shown}): running npm ${args[0]} first.\n`);
  // Under npm, npm_execpath is npm's own script: run it with this Node, on any platform.
  const npm = process.env.npm_execpath;
  const result = npm && npm.endsWith('.js')
    ? spawnSync(process.execPath, [npm, ...args], { cwd: root, stdio: 'inherit' })
    : spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    process.stderr.write(`npm ${args[0]} failed${result.error ? ` (${result.error.message})` : ''}: fix the error above, then run the command again.\n`);
    process.exit(result.status ?? 1);
  }
}
