/** `npm run bench`: prints the figures and writes bench/results.json. Figures, not pass/fail tests. */
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { Figures } from './figures.ts';
import { runFunctionsBench } from './functions.bench.ts';

const figures: Figures = { ...runFunctionsBench() };

const localBench = new URL('./local.bench.ts', import.meta.url);
if (existsSync(localBench)) {
  const mod = (await import(localBench.href)) as { runLocalBench?: () => Promise<Figures> };
  if (mod.runLocalBench) Object.assign(figures, await mod.runLocalBench());
}

const { runTablesBench } = await import('./tables.bench.ts');
Object.assign(figures, runTablesBench());

const { runApiBench } = await import('./api.bench.ts');
Object.assign(figures, runApiBench());

const previewBench = new URL('./preview.bench.ts', import.meta.url);
if (existsSync(previewBench)) {
  const mod = (await import(previewBench.href)) as { runPreviewBench?: () => Promise<Figures> };
  if (mod.runPreviewBench) Object.assign(figures, await mod.runPreviewBench());
}

const { runSidebarBench } = await import('./sidebar.bench.ts');
Object.assign(figures, await runSidebarBench());

const rows = Object.entries(figures).map(([name, f]) => {
  const value = f.unit === 'bytes' ? f.value.toFixed(0) : f.value.toFixed(2);
  const budget = f.budget === undefined ? '' : `${f.budget}`;
  const verdict = f.budget === undefined ? '' : f.value <= f.budget ? 'within' : 'OVER';
  return { name, value: `${value} ${f.unit}`, budget, verdict, note: f.note ?? '' };
});
const widths = ['name', 'value', 'budget', 'verdict'].map((k) => Math.max(k.length, ...rows.map((r) => String(r[k as keyof typeof r]).length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(line(['name', 'value', 'budget', 'verdict']));
for (const r of rows) console.log(line([r.name, r.value, r.budget, r.verdict]) + (r.note ? `  (${r.note})` : ''));

const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', node: process.version };
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify({ date: new Date().toISOString(), machine, figures }, null, 2)}\n`);
console.log('\nwritten bench/results.json');
