/**
 * Where the sidebar starts. The server may put a JSON block (#goalpost-start) in front of
 * the app: { view: 'checkin', sheetName, row } opens the check-in of the goal on that row
 * (src/sheet/sidebar.ts writes it).
 */
import { announcement, goals, go, reloadAll } from './state.ts';

interface CheckInStart { readonly view: 'checkin'; readonly sheetName: string; readonly row: number }

function readStart(): CheckInStart | null {
  const text = document.getElementById('goalpost-start')?.textContent;
  if (!text) return null;
  try {
    const s = JSON.parse(text) as Partial<CheckInStart>;
    return s.view === 'checkin' && typeof s.sheetName === 'string' && typeof s.row === 'number' ? (s as CheckInStart) : null;
  } catch {
    return null;
  }
}

export async function begin(): Promise<void> {
  const start = readStart();
  await reloadAll();
  if (!start) return;
  const list = goals.data.value;
  const goal = list.state === 'ready' ? list.value.goals.find((g) => g.sheetName === start.sheetName && g.row === start.row) : undefined;
  if (goal) go({ name: 'goal', tableId: goal.tableId, goalId: goal.id, focus: 'checkin' });
  else announcement.value = `Row ${start.row} of "${start.sheetName}" holds no goal: pick a goal below to check in.`;
}
