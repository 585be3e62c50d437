/**
 * Checks a request's parameters against its method's schema and turns the first thing
 * wrong into the core's failure shape (an 'invalid-param' problem naming the field), so
 * the server reports it like every other failure. zod/mini carries no message text, so
 * the words come from the table below, keyed by zod's issue code; a refine or regex gives
 * its own words in the schema.
 */
import type * as z from 'zod/mini';
import { fail, ok, type Result } from '../core/result.ts';
import { schemas, type Method, type ParamsOf } from './params.ts';

type Issue = z.core.$ZodIssue;

const WANTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object of named parameters',
  array: 'a list',
  record: 'an object',
  null: 'null',
};

/** A value as a message shows it: short, and never the whole of a huge string. */
export function shown(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (typeof v === 'string') return `"${v.length > 30 ? `${v.slice(0, 27)}…` : v}"`;
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'an invalid number' : 'an infinite number';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** What is wrong with the field, in words that end with the fix. */
const ISSUE_TEXT: Readonly<Record<string, (issue: Issue, value: unknown) => string>> = {
  invalid_type: (i, v) => {
    const wanted = WANTED[(i as { expected: string }).expected] ?? (i as { expected: string }).expected;
    return v === undefined ? `is missing: give ${wanted}` : `is ${shown(v)}: give ${wanted}`;
  },
  too_small: (i) => {
    const { origin, minimum } = i as { origin: string; minimum: number };
    return origin === 'string' ? 'is blank: fill it in' : `is below ${minimum}: give ${minimum} or more`;
  },
  too_big: (i) => {
    const { origin, maximum } = i as { origin: string; maximum: number };
    return origin === 'string' ? `is longer than ${maximum} characters: shorten it` : `is above ${maximum}: give ${maximum} or less`;
  },
  invalid_value: (i, v) => `is ${shown(v)}: give one of ${(i as { values: unknown[] }).values.map((x) => JSON.stringify(x)).join(', ')}`,
  // Each regex in params.ts carries its own fix ("give a colour written #rrggbb…", "give a column's letters…").
  invalid_format: (i, v) => `is ${shown(v)}: ${i.message}`,
  invalid_union: (i, v) => {
    const options = (i as { options?: unknown[] }).options;
    return options ? `is ${shown(v)}: give one of ${options.map((x) => JSON.stringify(x)).join(', ')}` : `is ${shown(v)}: see the README for what it takes`;
  },
  invalid_key: (_i, v) => `is ${shown(v)}: use one of the status labels`,
  custom: (i) => i.message,
};

export interface ParamProblem {
  /** The parameter at fault, as a dotted path ("params" for the whole request). */
  readonly field: string;
  /** What is wrong with it, ending with the fix ("is missing: give a number"). */
  readonly problem: string;
}

function problemOf(method: Method, issue: Issue, raw: unknown): ParamProblem {
  if (issue.code === 'unrecognized_keys') {
    const key = String(issue.keys[0]);
    const field = [...issue.path, key].join('.');
    const owner = issue.path.length > 0 ? `a name ${issue.path.join('.')} takes` : `a parameter of ${method}`;
    return { field: field.slice(0, 60), problem: `is not ${owner}: remove it (names are case-sensitive)` };
  }
  const field = issue.path.length > 0 ? issue.path.map(String).join('.').slice(0, 60) : 'params';
  const text = ISSUE_TEXT[issue.code] ?? (() => 'is not valid: see the README for what it takes');
  return { field, problem: text(issue, at(raw, issue.path)) };
}

const issuesOf = (method: Method, params: unknown) => {
  // A call without parameters (goalpostRpc('listGoals')) is a call with none.
  const raw = params === undefined ? {} : params;
  return { raw, parsed: schemas()[method].safeParse(raw) };
};

/** The first thing wrong with the parameters, as a problem; or the parameters as the method reads them. */
export function checkParams<M extends Method>(method: M, params: unknown): Result<ParamsOf<M>> {
  const { raw, parsed } = issuesOf(method, params);
  if (parsed.success) return ok(parsed.data as ParamsOf<M>);
  return fail('invalid-param', problemOf(method, parsed.error.issues[0] as Issue, raw));
}

/** Everything wrong with the parameters, one problem per field (the sidebar shows each beside its field). */
export function paramProblems(method: Method, params: unknown): ParamProblem[] {
  const { raw, parsed } = issuesOf(method, params);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => problemOf(method, i as Issue, raw));
}
