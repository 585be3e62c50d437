/** Revising a goal's target, with its required reason, and the history of its revisions (reviseTarget, getGoal). */
import { useSignal } from '@preact/signals';
import type { ChangeDto, GoalDto } from '../../src/contract/dto.ts';
import { amount } from '../format.ts';
import { readNumber } from '../read-number.ts';
import { call } from '../remote.ts';
import { Input, Note } from '../ui.tsx';

export function ReviseTarget(props: { goal: GoalDto; revisions: readonly ChangeDto[]; onDone: (message: string) => Promise<void> }) {
  const g = props.goal;
  const target = useSignal('');
  const reason = useSignal('');
  const errors = useSignal<Record<string, string>>({});

  async function submit(e: Event) {
    e.preventDefault();
    const wanted: Record<string, string> = {};
    const read = readNumber('New target', target.value);
    if (!read.ok) wanted.target = read.message;
    if (!reason.value.trim()) wanted.reason = 'Say why the target changes: the change log keeps it.';
    errors.value = wanted;
    if (!read.ok || Object.keys(wanted).length > 0) return;
    const r = await call('reviseTarget', { tableId: g.tableId, goalId: g.id, target: read.value, reason: reason.value });
    if (!r.ok) {
      errors.value = { [r.error.field === 'target' || r.error.field === 'reason' ? r.error.field : 'form']: r.error.message };
      return;
    }
    target.value = '';
    reason.value = '';
    await props.onDone(`Target of ${g.id} revised from ${amount(r.value.revision.old, g.unit)} to ${amount(r.value.revision.new, g.unit)}.`);
  }

  return (
    <section aria-labelledby="revise-title">
      <h2 id="revise-title">Revise target</h2>
      <form onSubmit={submit} noValidate>
        <div class="row">
          <Input label="New target" type="text" inputMode="decimal" value={target.value} onValue={(s) => (target.value = s)} message={errors.value.target} hint={`now ${amount(g.target, g.unit)}`} />
        </div>
        <Input label="Reason" type="text" required value={reason.value} onValue={(s) => (reason.value = s)} message={errors.value.reason} />
        <Note text={errors.value.form ?? ''} error />
        <button type="submit">Revise target</button>
      </form>
      <h3>Target history</h3>
      {props.revisions.length === 0 ? <p class="gray">No revisions yet.</p> : (
        <table>
          <thead><tr><th scope="col">Date</th><th scope="col">Change</th><th scope="col">Reason</th></tr></thead>
          <tbody>
            {[...props.revisions].reverse().map((c, i) => (
              <tr key={i}>
                <td>{c.date ?? ''}</td>
                <td>{amount(c.old, g.unit)} → {amount(c.new, g.unit)}</td>
                <td>{c.reason}{c.who ? ` (${c.who})` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
