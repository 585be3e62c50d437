/**
 * The set-up wizard's state: the fields as typed, which of them a sentence filled in and
 * the user has not yet confirmed, and the createGoal request they make. Per-field
 * messages come from the contract's own createGoal schema, run here before saving.
 */
import { computed, signal } from '@preact/signals';
import type { ParsedGoalDto } from '../src/contract/dto.ts';
import type { ParamsOf } from '../src/contract/rpc.ts';
import { numberOrNull, readNumber } from './read-number.ts';
import { changeText, readChange, targetOf } from './wizard-change.ts';

/** The form's fields; change is the wizard's own (the target it gives is what is saved), the rest are createGoal's. */
export const FIELDS = ['goal', 'kpi', 'owner', 'parent', 'kind', 'unit', 'baseline', 'change', 'target', 'upper', 'start', 'due', 'current'] as const;
export type FieldName = (typeof FIELDS)[number];
const NUMBERS: readonly FieldName[] = ['baseline', 'target', 'upper', 'current'];
const DATES: readonly FieldName[] = ['start', 'due'];

/** Each field's name as the form shows it; messages start with it. */
export const LABELS: Record<FieldName, string> = {
  goal: 'Goal', kpi: 'KPI', owner: 'Owner', parent: 'Parent id', kind: 'Kind', unit: 'Unit',
  baseline: 'Baseline', change: 'Change', target: 'Target', upper: 'Upper', start: 'Start', due: 'Due', current: 'Current (first reading)',
};

const empty = (): Record<FieldName, string> => Object.fromEntries(FIELDS.map((f) => [f, ''])) as Record<FieldName, string>;

export const sentence = signal('');
export const fields = signal<Record<FieldName, string>>(empty());
/** Fields a sentence filled in (each keeps its confirm box, so focus never falls off a removed one). */
export const fromSentence = signal<ReadonlySet<FieldName>>(new Set());
/** Of those, the ones the user has not confirmed or changed. */
export const pending = signal<ReadonlySet<FieldName>>(new Set());
export const parsed = signal<ParsedGoalDto | null>(null);
/** Messages by field: the schema's before saving, the server's after. */
export const messages = signal<Partial<Record<string, string>>>({});
/** Letters of SMART a person vouches for (achievable, relevant). */
export const vouched = signal<ReadonlySet<'achievable' | 'relevant'>>(new Set());

/** Whether the target is the user's own (typed, or written out in the sentence): then a change never overwrites it. */
export const targetOwn = signal(false);

export function setField(name: FieldName, value: string): void {
  fields.value = { ...fields.value, [name]: value };
  confirm(name);
  if (messages.value[name]) messages.value = { ...messages.value, [name]: undefined };
  if (name === 'target') targetOwn.value = value.trim() !== '';
  if (name === 'baseline' || name === 'change') derive();
}

/**
 * The target from the baseline and the change, whenever either changes, until the user
 * types a target (a typed target wins; cleared, the change gives it again). Without a
 * baseline, or with a change not yet readable, the target waits blank.
 */
function derive(): void {
  const f = fields.value;
  if (targetOwn.value || f.change.trim() === '') return;
  const r = targetOf(f.baseline, f.change);
  const target = r && 'target' in r ? String(r.target) : '';
  if (target !== f.target) fields.value = { ...f, target };
  const change = r && 'message' in r ? r.message : undefined;
  if (change !== messages.value.change || (target && messages.value.target)) messages.value = { ...messages.value, change, ...(target ? { target: undefined } : {}) };
}

export function confirm(name: FieldName, yes = true): void {
  if (pending.value.has(name) !== yes || (!yes && !fromSentence.value.has(name))) return;
  const next = new Set(pending.value);
  if (yes) next.delete(name);
  else next.add(name);
  pending.value = next;
}

export function vouch(letter: 'achievable' | 'relevant', yes: boolean): void {
  const next = new Set(vouched.value);
  if (yes) next.add(letter);
  else next.delete(letter);
  vouched.value = next;
}

