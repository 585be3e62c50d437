/** One goal: where it stands, the check-in, its recent readings, and its target with the revision history. */
import { useEffect, useMemo } from 'preact/hooks';
import { amount, goalName, percent, statusOf } from '../format.ts';
import { loader } from '../remote.ts';
import { announcement, claimFocus, findGoal, go, goals } from '../state.ts';
import { Loaded, ProgressBar, StatusChip } from '../ui.tsx';
import { CheckIn } from './check-in.tsx';
import { Readings } from './readings.tsx';
import { ReviseTarget } from './revise-target.tsx';

export function GoalDetail(props: { tableId: string; goalId: string; focusCheckIn?: boolean }) {
  const detail = useMemo(() => loader('getGoal', () => ({ tableId: props.tableId, goalId: props.goalId })), [props.tableId, props.goalId]);
  useEffect(() => void detail.load(), [detail]);

  /** After a change: the goal and the list as the sheet now computes them, and what changed, read out. */
  async function changed(message: string) {
    const before = findGoal(props.tableId, props.goalId)?.status ?? '';
    await Promise.all([detail.load(), goals.load()]);
    const d = detail.data.value;
    const after = d.state === 'ready' ? d.value.goal.status : '';
    announcement.value = `${message} ${after && after !== before ? `Status: ${before || 'blank'} → ${after}.` : after ? `Status: ${after}.` : ''}`.trim();
  }

  return (
    <section aria-labelledby="goal-title">
      <button type="button" class="link" onClick={() => go({ name: 'goals' })}>← All goals</button>
      <Loaded data={detail.data.value} what="the goal" retry={() => void detail.load()}>
        {(d) => {
          const g = d.goal;
          return (
            <>
              <h1 id="goal-title" ref={claimFocus}>{goalName(g)}</h1>
              <p class="gray">{g.id}{g.kpi && g.goal ? ` · ${g.kpi}` : ''}{g.owner ? ` · ${g.owner}` : ''} · {g.sheetName} row {g.row}</p>
              <p>
                <StatusChip status={g.status} />{g.outlook && <><span class="badge">{g.outlook}</span>{' '}</>}{g.stale && <><span class="badge stale">Stale</span>{' '}</>}
                {g.confidence !== null && <span class="badge">{`Confidence ${g.confidence}/10`}</span>}
              </p>
              {statusOf(g.status) === 'Error' && <p class="error">{g.status}</p>}
              <ProgressBar progress={g.progress} expected={g.expected} label="Progress" />
              <p>
                Now {amount(g.current, g.unit)} (from {amount(g.baseline, g.unit)} to {amount(g.target, g.unit)}), {percent(g.progress)} done
                {g.expected !== null ? `, ${percent(g.expected)} expected` : ''}{g.due ? `; due ${g.due}` : ''}.
              </p>
              <CheckIn detail={d} onDone={changed} autoFocus={props.focusCheckIn ?? false} />
              <Readings goal={g} readings={d.readings} onChanged={changed} />
              <ReviseTarget goal={g} revisions={d.revisions} onDone={changed} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
