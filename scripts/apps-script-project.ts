/**
 * Writes an Apps Script project folder as `clasp push` sends it: appsscript.json and one
 * Code.js holding an es2020 IIFE bundle assigned to a namespace, followed by the
 * generated top-level stubs Apps Script needs for custom functions and entry points.
 * Shared by the add-on build (dist/) and the platform-cases build (dist-platform-cases/).
 */
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FunctionSpec } from '../src/functions/spec.ts';
import { stubsFor } from './stubs.ts';

export interface AppsScriptProject {
  readonly entry: string;
  readonly outDir: string;
  readonly namespace: string;
  /** The manifest's text. */
  readonly manifest: string;
  readonly specs: readonly FunctionSpec[];
  readonly entryPoints: readonly string[];
  readonly banner: string;
  readonly minify: boolean;
  /** Build-time constants (esbuild define), such as dropping documentation the stubs already carry. */
  readonly define?: Readonly<Record<string, string>>;
}

export async function buildAppsScriptProject(p: AppsScriptProject): Promise<void> {
  // clasp push replaces the whole remote project with the folder, so nothing stale may remain.
  rmSync(p.outDir, { recursive: true, force: true });
  mkdirSync(p.outDir, { recursive: true });
  writeFileSync(join(p.outDir, 'appsscript.json'), p.manifest);
  await build({
    entryPoints: [p.entry],
    outfile: join(p.outDir, 'Code.js'),
    bundle: true,
    format: 'iife',
    globalName: p.namespace,
    platform: 'neutral',
    target: 'es2020',
    minify: p.minify,
    define: p.define,
    legalComments: 'none',
    banner: { js: p.banner },
    footer: { js: `\n${stubsFor(p.specs, p.entryPoints, p.namespace)}\n` },
    logLevel: 'warning',
  });
}