/** What parseGoal read goes into the fields, each to be confirmed or corrected. */
export function applyParsed(p: ParsedGoalDto): void {
  parsed.value = p;
  const f = p.fields;
  const read: Partial<Record<FieldName, string>> = {
    goal: sentence.value.trim(),
    ...(f.metric ? { kpi: f.metric } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.baseline !== null ? { baseline: String(f.baseline) } : {}),
    ...(f.change ? { change: changeText(f.change) } : {}),
    ...(f.target !== null ? { target: String(f.target) } : {}),
    ...(f.upper !== null ? { upper: String(f.upper) } : {}),
    ...(f.start ? { start: f.start } : {}),
    ...(f.due ? { due: f.due } : {}),
  };
  fields.value = { ...fields.value, ...read };
  fromSentence.value = new Set((Object.keys(read) as FieldName[]).filter((k) => k !== 'goal'));
  pending.value = fromSentence.value;
  messages.value = {};
  // A target written out in the sentence ("to 33.6") is the user's; one worked out from the change follows the baseline.
  targetOwn.value = f.target !== null && (f.change === null || f.baseline === null);
  derive();
}

export function reset(): void {
  sentence.value = '';
  fields.value = empty();
  fromSentence.value = new Set();
  pending.value = new Set();
  parsed.value = null;
  messages.value = {};
  vouched.value = new Set();
  targetOwn.value = false;
}

/** A typed number, or the text itself so the schema names what is wrong with it. */
const numeric = (text: string): number | string => {
  const read = readNumber('', text);
  return read.ok ? read.value : text;
};

/** The createGoal request the fields make; blank fields are left out. */
export function request(tableId: string): ParamsOf<'createGoal'> {
  const out: Record<string, unknown> = { tableId };
  for (const name of FIELDS) {
    const text = fields.value[name].trim();
    if ((text === '' && name !== 'goal') || name === 'change') continue;
    out[name] = NUMBERS.includes(name) ? numeric(text) : text;
  }
  // A done-or-not milestone may leave its target blank: it is 1 (done).
  if (out.kind === 'milestone' && out.target === undefined) out.target = 1;
  return out as ParamsOf<'createGoal'>;
}

/**
 * The schema's message for each field at fault, before anything is sent. The contract's
 * schemas (zod/mini) are imported here, on the first Save, not when the sidebar starts:
 * the bundle keeps them (no request leaves), but their module code runs only then.
 */
export async function check(tableId: string): Promise<Partial<Record<string, string>>> {
  const { paramProblems } = await import('../src/contract/check-params.ts');
  const found: Partial<Record<string, string>> = {};
  // A number field holding text gets the sidebar's own message (the schema's for a union says less).
  for (const name of NUMBERS) {
    const text = fields.value[name];
    const read = text.trim() === '' ? null : readNumber(LABELS[name], text);
    if (read && !read.ok) found[name] = read.message;
  }
  const change = readChange(fields.value.change);
  const derived = targetOf(fields.value.baseline, fields.value.change);
  if (change && 'message' in change) found.change = change.message;
  else if (derived && 'message' in derived) found.change = derived.message;
  for (const p of paramProblems('createGoal', request(tableId))) found[p.field] ??= `${LABELS[p.field as FieldName] ?? p.field} ${p.problem}`;
  return found;
}

/** The fields previewGoal takes, when they are numbers and days. */
export const previewParams = computed((): ParamsOf<'previewGoal'> | null => {
  const f = fields.value;
  const num = (n: FieldName) => numberOrNull(f[n]);
  const day = (n: FieldName) => (/^\d{4}-\d{2}-\d{2}$/.test(f[n]) ? f[n] : null);
  const target = num('target') ?? (f.kind === 'milestone' ? 1 : null);
  if (target === null) return null;
  const kind = f.kind as ParamsOf<'previewGoal'>['kind'];
  return { kind: kind ?? '', baseline: num('baseline'), target, upper: num('upper'), current: num('current'), start: day('start'), due: day('due') };
});

export const isDate = (name: FieldName): boolean => DATES.includes(name);
export const isNumber = (name: FieldName): boolean => NUMBERS.includes(name);
