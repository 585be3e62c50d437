/**
 * Reading the fields of a request: each reader names the field and what was expected, so
 * a bad request gets a 400 that says what to fix, never a stack trace.
 */
import type { PromptAnswer } from '../services/ui.ts';
import type { CellWindow } from './sheet-view.ts';

export class InputError extends Error {}

export type Body = Record<string, unknown>;

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

export function text(body: Body, field: string): string {
  const value = body[field];
  if (typeof value !== 'string') throw new InputError(`${field}: expected a string, got ${describe(value)}`);
  return value;
}

export function optionalText(body: Body, field: string): string | undefined {
  return body[field] === undefined ? undefined : text(body, field);
}

export function integer(body: Body, field: string, min: number, max: number, label = field): number {
  const value = body[field];
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new InputError(`${label}: expected a whole number, got ${describe(value)}`);
  if (value < min || value > max) throw new InputError(`${label}: ${value} is not between ${min} and ${max}`);
  return value;
}

/** The most cells one window read returns: a tall screen with overscan, not a whole sheet. */
export const MAX_WINDOW_ROWS = 400;
export const MAX_WINDOW_COLS = 80;
export const DEFAULT_WINDOW: CellWindow = { row: 0, col: 0, rows: 100, cols: 26 };

/** A window from a JSON body field, or the default. */
export function windowField(body: Body, field = 'window'): CellWindow {
  const value = body[field];
  if (value === undefined) return DEFAULT_WINDOW;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${field}: expected {row, col, rows, cols}`);
  const w = value as Body;
  return {
    row: integer(w, 'row', 0, 10_000_000, `${field}.row`),
    col: integer(w, 'col', 0, 18_277, `${field}.col`),
    rows: integer(w, 'rows', 1, MAX_WINDOW_ROWS, `${field}.rows`),
    cols: integer(w, 'cols', 1, MAX_WINDOW_COLS, `${field}.cols`),
  };
}

/** A window from query parameters (?row=&col=&rows=&cols=), or the default. */
export function windowQuery(params: URLSearchParams): CellWindow {
  const keys = ['row', 'col', 'rows', 'cols'] as const;
  if (keys.every((k) => !params.has(k))) return DEFAULT_WINDOW;
  const body: Body = {};
  for (const k of keys) {
    const raw = params.get(k);
    body[k] = raw === null || !/^\d+$/.test(raw) ? raw : Number(raw);
  }
  return windowField({ window: body });
}

/** A block of cell text: rows of strings. */
export function textGrid(body: Body, field: string, maxCells: number, maxText: number): string[][] {
  const value = body[field];
  if (!Array.isArray(value) || value.length === 0 || !value.every((row) => Array.isArray(row))) throw new InputError(`${field}: expected rows of cell text, such as [["a", "1"], ["b", "2"]]`);
  const rows = value as unknown[][];
  // A loop, not Math.max(...rows): a paste of 100,000 rows would overflow the call stack.
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  if (width === 0) throw new InputError(`${field}: the rows hold no cells`);
  if (rows.length * width > maxCells) throw new InputError(`${field}: ${rows.length} × ${width} cells is more than the ${maxCells.toLocaleString('en-US')} one paste may write: paste it in parts`);
  return rows.map((row, r) => Array.from({ length: width }, (_, c) => {
    const cell = row[c] ?? '';
    if (typeof cell !== 'string') throw new InputError(`${field}[${r}][${c}]: expected text, got ${describe(cell)}`);
    if (cell.length > maxText) throw new InputError(`${field}[${r}][${c}]: longer than ${maxText} characters`);
    return cell;
  }));
}

/** The buttons a prompt can be closed with. */
const BUTTONS = ['OK', 'CANCEL', 'CLOSE', 'YES', 'NO'];

/** The answers a person gave a menu item's prompts so far, in order. */
export function promptAnswers(body: Body): PromptAnswer[] {
  const answers = body.answers ?? [];
  if (!Array.isArray(answers) || answers.length > 20) throw new InputError('answers: expected a list of at most 20 prompt answers');
  return answers.map((a: unknown, i) => {
    const answer = (typeof a === 'object' && a !== null ? a : {}) as Body;
    const typed = text(answer, 'text');
    const button = text(answer, 'button');
    if (typed.length > 50_000 || !BUTTONS.includes(button)) throw new InputError(`answers[${i}]: give { text, button } with a button of ${BUTTONS.join(', ')}`);
    return { text: typed, button };
  });
}
