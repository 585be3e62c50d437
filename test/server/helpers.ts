/** A Retail goal table on the local spreadsheet and the server API over it, as the sidebar will call it. */
import { expect } from 'vitest';
import { createLocalServices, type LocalServices } from '../../local/index.ts';
import type { Method, RpcError, RpcResponse } from '../../src/contract/rpc.ts';
import { dayFromYmd, type Day } from '../../src/core/dates.ts';
import type { SheetPort, SpreadsheetAppPort } from '../../src/sheet/ports.ts';
import type { ServerContext } from '../../src/server/context.ts';
import { dispatch } from '../../src/server/rpc.ts';
import { createTable } from '../../src/sheet/table-create.ts';
import { DEFAULT_COLOURS } from '../../src/sheet/table-formulas.ts';
import type { TemplateName } from '../../src/sheet/templates.ts';

/** The day the tests run on: the Retail quarter is 2026-10-01 to 2026-12-31, 91 days from start to due. */
export const TODAY = dayFromYmd(2026, 11, 29);

export interface Api {
  readonly s: LocalServices;
  readonly app: SpreadsheetAppPort;
  readonly ctx: ServerContext;
  /** goalpostRpc(method, params) as the client calls it. */
  call<M extends Method>(method: M, params?: unknown): RpcResponse<M>;
  /** Any method name and any params, as a hostile client could send them. */
  raw(method: unknown, params?: unknown): unknown;
}

export function api(s: LocalServices = createLocalServices({ timeZone: 'Etc/UTC' }), today: Day = TODAY): Api {
  const app = s.SpreadsheetApp;
  const ctx: ServerContext = {
    app,
    lock: () => s.LockService.getDocumentLock(),
    documentProperties: () => s.PropertiesService.getDocumentProperties(),
    userProperties: () => s.PropertiesService.getUserProperties(),
    today: () => today,
  };
  return {
    s,
    app,
    ctx,
    call: <M extends Method>(method: M, params?: unknown) => dispatch(() => ctx, method, params) as RpcResponse<M>,
    raw: (method, params) => dispatch(() => ctx, method, params),
  };
}

export interface TableApi extends Api {
  readonly sheet: SheetPort;
  readonly log: SheetPort;
}

/** New goal table ▸ a template, made on TODAY: table T1. */
export function withTable(template: TemplateName = 'Retail'): TableApi {
  const a = api();
  const { sheet, log } = createTable(a.app, DEFAULT_COLOURS, TODAY, template);
  return { ...a, sheet, log };
}

/** The value of an ok response; fails the test with the error otherwise. */
export function value<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

const iso = (v: unknown): unknown => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
/** A sheet's cells as values, dates as ISO days (the tests' spreadsheets are in Etc/UTC). */
export function cells(sheet: SheetPort, a1: string): unknown[][] {
  return sheet.getRange(a1).getValues().map((r) => r.map(iso));
}

/** A request that must be refused: its error's code and field, and the workbook (every sheet, cell, format and property) exactly as it was. */
export function expectRefused(a: Api, method: Method, params: unknown, code: string, field: string | undefined): RpcError {
  const before = a.s.saveJson();
  const r = a.call(method, params);
  if (r.ok) throw new Error(`expected ${code}, got ok`);
  expect([r.error.code, r.error.field]).toEqual([code, field]);
  expect(a.s.saveJson() === before).toBe(true);
  return r.error;
}
