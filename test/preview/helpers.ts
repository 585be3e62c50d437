/** A preview on a free port with its own workbook file, and the few requests the tests make. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { PreviewState, PreviewUpdate } from '../../local/preview/api.ts';
import type { CellEntry, CellView } from '../../local/preview/sheet-view.ts';
import { startPreview, type Preview, type PreviewOptions } from '../../local/preview/server.ts';

export interface TestPreview {
  preview: Preview;
  readonly dir: string;
  readonly statePath: string;
  post(path: string, body: unknown, type?: string): Promise<Response>;
  /** A POST that must succeed, its JSON. */
  ok<T = PreviewUpdate>(path: string, body: unknown): Promise<T>;
  /** What the page reads: POST /api/state, which also takes the waiting Ui events and notices. */
  state(query?: Record<string, string | number>): Promise<PreviewState>;
  /** GET /api/state: the same read, with no side effects. */
  peek(query?: Record<string, string | number>): Promise<PreviewState>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function testPreview(options: Omit<PreviewOptions, 'port' | 'statePath'> = {}, dir = mkdtempSync(join(tmpdir(), 'goalpost-preview-'))): Promise<TestPreview> {
  const statePath = join(dir, 'state', 'workbook.json');
  const t: TestPreview = {
    preview: await startPreview({ ...options, port: 0, statePath }),
    dir,
    statePath,
    post: (path, body, type = 'application/json') =>
      fetch(`${t.preview.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
    async ok<T>(path: string, body: unknown) {
      const res = await t.post(path, body);
      const json = (await res.json()) as T & { error?: string };
      expect(res.status, json.error).toBe(200);
      return json;
    },
    async state(query = {}) {
      const res = await t.post('/api/state', query);
      const json = (await res.json()) as PreviewState & { error?: string };
      expect(res.status, json.error).toBe(200);
      return json;
    },
    async peek(query = {}) {
      const qs = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString();
      const res = await fetch(`${t.preview.url}/api/state${qs ? `?${qs}` : ''}`);
      const json = (await res.json()) as PreviewState & { error?: string };
      expect(res.status, json.error).toBe(200);
      return json;
    },
    async restart() {
      await t.preview.close();
      t.preview = await startPreview({ ...options, port: 0, statePath });
    },
    async stop() {
      await t.preview.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

function position(a1: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`not a cell: ${a1}`);
  const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]) - 1, col - 1];
}

/** The view of one cell among a window's entries (undefined: shows nothing). */
export function viewAt(cells: readonly CellEntry[], a1: string): CellView | null | undefined {
  const [r, c] = position(a1);
  return cells.find(([row, col]) => row === r && col === c)?.[2];
}

/** Its display text. */
export function shown(cells: readonly CellEntry[], a1: string): string {
  return viewAt(cells, a1)?.v ?? '';
}

/** The A1 names of changed cells, sorted. */
export function changedA1(update: PreviewUpdate): string[] {
  const letters = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : letters(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));
  return update.sheet.changed.map(([r, c]) => `${letters(c)}${r + 1}`).sort();
}
