/** The sidebar: a live region for results, the navigation, and the view the user is on. */
import { useEffect, useRef } from 'preact/hooks';
import { announcement, claimFocus, go, view, type View } from './state.ts';
import { GoalDetail } from './views/goal-detail.tsx';
import { GoalList } from './views/goal-list.tsx';
import { Adopt } from './views/adopt.tsx';
import { Settings } from './views/settings.tsx';
import { Wizard } from './views/wizard.tsx';

const TABS: ReadonlyArray<{ readonly name: View['name']; readonly label: string }> = [
  { name: 'goals', label: 'Goals' },
  { name: 'add', label: 'Add goal' },
  { name: 'adopt', label: 'Adopt sheet' },
  { name: 'settings', label: 'Settings' },
];

function Current() {
  const v = view.value;
  switch (v.name) {
    case 'goal': return <GoalDetail key={`${v.tableId}/${v.goalId}`} tableId={v.tableId} goalId={v.goalId} focusCheckIn={v.focus === 'checkin'} />;
    case 'add': return <Wizard />;
    case 'adopt': return <Adopt />;
    case 'settings': return <Settings />;
    default: return <GoalList />;
  }
}

export function App() {
  const main = useRef<HTMLElement>(null);
  // A new view takes the focus to its heading (or, back on the list, the goal's row), so
  // keyboard and screen-reader users land on it; a heading drawn later (a goal loading) claims it when it mounts.
  const current = view.value;
  useEffect(() => claimFocus(main.current?.querySelector<HTMLElement>('h1') ?? null), [current]);
  const tab = current.name === 'goal' ? 'goals' : current.name;
  return (
    <>
      <nav aria-label="Goalpost">
        {TABS.map((t) => (
          <button key={t.name} type="button" aria-current={tab === t.name ? 'page' : undefined} onClick={() => go({ name: t.name } as View)}>{t.label}</button>
        ))}
      </nav>
      <p role="status" aria-live="polite" class="ok">{announcement.value}</p>
      <main ref={main}><Current /></main>
    </>
  );
}
