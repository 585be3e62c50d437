/**
 * Check in in one step: value, date (the as-of date unless changed), confidence and note.
 * The chart shows the new point, and a debounced previewGoal says which status the goal
 * would then have, before anything is saved.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { GoalDetailDto, GoalPreviewDto } from '../../src/contract/dto.ts';
import { GOAL_KINDS, type GoalKind } from '../../src/core/vocabulary.ts';
import { numberOrNull, readNumber } from '../read-number.ts';
import { call } from '../remote.ts';
import { asOf } from '../state.ts';
import { DoneSelect, doneOrNot, Field, Input, Note, StatusChip } from '../ui.tsx';
import { TrendChart } from './trend-chart.tsx';

const FIELDS = ['value', 'date', 'confidence', 'note'];
const kindOf = (k: string): GoalKind | '' => ((GOAL_KINDS as readonly string[]).includes(k) ? (k as GoalKind) : '');

export function CheckIn(props: { detail: GoalDetailDto; onDone: (message: string) => Promise<void>; autoFocus: boolean }) {
  const g = props.detail.goal;
  const value = useSignal('');
  const date = useSignal(asOf.value ?? '');
  const confidence = useSignal('');
  const note = useSignal('');
  const preview = useSignal<GoalPreviewDto | null>(null);
  const previewNote = useSignal('');
  const error = useSignal<{ message: string; field?: string | undefined } | null>(null);
  const busy = useSignal(false);
  const v = numberOrNull(value.value);
  const milestone = doneOrNot(g.kind, g.target);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (props.autoFocus) form.current?.querySelector('input')?.focus();
  }, []);

  useEffect(() => {
    preview.value = null;
    previewNote.value = '';
    if (v === null) return undefined;
    const timer = setTimeout(async () => {
      const r = await call('previewGoal', {
        kind: kindOf(g.kind), baseline: g.baseline, target: g.target, upper: g.upper, current: v,
        start: g.start, due: g.due, readingDate: date.value || null,
      });
      if (r.ok) preview.value = r.value;
      else previewNote.value = `No preview: ${r.error.message}`;
    }, 300);
    return () => clearTimeout(timer);
  }, [v, date.value, g]);

  async function submit(e: Event) {
    e.preventDefault();
    const read = readNumber('Value', value.value);
    if (!read.ok) {
      error.value = { field: 'value', message: milestone && !value.value ? 'Value is blank: choose Done or Not done' : read.message };
      form.current?.querySelector<HTMLElement>('input, select')?.focus();
      return;
    }
    busy.value = true;
    const r = await call('checkIn', {
      tableId: g.tableId, goalId: g.id, value: read.value,
      ...(date.value ? { date: date.value } : {}),
      ...(confidence.value ? { confidence: Number(confidence.value) } : {}),
      ...(note.value.trim() ? { note: note.value } : {}),
    });
    busy.value = false;
    if (!r.ok) {
      error.value = { message: r.error.message, field: r.error.field };
      return;
    }
    error.value = null;
    value.value = '';
    note.value = '';
    await props.onDone(`Checked in ${r.value.reading.value} on ${r.value.reading.date ?? date.value}.`);
  }

  const at = (field: string) => (error.value?.field === field ? error.value.message : undefined);
  const changes = preview.value?.status && preview.value.status !== g.status;
  return (
    <form ref={form} onSubmit={submit} aria-labelledby="checkin-title" noValidate>
      <h2 id="checkin-title">Check in</h2>
      <div class="row">
        {milestone ? (
          <Field label="Value" message={at('value')}>{(a) => <DoneSelect a={a} value={value.value} onValue={(s) => (value.value = s)} blank="Choose" />}</Field>
        ) : <Input label="Value" type="text" inputMode="decimal" value={value.value} onValue={(s) => (value.value = s)} message={at('value')} hint={g.unit ? `in ${g.unit}` : undefined} />}
        <Input label="Date" type="date" value={date.value} onValue={(s) => (date.value = s)} message={at('date')} />
      </div>
      <Field label="Confidence" hint="1 (unlikely) to 10 (certain)" message={at('confidence')}>
        {(a) => (
          <select id={a.id} aria-describedby={a.describedBy} value={confidence.value} onChange={(e) => (confidence.value = e.currentTarget.value)}>
            <option value="">Not given</option>
            {Array.from({ length: 10 }, (_, i) => <option key={i} value={String(i + 1)}>{i + 1}</option>)}
          </select>
        )}
      </Field>
      <Field label="Note" message={at('note')}>
        {(a) => <textarea id={a.id} aria-describedby={a.describedBy} value={note.value} onInput={(e) => (note.value = e.currentTarget.value)} />}
      </Field>
      <TrendChart readings={props.detail.readings} target={g.target} unit={g.unit} next={v === null ? null : { value: v, date: date.value || asOf.value || '' }} />
      <div aria-live="polite" class="hint">
        {preview.value && (
          <p>
            With this reading: <StatusChip status={preview.value.status ?? 'No data'} />
            {changes ? `changes from ${g.status || 'blank'}` : 'no change of status'}. {preview.value.explanation}
          </p>
        )}
        {previewNote.value && <p>{previewNote.value}</p>}
      </div>
      {error.value && !FIELDS.includes(error.value.field ?? '') && <Note text={error.value.message} error />}
      <button type="submit" class="action" disabled={busy.value}>{busy.value ? 'Saving…' : 'Check in'}</button>
    </form>
  );
}
