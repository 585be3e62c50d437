/** The wizard's parts: each field (with its confirm box when a sentence filled it), the SMART checklist and the live preview. */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { GoalPreviewDto } from '../../src/contract/dto.ts';
import { GOAL_KINDS } from '../../src/core/vocabulary.ts';
import { percent } from '../format.ts';
import { call } from '../remote.ts';
import { DoneSelect, doneOrNot, Field, StatusChip } from '../ui.tsx';
import { confirm, fields, LABELS, targetOwn, fromSentence, isDate, isNumber, messages, parsed, pending, previewParams, setField, vouch, vouched, type FieldName } from '../wizard-state.ts';

export function GoalField(props: { name: FieldName }) {
  const n = props.name;
  const message = messages.value[n];
  const isPending = pending.value.has(n);
  const label = LABELS[n];
  const hint = isPending ? 'Read from your sentence: confirm or correct it'
    : n === 'change' ? 'Such as −20% or +5 points: gives the target from the baseline'
    : n === 'target' && !targetOwn.value && fields.value.change.trim() && fields.value.target ? 'From the baseline and the change; type a target to set your own'
    : undefined;
  return (
    <div data-field={n}>
      <Field label={label} hint={hint} message={message}>
        {(a) => n === 'current' && doneOrNot(fields.value.kind, fields.value.target) ? <DoneSelect a={a} value={fields.value.current} onValue={(v) => setField('current', v)} blank="Not given" /> : n === 'kind' ? (
          <select id={a.id} name={n} aria-describedby={a.describedBy} aria-invalid={a.invalid} value={fields.value.kind} onChange={(e) => setField('kind', e.currentTarget.value)}>
            <option value="">From baseline and target</option>
            {GOAL_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        ) : (
          <input id={a.id} name={n} type={(isDate(n) ? 'date' : 'text') as 'text'} inputMode={isNumber(n) ? 'decimal' : undefined} aria-describedby={a.describedBy} aria-invalid={a.invalid}
            value={fields.value[n]} onInput={(e) => setField(n, e.currentTarget.value)} />
        )}
      </Field>
      {fromSentence.value.has(n) && <label class="inline"><input type="checkbox" checked={!isPending} onChange={(e) => confirm(n, e.currentTarget.checked)} />Confirm {label[1] === label[1]?.toUpperCase() ? label : label.toLowerCase()}</label>}
    </div>
  );
}

type Letter = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound';

export function SmartList() {
  const f = fields.value;
  /**
   * The sentence's verdict while the fields it was about hold what it read (and agree with
   * it); once the user fills, changes or clears them, the fields speak: what they give, or what is missing.
   */
  const p = parsed.value;
  const read = p?.fields;
  /** Whether the fields a letter is about still hold what the sentence read. */
  const asRead = (...pairs: Array<[FieldName, unknown]>) => pairs.every(([n, was]) => f[n].trim() === String(was ?? ''));
  const item = (letter: Letter, label: string, done: boolean, untouched: boolean, todo: string, given: string, vouch?: 'achievable' | 'relevant') => {
    const v = p?.smart[letter];
    const text = v && untouched && (v.status === 'needs review' || (v.status === 'present') === done) ? (v.status === 'missing' ? v.fix : v.detail) : done ? given : todo;
    return { letter, label, done, text, vouch };
  };
  const items = [
    item('specific', 'Specific', Boolean(f.goal.trim() && f.kpi.trim()), asRead(['kpi', read?.metric]), 'Name the goal and the KPI that measures it.', `Measured by ${f.kpi.trim()}.`),
    item('measurable', 'Measurable', f.baseline.trim() !== '' && f.target.trim() !== '', asRead(['baseline', read?.baseline], ['target', read?.target]), 'Give a baseline and a target.', `From ${f.baseline.trim()} to ${f.target.trim()}.`),
    item('achievable', 'Achievable', vouched.value.has('achievable'), true, 'Only a person can judge this.', 'Checked by you.', 'achievable'),
    item('relevant', 'Relevant', f.parent.trim() !== '' || vouched.value.has('relevant'), !f.parent.trim(), 'Roll it up to a parent goal, or say why it matters.', f.parent.trim() ? `Rolls up to ${f.parent.trim()}.` : 'It matters to the team.', 'relevant'),
    item('timeBound', 'Time-bound', /^\d{4}-\d{2}-\d{2}$/.test(f.due), asRead(['due', read?.due]), 'Give a due date.', `Due ${f.due}.`),
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
