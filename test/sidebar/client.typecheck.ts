/**
 * Type tests of the sidebar's client, run by the typecheck (tsc includes test/): a
 * misspelt method, a missing or wrong parameter, or a result read as the wrong type does
 * not compile. Never executed.
 */
import { rpc } from '../../sidebar/client.ts';

export async function clientTypeTests(): Promise<void> {
  const list = await rpc('listGoals');
  if (list.ok) {
    const id: string = list.value.goals[0]?.id ?? '';
    // @ts-expect-error a goal's progress is a number or null, never text
    const wrong: string = list.value.goals[0]?.progress ?? '';
    void id; void wrong;
  }
  await rpc('checkIn', { tableId: 'T1', goalId: 'R2', value: 45 });
  await rpc('reviseTarget', { tableId: 'T1', goalId: 'R1', target: 5, reason: 'why' });
  // @ts-expect-error a misspelt method
  await rpc('checkin', { tableId: 'T1', goalId: 'R2', value: 45 });
  // @ts-expect-error checkIn needs its parameters
  await rpc('checkIn');
  // @ts-expect-error value is a number
  await rpc('checkIn', { tableId: 'T1', goalId: 'R2', value: '45' });
  // @ts-expect-error an unknown parameter
  await rpc('getGoal', { tableId: 'T1', goalId: 'R2', row: 3 });
  // @ts-expect-error a revision needs its reason
  await rpc('reviseTarget', { tableId: 'T1', goalId: 'R1', target: 5 });
  // @ts-expect-error a template that does not exist
  await rpc('createTable', { template: 'Finance' });
  const settings = await rpc('getSettings');
  // @ts-expect-error a result is read only after checking ok
  void settings.value.asOf;
}
