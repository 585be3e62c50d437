/** Settings: the pace bands, the default cadence, the status colours and the as-of date, pinned or not (getSettings, saveSettings). */
import { useSignal } from '@preact/signals';
import type { SettingsDto } from '../../src/contract/dto.ts';
import { STATUS_LABELS } from '../../src/core/vocabulary.ts';
import { call } from '../remote.ts';
import { announcement, reloadAll, settings } from '../state.ts';
import { Input, Loaded, Note } from '../ui.tsx';

const pct = (x: number | null) => (x === null ? '' : String(Math.round(x * 1000) / 10));

function Form(props: { value: SettingsDto }) {
  const v = props.value;
  const onTrack = useSignal(pct(v.onTrack));
  const atRisk = useSignal(pct(v.atRisk));
  const cadence = useSignal(v.defaultCadence === null ? '' : String(v.defaultCadence));
  const asOf = useSignal(v.asOf ?? '');
  const pinned = useSignal(v.pinned);
  const colours = useSignal<Record<string, string>>({ ...v.statusColours });
  const error = useSignal<{ field?: string | undefined; message: string } | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    const changedColours = Object.fromEntries(Object.entries(colours.value).filter(([k, c]) => (v.statusColours as Record<string, string>)[k] !== c));
    const r = await call('saveSettings', {
      onTrack: Number(onTrack.value) / 100,
      atRisk: Number(atRisk.value) / 100,
      ...(cadence.value ? { defaultCadence: Number(cadence.value) } : {}),
      ...(asOf.value ? { asOf: asOf.value } : {}),
      pinned: pinned.value,
      ...(Object.keys(changedColours).length > 0 ? { statusColours: changedColours } : {}),
    });
    if (!r.ok) {
      error.value = { field: r.error.field, message: r.error.message };
      return;
    }
    error.value = null;
    await reloadAll();
    announcement.value = 'Settings saved.';
  }

  const at = (f: string) => (error.value?.field === f ? error.value.message : undefined);
  const known = ['onTrack', 'atRisk', 'defaultCadence', 'asOf'];
  return (
    <form onSubmit={submit} noValidate>
      <h2>Pace bands</h2>
      <div class="row">
        <Input label="On track from" hint="% of expected pace" type="number" step="any" value={onTrack.value} onValue={(x) => (onTrack.value = x)} message={at('onTrack')} />
        <Input label="At risk from" hint="% of expected pace" type="number" step="any" value={atRisk.value} onValue={(x) => (atRisk.value = x)} message={at('atRisk')} />
      </div>
      <Input label="Default cadence (days)" type="number" value={cadence.value} onValue={(x) => (cadence.value = x)} message={at('defaultCadence')} hint="A KPI not read for this long is stale" />
      <h2>As-of date</h2>
      <Input label="As of" type="date" value={asOf.value} onValue={(x) => (asOf.value = x)} message={at('asOf')} />
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
      {error.value && !known.includes(error.value.field ?? '') && <Note text={error.value.message} error />}
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
