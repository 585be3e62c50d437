/** The wizard's parts: each field (with its confirm box when a sentence filled it), the SMART checklist and the live preview. */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { GoalPreviewDto } from '../../src/contract/dto.ts';
import { GOAL_KINDS } from '../../src/core/vocabulary.ts';
import { percent } from '../format.ts';
import { call } from '../remote.ts';
import { Field, StatusChip } from '../ui.tsx';
import { confirm, fields, LABELS, fromSentence, isDate, isNumber, messages, parsed, pending, previewParams, setField, vouch, vouched, type FieldName } from '../wizard-state.ts';

export function GoalField(props: { name: FieldName }) {
  const n = props.name;
  const message = messages.value[n];
  const isPending = pending.value.has(n);
  return (
    <div data-field={n}>
      <Field label={LABELS[n]} hint={isPending ? 'Read from your sentence: confirm or correct it' : undefined} message={message}>
        {(a) => n === 'kind' ? (
          <select id={a.id} name={n} aria-describedby={a.describedBy} aria-invalid={a.invalid} value={fields.value.kind} onChange={(e) => setField('kind', e.currentTarget.value)}>
            <option value="">From baseline and target</option>
            {GOAL_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        ) : (
          <input id={a.id} name={n} type={(isDate(n) ? 'date' : 'text') as 'text'} inputMode={isNumber(n) ? 'decimal' : undefined} aria-describedby={a.describedBy} aria-invalid={a.invalid}
            value={fields.value[n]} onInput={(e) => setField(n, e.currentTarget.value)} />
        )}
      </Field>
      {fromSentence.value.has(n) && <label class="inline"><input type="checkbox" checked={!isPending} onChange={(e) => confirm(n, e.currentTarget.checked)} />Confirm {LABELS[n].toLowerCase()}</label>}
    </div>
  );
}

type Letter = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound';

export function SmartList() {
  const f = fields.value;
  const verdict = (l: Letter) => parsed.value?.smart[l];
  const advice = (l: Letter, fallback: string) => {
    const v = verdict(l);
    return v ? (v.status === 'missing' ? v.fix : v.detail) : fallback;
  };
  const items: Array<{ letter: Letter; label: string; done: boolean; text: string; vouch?: 'achievable' | 'relevant' }> = [
    { letter: 'specific', label: 'Specific', done: Boolean(f.goal.trim() && f.kpi.trim()), text: advice('specific', 'Name the goal and the KPI that measures it.') },
    { letter: 'measurable', label: 'Measurable', done: f.baseline.trim() !== '' && f.target.trim() !== '', text: advice('measurable', 'Give a baseline and a target.') },
    { letter: 'achievable', label: 'Achievable', done: vouched.value.has('achievable'), text: advice('achievable', 'Only a person can judge this.'), vouch: 'achievable' },
    { letter: 'relevant', label: 'Relevant', done: f.parent.trim() !== '' || vouched.value.has('relevant'), text: advice('relevant', 'Roll it up to a parent goal, or say why it matters.'), vouch: 'relevant' },
    { letter: 'timeBound', label: 'Time-bound', done: /^\d{4}-\d{2}-\d{2}$/.test(f.due), text: advice('timeBound', 'Give a due date.') },
  ];
  return (
    <section aria-labelledby="smart-title">
      <h2 id="smart-title">SMART check</h2>
      <ul class="smart">
        {items.map((i) => (
          <li key={i.letter}>
            <span aria-hidden="true">{i.done ? '✓ ' : '○ '}</span><b>{i.label}</b><span class="sr-only">{i.done ? ': done' : ': to do'}</span>
            <div class="hint">{i.text}</div>
            {i.vouch && (
              <label class="inline">
                <input type="checkbox" checked={vouched.value.has(i.vouch)} onChange={(e) => vouch(i.vouch as 'achievable' | 'relevant', e.currentTarget.checked)} />
                {i.vouch === 'achievable' ? 'I have checked it is achievable' : 'It matters to the team'}
              </label>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** progress, expected and status of the fields as typed, asked for once typing pauses. */
export function GoalPreview() {
  const result = useSignal<GoalPreviewDto | null>(null);
  const note = useSignal('');
  const params = previewParams.value;
  const key = JSON.stringify(params);
  useEffect(() => {
    if (!params) {
      result.value = null;
      note.value = 'Give a target to see a preview.';
      return undefined;
    }
    const timer = setTimeout(async () => {
      const r = await call('previewGoal', params);
      result.value = r.ok ? r.value : null;
      note.value = r.ok ? '' : `No preview: ${r.error.message}`;
    }, 400);
    return () => clearTimeout(timer);
  }, [key]);
  const p = result.value;
  return (
    <section aria-labelledby="preview-title" class="panel">
      <h2 id="preview-title">Preview</h2>
      <div aria-live="polite">
        {p ? (
          <>
            <p><StatusChip status={p.status ?? 'No data'} /> {percent(p.progress)} done, {percent(p.expected)} expected on {p.judgedOn}</p>
            <p class="hint">{p.explanation}</p>
            {p.missing.length > 0 && <p class="hint">Still needed for a status: {p.missing.join(', ')}</p>}
          </>
        ) : <p class="hint">{note.value}</p>}
      </div>
    </section>
  );
}
