/** Settings: the pace bands, the default cadence, the status colours and the as-of date, pinned or not (getSettings, saveSettings). */
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { SettingsDto } from '../../src/contract/dto.ts';
import { STATUS_LABELS } from '../../src/core/vocabulary.ts';
import { readNumber } from '../read-number.ts';
import { call } from '../remote.ts';
import { bandMessages, checkBands, percentText } from '../settings-bands.ts';
import { announcement, reloadAll, settings } from '../state.ts';
import { Input, Loaded, Note } from '../ui.tsx';

/** The fields the form shows messages beside, in order. */
const KNOWN = ['onTrack', 'atRisk', 'defaultCadence', 'asOf'];

/** The first field at fault takes the focus (the form's first inputs are KNOWN's, in order). */
function focusFirst(form: HTMLFormElement | null, wrong: Partial<Record<string, string>>) {
  const first = KNOWN.findIndex((f) => wrong[f]);
  if (first >= 0) form?.querySelectorAll('input')[first]?.focus();
}

function Form(props: { value: SettingsDto }) {
  const v = props.value;
  const onTrack = useSignal(percentText(v.onTrack));
  const atRisk = useSignal(percentText(v.atRisk));
  const cadence = useSignal(v.defaultCadence === null ? '' : String(v.defaultCadence));
  const asOf = useSignal(v.asOf ?? '');
  const pinned = useSignal(v.pinned);
  const colours = useSignal<Record<string, string>>({ ...v.statusColours });
  const error = useSignal<{ field?: string | undefined; message: string } | null>(null);
  /** Messages by field, in the form's units (percent, days), before sending and after a refusal. */
  const at = useSignal<Partial<Record<string, string>>>({});
  const form = useRef<HTMLFormElement>(null);

  async function submit(e: Event) {
    e.preventDefault();
    const changedColours = Object.fromEntries(Object.entries(colours.value).filter(([k, c]) => (v.statusColours as Record<string, string>)[k] !== c));
    const bands = checkBands({ onTrack: onTrack.value, atRisk: atRisk.value });
    const wrong: Partial<Record<string, string>> = bands.ok ? {} : { ...bands.messages };
    // A cleared cadence that had a value would silently keep the old one: say so instead.
    const days = cadence.value.trim() === '' ? null : readNumber('Default cadence', cadence.value, '30');
    if (days === null && v.defaultCadence !== null) wrong.defaultCadence = 'Default cadence is blank: give a whole number of days such as 30';
    else if (days && !days.ok) wrong.defaultCadence = days.message;
    else if (days?.ok && !(Number.isInteger(days.value) && days.value >= 1 && days.value <= 3650)) wrong.defaultCadence = `Default cadence is ${days.value}: give a whole number of days from 1 to 3650, such as 30`;
    at.value = wrong;
    error.value = null;
    if (!bands.ok || Object.keys(wrong).length > 0) {
      focusFirst(form.current, wrong);
      return;
    }
    const r = await call('saveSettings', {
      onTrack: bands.onTrack,
      atRisk: bands.atRisk,
      ...(days?.ok ? { defaultCadence: days.value } : {}),
      ...(asOf.value ? { asOf: asOf.value } : {}),
      pinned: pinned.value,
      ...(Object.keys(changedColours).length > 0 ? { statusColours: changedColours } : {}),
    });
    if (!r.ok) {
      const byField = bandMessages(r.error, bands);
      if (byField) {
        at.value = byField;
        focusFirst(form.current, byField);
      } else if (r.error.field && KNOWN.includes(r.error.field)) at.value = { [r.error.field]: r.error.message };
      else error.value = { field: r.error.field, message: r.error.message };
      return;
    }
    error.value = null;
    await reloadAll();
    announcement.value = 'Settings saved.';
  }

  const msg = (f: string) => at.value[f];
  return (
    <form ref={form} onSubmit={submit} noValidate>
      <h2>Pace bands</h2>
      <div class="row">
        <Input label="On track from" hint="% of expected pace" type="number" step="any" value={onTrack.value} onValue={(x) => (onTrack.value = x)} message={msg('onTrack')} />
        <Input label="At risk from" hint="% of expected pace" type="number" step="any" value={atRisk.value} onValue={(x) => (atRisk.value = x)} message={msg('atRisk')} />
      </div>
      <Input label="Default cadence (days)" type="number" value={cadence.value} onValue={(x) => (cadence.value = x)} message={msg('defaultCadence')} hint="A KPI not read for this long is stale" />
      <h2>As-of date</h2>
      <Input label="As of" type="date" value={asOf.value} onValue={(x) => (asOf.value = x)} message={msg('asOf')} />
      <label class="inline"><input type="checkbox" checked={pinned.value} onChange={(e) => (pinned.value = e.currentTarget.checked)} />Pin the as-of date</label>
      <p class="hint">Unpinned, it moves to today when the spreadsheet opens or is refreshed.</p>
      <h2>Status colours</h2>
      <table>
        <tbody>
          {STATUS_LABELS.map((label) => (
            <tr key={label}>
              <td><label class="inline" for={`colour-${label}`}>{label}</label></td>
              <td><input id={`colour-${label}`} type="color" value={colours.value[label]} onInput={(e) => (colours.value = { ...colours.value, [label]: e.currentTarget.value })} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {error.value && <Note text={error.value.message} error />}
      <p><button type="submit" class="action">Save settings</button></p>
    </form>
  );
}

export function Settings() {
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <Loaded data={settings.data.value} what="the settings" retry={() => void settings.load()}>
        {(value) => <Form value={value} />}
      </Loaded>
    </section>
  );
}
