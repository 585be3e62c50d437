/**
 * The goal list: filters, a search box, goals grouped under their parents with progress,
 * status, outlook, stale and confidence. Draws at most PAGE rows at a time ("Show more"),
 * so 1,000 goals render and filter quickly; the very first frame draws only the rows a
 * sidebar shows without scrolling (FIRST), and the rest of the page follows right after it.
 */
import { computed, signal } from '@preact/signals';
import { useLayoutEffect } from 'preact/hooks';
import type { GoalDto, GoalListDto } from '../../src/contract/dto.ts';
import { goalName } from '../format.ts';
import { choices, filterGoals, NO_FILTERS, treeOrder, type Filters } from '../goal-filter.ts';
import { call } from '../remote.ts';
import { asOf, go, goals, reloadAll, settings, statusColours } from '../state.ts';
import { Failure, Loaded, memo, ProgressBar, StatusChip } from '../ui.tsx';
import { TemplateGallery } from './templates.tsx';

const PAGE = 50;
/** About a sidebar's height of rows (each is 50–60 px in a window of 600–900 px). */
const FIRST = 12;
const filters = signal<Filters>(NO_FILTERS);
const limit = signal(FIRST);

const rows = computed(() => {
  const d = goals.data.value;
  return d.state === 'ready' ? treeOrder(filterGoals(d.value.goals, filters.value)) : [];
});

/** The filters' options, worked out once per goal list, not on every keystroke. */
const options = computed(() => {
  const d = goals.data.value;
  const all = d.state === 'ready' ? d.value.goals : [];
  return { status: choices(all, 'status'), owner: choices(all, 'owner'), parent: choices(all, 'parent') };
});

const setFilter = (name: keyof Filters, value: string) => {
  filters.value = { ...filters.value, [name]: value };
  limit.value = PAGE;
};

let painted = false;
/** Marks the first time the list's goals are in the document, and once the frame that draws them has painted. */
function markPainted() {
  if (painted) return;
  painted = true;
  performance.mark('goalpost:list-dom');
  requestAnimationFrame(() => setTimeout(() => {
    performance.mark('goalpost:list');
    // The first screenful is painted: the rest of the first page follows.
    if (limit.value < PAGE) limit.value = PAGE;
  }, 0));
}

function open(g: GoalDto) {
  // Selecting the row in the sheet is a courtesy: the detail opens whatever it answers.
  void call('selectGoal', { tableId: g.tableId, goalId: g.id });
  go({ name: 'goal', tableId: g.tableId, goalId: g.id });
}

/** A filter's select; memo: a search keystroke does not redraw the 100 options of a select it leaves alone. */
const Select = memo((props: { label: string; name: keyof Filters; value: string; options: readonly string[] }) => {
  const id = `filter-${props.name}`;
  return (
    <div>
      <label for={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(e) => setFilter(props.name, e.currentTarget.value)}>
        <option value="">All</option>
        {props.options.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    </div>
  );
});

/**
 * One goal. Drawn again only when its goal, depth or colour changes (a search keystroke
 * leaves the rows it keeps alone); the bar and chip are called as functions, not mounted
 * as two more components per row.
 */
const GoalRow = memo((props: { goal: GoalDto; depth: number; colour: string | undefined }) => {
  const g = props.goal;
  const name = goalName(g);
  return (
    <li style={props.depth ? { marginLeft: `${Math.min(props.depth, 4) * 12}px` } : undefined}>
      <button type="button" class="goal" data-goal={`${g.tableId}/${g.id}`} onClick={() => open(g)}>
        <span class="name">{name}</span>{' '}<span class="gray">{g.owner ? `${g.id} · ${g.owner}` : g.id}</span>
        {ProgressBar({ progress: g.progress, expected: g.expected, label: 'Progress' })}
        {StatusChip({ status: g.status, colour: props.colour ?? '#e8eaed' })}
        {/* A space after each badge, so a screen reader reads "Stale Confidence 7/10", not "StaleConfidence". */}
        {g.outlook && <><span class="badge">{g.outlook}</span>{' '}</>}
        {g.stale && <><span class="badge stale">Stale</span>{' '}</>}
        {g.confidence !== null && <span class="badge">{`Confidence ${g.confidence}/10`}</span>}
      </button>
    </li>
  );
});

function List(props: { list: GoalListDto }) {
  const all = props.list.goals;
  if (all.length === 0) {
    return (
      <div class="panel">
        <h2>No goals yet</h2>
        <p>Start a goal table from one of the examples, then add your own goals.</p>
        <TemplateGallery />
        <p><button type="button" class="link" onClick={() => go({ name: 'adopt' })}>Or adopt a sheet you already have</button></p>
      </div>
    );
  }
  useLayoutEffect(markPainted, []);
  const shown = rows.value.slice(0, limit.value);
  const hidden = rows.value.length - shown.length;
  const f = filters.value;
  const o = options.value;
  const colours = statusColours.value;
  return (
    <>
      <div class="row">
        <Select label="Status" name="status" value={f.status} options={o.status} />
        <Select label="Owner" name="owner" value={f.owner} options={o.owner} />
        <Select label="Parent" name="parent" value={f.parent} options={o.parent} />
      </div>
      <label for="goal-search">Search</label>
      <input id="goal-search" type="search" value={f.search} onInput={(e) => setFilter('search', e.currentTarget.value)} />
      <p role="status" class="gray">{rows.value.length} of {all.length} goals</p>
      <ul class="goals" aria-label="Goals">
        {shown.map((r) => <GoalRow key={`${r.goal.tableId}/${r.goal.id}`} goal={r.goal} depth={r.depth} colour={colours[r.goal.status]} />)}
      </ul>
      {hidden > 0 && <button type="button" onClick={() => (limit.value += PAGE)}>Show {Math.min(PAGE, hidden)} more ({hidden} not shown)</button>}
    </>
  );
}

/** Try again loads everything the list shows: the goals, and the settings that give the as-of date and the status colours. */
const retryAll = () => void reloadAll();

export function GoalList() {
  return (
    <section aria-labelledby="goals-title">
      <div class="row">
        <h1 id="goals-title">Goals</h1>
        <span class="gray fixed">{asOf.value ? `As of ${asOf.value}` : ''}</span>
        <button type="button" onClick={() => void reloadAll()}>Reload</button>
      </div>
      {settings.data.value.state === 'error' && <Failure error={settings.data.value.error} what="The settings (as-of date, status colours)" retry={retryAll} />}
      <Loaded data={goals.data.value} what="goals" retry={retryAll}>
        {(list) => <List list={list} />}
      </Loaded>
    </section>
  );
}
