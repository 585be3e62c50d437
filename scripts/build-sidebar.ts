/**
 * Builds dist/Sidebar.html: the sidebar's esbuild bundle (Preact, JSX compiled by esbuild)
 * and its CSS inlined into one page, so Apps Script serves it with
 * createHtmlOutputFromFile and the browser loads nothing else.
 */
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Inline script and style that cannot end their own element early. */
const inlineSafe = (code: string, tag: 'script' | 'style') => code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');

export async function bundleSidebar(root: string): Promise<{ js: string; css: string }> {
  const result = await build({
    entryPoints: [join(root, 'sidebar/main.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
    // The first-render benchmark measures from here (bench/sidebar.bench.ts).
    banner: { js: "performance.mark('goalpost:start');" },
  });
  const js = result.outputFiles[0]?.text ?? '';
  const css = await build({ entryPoints: [join(root, 'sidebar/styles.css')], bundle: true, write: false, minify: true, logLevel: 'warning' });
  return { js, css: css.outputFiles[0]?.text ?? '' };
}

export function sidebarHtml(js: string, css: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8"><base target="_top"><title>Goalpost</title>',
    `<style>${inlineSafe(css, 'style')}</style></head>`,
    '<body><div id="app"></div>',
    `<script>${inlineSafe(js, 'script')}</script>`,
    '</body></html>',
  ].join('\n');
}

/** Writes Sidebar.html into outDir; returns its size in bytes. */
export async function buildSidebar(root: string, outDir: string): Promise<number> {
  const { js, css } = await bundleSidebar(root);
  const html = sidebarHtml(js, css);
  writeFileSync(join(outDir, 'Sidebar.html'), html);
  return Buffer.byteLength(html);
}

