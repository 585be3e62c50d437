/** The mapping the adopt screen sends: only what the user changed from the proposal. */
import type { AdoptionDto } from '../src/contract/dto.ts';
import type { ParamsOf } from '../src/contract/rpc.ts';

type Mapping = NonNullable<ParamsOf<'adoptSheet'>['mapping']>;

/** Role → column for every role the user's choices change from the proposal (null: unmapped). */
export function mappingFrom(proposal: AdoptionDto, chosen: Readonly<Record<string, string>>): Mapping {
  const mapping: Record<string, string | null> = {};
  for (const c of proposal.columns) {
    const now = chosen[c.column] ?? c.role ?? '';
    if (now === (c.role ?? '')) continue;
    if (now) mapping[now] = c.column;
    if (c.role && !Object.values(chosen).includes(c.role)) mapping[c.role] = null;
  }
  return mapping as Mapping;
}

/** Headers that are not the role's id capitalised (src/sheet/goal-columns.ts; a test keeps them equal). */
const HEADERS: Readonly<Record<string, string>> = { kpi: 'KPI', readingDate: 'Reading date', cadence: 'Cadence (days)' };

/** A role by the header a goal table gives its column ("Reading date", not readingDate). */
export const roleLabel = (role: string): string => HEADERS[role] ?? role.charAt(0).toUpperCase() + role.slice(1);
