/**
 * Set-up: a goal table from a template when there is none; a goal from a sentence
 * (parseGoal fills the fields, each confirmed or corrected), the SMART checklist filling
 * in, a live preview, per-field messages, then createGoal.
 */
import { useSignal } from '@preact/signals';
import { readNumber } from '../read-number.ts';
import { call } from '../remote.ts';
import { announcement, go, goals, reloadAll } from '../state.ts';
import { Field, Input, Loaded, Note } from '../ui.tsx';
import { applyParsed, check, FIELDS, fields, messages, pending, request, reset, sentence } from '../wizard-state.ts';
import { TemplateGallery } from './templates.tsx';
import { GoalField, GoalPreview, SmartList } from './wizard-parts.tsx';

function focusField(name: string) {
  document.querySelector<HTMLElement>(`[data-field="${name}"] input, [data-field="${name}"] select`)?.focus();
}

function QuickAdd() {
  const baseline = useSignal('');
  const baselineError = useSignal('');
  const error = useSignal('');
  async function read(e: Event) {
    e.preventDefault();
    const b = baseline.value.trim() === '' ? null : readNumber('Baseline', baseline.value, '40');
    baselineError.value = b && !b.ok ? b.message : '';
    if (b && !b.ok) {
      (e.currentTarget as HTMLFormElement).querySelectorAll('input')[1]?.focus();
      return;
    }
    const r = await call('parseGoal', { text: sentence.value, ...(b?.ok ? { baseline: b.value } : {}) });
    if (!r.ok) {
      error.value = r.error.message;
      return;
    }
    error.value = '';
    applyParsed(r.value);
    announcement.value = `Read: ${r.value.summary} Check each field below.`;
    focusField(FIELDS.find((f) => pending.value.has(f)) ?? 'goal');
  }
  return (
    <form onSubmit={read} aria-labelledby="quick-title">
      <h2 id="quick-title">Quick add from a sentence</h2>
      <Input label="Goal sentence" hint='Such as "Reduce patient wait times by 20% within six months"' value={sentence.value} onValue={(s) => (sentence.value = s)} />
      <Input label="Baseline (optional)" hint="Today's value, so a change such as 20% gives the target" type="text" inputMode="decimal" value={baseline.value} onValue={(s) => (baseline.value = s)} message={baselineError.value || undefined} />
      <Note text={error.value} error />
      <p><button type="submit">Read sentence</button></p>
    </form>
  );
}

function GoalForm(props: { tables: ReadonlyArray<{ id: string; sheetName: string }> }) {
  const tableId = useSignal(props.tables[0]?.id ?? '');
  const formError = useSignal('');
  async function save(e: Event) {
    e.preventDefault();
    const found = await check(tableId.value);
    messages.value = found;
    const first = FIELDS.find((f) => found[f]);
    if (first) {
      formError.value = 'Fix the fields marked below.';
      focusField(first);
      return;
    }
    if (pending.value.size > 0) {
      formError.value = `Confirm or correct what the sentence gave: ${[...pending.value].join(', ')}.`;
      focusField([...pending.value][0] as string);
      return;
    }
    const r = await call('createGoal', request(tableId.value));
    if (!r.ok) {
      if (r.error.field && (FIELDS as readonly string[]).includes(r.error.field)) {
        // The server's message begins with the parameter's name ("target equals baseline …"): capitalised, it reads as a sentence at the field.
        messages.value = { [r.error.field]: r.error.message.charAt(0).toUpperCase() + r.error.message.slice(1) };
        focusField(r.error.field);
      }
      formError.value = messages.value[r.error.field ?? ''] ? 'Fix the field marked below.' : r.error.message;
      return;
    }
    formError.value = '';
    reset();
    await reloadAll();
    announcement.value = `Added goal ${r.value.id} to ${r.value.sheetName}, row ${r.value.row}.`;
    go({ name: 'goals' });
  }
  return (
    <form onSubmit={save} aria-labelledby="fields-title" noValidate>
      <h2 id="fields-title">The goal</h2>
      {props.tables.length > 1 && (
        <Field label="Goal table">
          {(a) => (
            <select id={a.id} value={tableId.value} onChange={(e) => (tableId.value = e.currentTarget.value)}>
              {props.tables.map((t) => <option key={t.id} value={t.id}>{t.sheetName}</option>)}
            </select>
          )}
        </Field>
      )}
      {FIELDS.filter((f) => f !== 'upper' || fields.value.kind === 'within range').map((f) => <GoalField key={f} name={f} />)}
      <SmartList />
      <GoalPreview />
      <Note text={formError.value} error />
      <div class="row">
        <button type="submit" class="create">Save goal</button>
        <button type="button" onClick={reset}>Clear</button>
      </div>
    </form>
  );
}

export function Wizard() {
  return (
    <section aria-labelledby="wizard-title">
      <h1 id="wizard-title">Add a goal</h1>
      <Loaded data={goals.data.value} what="goal tables" retry={() => void goals.load()}>
        {(list) => list.tables.length === 0 ? (
          <>
            <p>Goals live in a goal table. Start one from an example:</p>
            <TemplateGallery />
          </>
        ) : (
          <>
            <QuickAdd />
            <GoalForm tables={list.tables} />
            <details>
              <summary>Another goal table from a template</summary>
              <TemplateGallery />
            </details>
          </>
        )}
      </Loaded>
    </section>
  );
}
