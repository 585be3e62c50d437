/**
 * The contract as the client and the server both read it: parameter types inferred from
 * the schemas, results that are JSON-plain by type, a handler map that must match the
 * methods (checked by `npm run typecheck`, which compiles this file), and schemas that are
 * built by the first request, never by loading the script.
 */
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { GoalDto } from '../../src/contract/dto.ts';
import type { Handlers, Method, ParamsOf, ResultOf } from '../../src/contract/rpc.ts';
import type { Result } from '../../src/core/result.ts';
import type { ServerContext } from '../../src/server/context.ts';
import { HANDLERS } from '../../src/server/handlers.ts';

/** JSON as google.script.run carries it: no Date, no undefined, no functions. */
type Json = string | number | boolean | null | readonly Json[] | { readonly [k: string]: Json };
type IsJson<T> = T extends string | number | boolean | null ? true
  : T extends Date | undefined | ((...args: never[]) => unknown) ? false
  : T extends readonly (infer E)[] ? IsJson<E>
  : T extends object ? ({ [K in keyof T]-?: undefined extends T[K] ? false : IsJson<T[K]> }[keyof T] extends true ? true : false)
  : false;

describe('types', () => {
  it('parameters are inferred from the schemas', () => {
    expectTypeOf<ParamsOf<'checkIn'>['value']>().toEqualTypeOf<number>();
    expectTypeOf<ParamsOf<'checkIn'>['confidence']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ParamsOf<'correctCheckIn'>['action']>().toEqualTypeOf<'correct' | 'delete'>();
    expectTypeOf<ParamsOf<'reviseTarget'>['reason']>().toEqualTypeOf<string>();
    expectTypeOf<ParamsOf<'listGoals'>>().toEqualTypeOf<Record<string, never>>();
  });

  it('every result is JSON-plain, with no optional (undefined) fields', () => {
    const checks: { [M in Method]: IsJson<ResultOf<M>> } = {
      listGoals: true, getGoal: true, previewGoal: true, parseGoal: true, createGoal: true, updateGoal: true, archiveGoal: true,
      checkIn: true, correctCheckIn: true, reviseTarget: true, createTable: true, adoptSheet: true, refresh: true, selectGoal: true,
      getSettings: true, saveSettings: true,
    };
    expect(Object.values(checks).every(Boolean)).toBe(true);
    expectTypeOf<IsJson<{ when: Date }>>().toEqualTypeOf<false>();
    expectTypeOf<IsJson<{ maybe?: number }>>().toEqualTypeOf<false>();
    expectTypeOf<IsJson<GoalDto>>().toEqualTypeOf<true>();
    expectTypeOf<Json>().not.toBeNever();
  });

  it('the handler map matches the methods: a missing or misspelt method does not compile', () => {
    expectTypeOf(HANDLERS).toExtend<Handlers<ServerContext>>();
    const { checkIn: _dropped, ...missing } = HANDLERS;
    // @ts-expect-error checkIn has no handler
    const incomplete: Handlers<ServerContext> = missing;
    const misspelt = {
      ...missing,
      checkin: HANDLERS.checkIn,
    };
    // @ts-expect-error checkin is not checkIn
    const wrongName: Handlers<ServerContext> = misspelt;
    const wrongResult = { ...HANDLERS, refresh: (): Result<{ tables: string }> => ({ ok: true, value: { tables: 'x' } }) };
    // @ts-expect-error refresh returns a RefreshDto
    const wrongShape: Handlers<ServerContext> = wrongResult;
    expect([incomplete, wrongName, wrongShape].length).toBe(3);
  });
});

describe('schemas are built by the first request, not when the script loads', () => {
  it('loading the contract and the server builds none; the first check builds them once', async () => {
    vi.resetModules();
    const params = await import('../../src/contract/params.ts');
    await import('../../src/server/rpc.ts');
    await import('../../src/gas/main.ts');
    expect(params.schemasBuilt()).toBe(false);
    const { checkParams } = await import('../../src/contract/check-params.ts');
    expect(checkParams('listGoals', {}).ok).toBe(true);
    expect(params.schemasBuilt()).toBe(true);
    expect(params.schemas()).toBe(params.schemas());
  });
});
