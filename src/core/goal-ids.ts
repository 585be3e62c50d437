/**
 * The id a new goal gets when none is given: the table's own pattern continued. The last
 * goal's id gives the prefix (R3 → R, K1.2 → K1.), and the number is one past the highest
 * with that prefix (R, R1, R2, R3 → R4); a table without numbered ids starts at G1.
 */
const NUMBERED = /^(.*?)(\d+)$/;

export function nextGoalId(ids: readonly string[]): string {
  const taken = new Set(ids.map((id) => id.trim().toLowerCase()));
  const last = [...ids].reverse().map((id) => NUMBERED.exec(id.trim())).find((m) => m !== null);
  const prefix = last?.[1] ?? 'G';
  let n = 0;
  for (const id of ids) {
    const m = NUMBERED.exec(id.trim());
    if (m && m[1]?.toLowerCase() === prefix.toLowerCase()) n = Math.max(n, Number(m[2]));
  }
  for (n += 1; taken.has(`${prefix}${n}`.toLowerCase()); n++);
  return `${prefix}${n}`;
}
