/**
 * Adopt this sheet: the mapping adoptSheet proposes (apply: false), one select per column
 * to correct it, then applied with that mapping (apply: true).
 */
import { useSignal } from '@preact/signals';
import type { AdoptionDto } from '../../src/contract/dto.ts';
import type { RpcError } from '../../src/contract/rpc.ts';
import { mappingFrom, roleLabel } from '../adopt-mapping.ts';
import { COLUMN_ROLES, type ColumnRole } from '../../src/core/vocabulary.ts';
import { call } from '../remote.ts';
import { announcement, reloadAll } from '../state.ts';
import { Failure } from '../ui.tsx';

function Proposal(props: { proposal: AdoptionDto; onApplied: (a: AdoptionDto) => void }) {
  const p = props.proposal;
  const chosen = useSignal<Record<string, string>>({});
  const error = useSignal<RpcError | null>(null);
  const busy = useSignal(false);
  async function apply(e: Event) {
    e.preventDefault();
    busy.value = true;
    const r = await call('adoptSheet', { sheetName: p.sheetName, headerRow: p.headerRow, mapping: mappingFrom(p, chosen.value), apply: true });
    busy.value = false;
    if (!r.ok) {
      error.value = r.error;
      return;
    }
    error.value = null;
    props.onApplied(r.value);
  }
  return (
    <form onSubmit={apply} aria-labelledby="mapping-title">
      <h2 id="mapping-title">Columns of "{p.sheetName}" (header row {p.headerRow})</h2>
      <table>
        <thead><tr><th scope="col">Column</th><th scope="col">Goalpost role</th></tr></thead>
        <tbody>
          {p.columns.map((c) => (
            <tr key={c.column}>
              <td><label for={`role-${c.column}`}>{c.column}: {c.header || '(blank)'}</label></td>
              <td>
                <select id={`role-${c.column}`} value={chosen.value[c.column] ?? c.role ?? ''} onChange={(e) => (chosen.value = { ...chosen.value, [c.column]: e.currentTarget.value })}>
                  <option value="">Not mapped (left alone)</option>
                  {COLUMN_ROLES.map((r: ColumnRole) => <option key={r} value={r}>{roleLabel(r)}</option>)}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {p.missing.length > 0 && <><h3>Missing</h3><ul>{p.missing.map((m) => <li key={m}>{m}</li>)}</ul></>}
      {p.added.length > 0 && <p class="hint">Applying adds: {p.added.join(', ')}.</p>}
      {p.report.length > 0 && <ul class="hint">{p.report.map((m, i) => <li key={i}>{m}</li>)}</ul>}
      {error.value && <Failure error={error.value} />}
      <p><button type="submit" class="action" disabled={busy.value}>{busy.value ? 'Applying…' : 'Apply mapping'}</button></p>
    </form>
  );
}

export function Adopt() {
  const proposal = useSignal<AdoptionDto | null>(null);
  const error = useSignal<RpcError | null>(null);
  const busy = useSignal(false);
  async function propose() {
    busy.value = true;
    const r = await call('adoptSheet', { apply: false });
    busy.value = false;
    proposal.value = r.ok ? r.value : null;
    error.value = r.ok ? null : r.error;
  }
  async function applied(a: AdoptionDto) {
    proposal.value = null;
    await reloadAll();
    announcement.value = `"${a.sheetName}" is now a goal table${a.added.length ? `; added ${a.added.join(', ')}` : ''}.`;
  }
  return (
    <section aria-labelledby="adopt-title">
      <h1 id="adopt-title">Adopt this sheet</h1>
      <p>Turn the sheet you are on, a list of goals you made yourself, into a goal table. Your columns stay; Goalpost adds its computed ones.</p>
      <p><button type="button" onClick={() => void propose()} disabled={busy.value}>{busy.value ? 'Reading the sheet…' : 'Propose a mapping'}</button></p>
      {error.value && <Failure error={error.value} retry={() => void propose()} />}
      {proposal.value && <Proposal proposal={proposal.value} onApplied={(a) => void applied(a)} />}
    </section>
  );
}
