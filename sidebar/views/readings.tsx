/** The goal's recent check-ins, each correctable or deletable with a reason (correctCheckIn). */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { GoalDto, ReadingDto } from '../../src/contract/dto.ts';
import { amount } from '../format.ts';
import { readNumber } from '../read-number.ts';
import { call } from '../remote.ts';
import { Input, Note } from '../ui.tsx';

const RECENT = 5;

function Editor(props: { goal: GoalDto; reading: ReadingDto; action: 'correct' | 'delete'; onClose: (message?: string) => Promise<void> | void }) {
  const r = props.reading;
  const initial = typeof r.value === 'number' ? String(r.value) : '';
  const value = useSignal(initial);
  const date = useSignal(r.date ?? '');
  const reason = useSignal('');
  const error = useSignal('');
  /** Messages at their fields: value and date (a blank or "abc" is refused here, never sent). */
  const at = useSignal<{ value?: string; date?: string }>({});
  const first = useRef<HTMLDivElement>(null);
  useEffect(() => first.current?.querySelector<HTMLElement>('input')?.focus(), []);

  async function submit(e: Event) {
    e.preventDefault();
    const base = {
      tableId: props.goal.tableId, row: r.row, was: { date: r.date ?? '', goalId: r.goalId, value: r.value },
      ...(reason.value.trim() ? { reason: reason.value } : {}),
    };
    // A value left as it was (or left blank where the reading is not a number) is not corrected.
    const read = props.action === 'correct' && value.value.trim() !== initial ? readNumber('Value', value.value) : null;
    const wrong = {
      ...(read && !read.ok ? { value: read.message } : {}),
      ...(props.action === 'correct' && !date.value ? { date: 'Date is blank: give the reading\'s date, such as 2026-03-31' } : {}),
    };
    at.value = wrong;
    if (wrong.value || wrong.date) {
      first.current?.querySelectorAll('input')[wrong.value ? 0 : 1]?.focus();
      return;
    }
    const newValue = read?.ok && read.value !== r.value ? read.value : undefined;
    const changed = newValue !== undefined || date.value !== r.date;
    const result = props.action === 'delete'
      ? await call('correctCheckIn', { action: 'delete', ...base })
      : await call('correctCheckIn', {
        action: 'correct', ...base,
        ...(newValue !== undefined ? { value: newValue } : {}),
        ...(date.value !== r.date ? { date: date.value } : {}),
      });
    error.value = '';
    if (!result.ok) {
      const f = result.error.field;
      if (f === 'value' || f === 'date') at.value = { [f]: result.error.message };
      else error.value = result.error.message;
      return;
    }
    await props.onClose(props.action === 'delete' ? `Deleted the check-in of ${r.date}.` : changed ? `Corrected the check-in of ${r.date}.` : undefined);
  }

  return (
    <form onSubmit={submit} class="panel" aria-label={props.action === 'delete' ? `Delete the check-in of ${r.date}` : `Correct the check-in of ${r.date}`}>
      <div ref={first}>
        {props.action === 'correct' && (
          <div class="row">
            <Input label="Value" type="text" inputMode="decimal" value={value.value} onValue={(s) => (value.value = s)} message={at.value.value} />
            <Input label="Date" type="date" value={date.value} onValue={(s) => (date.value = s)} message={at.value.date} />
          </div>
        )}
        <Input label="Reason" type="text" value={reason.value} onValue={(s) => (reason.value = s)} hint="Kept in the change log" />
      </div>
      <Note text={error.value} error />
      <div class="row">
        <button type="submit" class={props.action === 'delete' ? '' : 'action'}>{props.action === 'delete' ? 'Delete check-in' : 'Save correction'}</button>
        <button type="button" onClick={() => void props.onClose()}>Cancel</button>
      </div>
    </form>
  );
}

export function Readings(props: { goal: GoalDto; readings: readonly ReadingDto[]; onChanged: (message: string) => Promise<void> }) {
  const editing = useSignal<{ row: number; action: 'correct' | 'delete' } | null>(null);
  const recent = props.readings.slice(-RECENT).reverse();
  if (recent.length === 0) return null;
  const close = async (message?: string) => {
    editing.value = null;
    if (message) await props.onChanged(message);
  };
  return (
    <section aria-labelledby="readings-title">
      <h2 id="readings-title">Recent check-ins</h2>
      <ul class="plain">
        {recent.map((r) => (
          <li key={r.row}>
            <div class="row">
              <span>{r.date ?? 'no date'}: <b>{amount(r.value, props.goal.unit)}</b>{r.confidence !== null ? ` · ${r.confidence}/10` : ''}{r.note ? ` · ${r.note}` : ''}</span>
              <button type="button" class="link" disabled={!r.date} onClick={() => (editing.value = { row: r.row, action: 'correct' })} aria-label={`Correct the check-in of ${r.date}`}>Correct</button>
              <button type="button" class="link" disabled={!r.date} onClick={() => (editing.value = { row: r.row, action: 'delete' })} aria-label={`Delete the check-in of ${r.date}`}>Delete</button>
            </div>
            {editing.value?.row === r.row && <Editor goal={props.goal} reading={r} action={editing.value.action} onClose={close} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
