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
