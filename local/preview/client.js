// The preview page. Plain JS, no build step. Spreadsheet text is untrusted: it reaches the
// DOM only through textContent, setAttribute and CSSOM properties, never innerHTML.
import { $, ask, el } from './dom.js';
import { Frames } from './frames.js';
import { a1, Grid } from './grid.js';
import { Tabs } from './tabs.js';
import { parseTsv, toTsv } from './tsv.js';

// moves: how many script selection moves the page has followed (sent back with each script call);
// pending: a script's move to show once its sheet is read.
const view = { sheet: null, sheets: [], menu: null, moves: undefined, pending: null };

async function api(path, body) {
  const init = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const res = await fetch(path, init);
  const json = await res.json();
  if (!res.ok) throw new Error(json.error || `HTTP ${res.status}`);
  return json;
}

const grid = new Grid(
  { scroller: $('scroller'), canvas: $('canvas'), cells: $('cells'), colHead: $('col-head'), rowHead: $('row-head'), selection: $('selection') },
  { load: (window) => load(window).catch(showError), select: showSelection, edit: () => $('formula-input').focus() },
);

const frames = new Frames({
  // google.script.run, like a menu item, runs with the page's selection as the active range.
  run: (frame, fn, args) => api('/api/run', { frame, fn, args, ...pageSelection() }),
  // What the script showed, wrote and selected: the window is read again.
  ui: (events, selection) => { showUi(events); followScript(selection, view.sheet).catch(showError); },
  closed: (frame) => api('/api/frames/close', { frame }).catch(showError),
  focusGrid: () => $('scroller').focus(),
});

const tabs = new Tabs({ act: (action) => act(action), api });
const drawTabs = () => tabs.draw(view.sheets, view.sheet);

/** Reads a window of the shown sheet (the active one unless named) with the menu, tabs and Ui events. */
let loadSeq = 0;
async function load(window = view.sheet ? grid.wantedWindow() : undefined, sheet = view.sheet) {
  const seq = ++loadSeq;
  const query = sheet ? { sheet } : {};
  if (window) for (const k of ['row', 'col', 'rows', 'cols']) query[k] = window[k];
  // A POST: this read also takes the Ui events and notices waiting for the page (a GET changes nothing).
  const state = await api('/api/state', query);
  if (seq !== loadSeq) return; // a later read is on its way
  view.menu = state.menu;
  view.moves ??= state.scriptMoves;
  drawMenu(state.menu);
  showHeadline(state);
  view.sheet = state.sheet.name;
  grid.setMeta(state.sheet);
  grid.setCells(state.sheet.window, state.sheet.cells);
  drawTabs();
  showPending();
  showSelection(grid.sel);
}

/** Tabs, Ui events and notices, which every response carries. */
function showHeadline(head) {
  view.sheets = head.sheets;
  drawTabs();
  showUi(head.ui);
  for (const notice of head.notices) showAlert('Saved workbook', notice);
}

/** An edit's response: the changed cells of the window it was made with; a script may have switched sheets. */
function applyUpdate(update) {
  showHeadline(update);
  if (update.activeSheet !== view.sheet && !update.sheets.includes(view.sheet)) return load(undefined, update.activeSheet);
  grid.setMeta(update.sheet);
  grid.applyChanged(update.sheet.window, update.sheet.changed);
  showSelection(grid.sel);
}

/** Runs an edit of the shown sheet; the time from sending it to the grid repainted is measured as "goalpost:edit". */
async function edit(path, body) {
  const start = performance.now();
  // A window read already on its way was read before this edit: its cells must not land after it.
  loadSeq++;
  try {
    applyUpdate(await api(path, { sheet: view.sheet, window: grid.wantedWindow(), ...body }));
    performance.measure('goalpost:edit', { start, end: performance.now() });
  } catch (error) {
    showError(error);
  }
}

/** Sheet-level actions and menu items: a failure shows as a toast, and the page reads the active sheet again. */
async function act(action) {
  let done;
  try {
    done = await action();
  } catch (error) {
    showError(error);
  }
  // The person's own action (a tab, a sheet added) wins over a script's move still on its way.
  if (!done?.selection) view.pending = null;
  await followScript(done?.selection).catch(showError);
}

/**
 * After a script ran: where its activate() left the selection, if it moved it, becomes the
 * page's, as in Sheets: that sheet shown, that range selected and scrolled into view, once
 * a read of that sheet lands (a read another response started may land first).
 */
function followScript(selection, otherwise = null) {
  if (selection) {
    view.moves = Math.max(view.moves ?? 0, selection.moves);
    view.pending = selection;
  }
  return load(undefined, view.pending?.sheet ?? otherwise);
}

/** The selection a script moved to, when its sheet is the one just read. */
function showPending() {
  const moved = view.pending;
  if (moved?.sheet !== view.sheet) return;
  view.pending = null;
  const [from, to = from] = moved.range.split(':').map(cellAt);
  if (from && to) grid.selectRange(from.r, from.c, to.r, to.c);
}

function showError(error) {
  toast(`Error: ${error.message}`, 8);
}

function drawMenu(menu) {
  $('addon-button').textContent = `${menu.caption} ›`;
  const list = $('addon-items');
  list.replaceChildren();
  for (const item of menu.items) {
    if (item.separator) { list.append(el('hr')); continue; }
    const button = el('button', { type: 'button', role: 'menuitem' }, item.caption);
    button.addEventListener('click', () => { closeMenus(); act(() => runMenu(item.handler, [])); });
    list.append(button);
  }
}

/**
 * A menu item runs with the page's selection. A prompt it shows comes back unanswered: the
 * page asks, then runs the item again with every answer so far (the server replays them).
 */
async function runMenu(handler, answers) {
  const r = await api('/api/menu', { handler, answers, ...pageSelection() });
  if (!r.prompt) return r;
  const text = await ask(r.prompt.title || 'Goalpost', '', r.prompt.prompt);
  return runMenu(handler, [...answers, text === null ? { text: '', button: 'CANCEL' } : { text, button: 'OK' }]);
}

/** The shown sheet and its selection, which a script reads as the active range. */
function pageSelection() {
  return view.sheet ? { sheet: view.sheet, selection: selectionA1(grid.sel), moves: view.moves } : {};
}

const MENUS = [['extensions-button', 'extensions-menu'], ['addon-button', 'addon-items'], ['format-button', 'format-menu']];
function closeMenus() {
  for (const [button, panel] of MENUS) {
    $(panel).hidden = true;
    $(button).setAttribute('aria-expanded', 'false');
  }
  tabs.closeMenu();
}

function toggle(buttonId, panelId) {
  const open = $(panelId).hidden;
  $(panelId).hidden = !open;
  $(buttonId).setAttribute('aria-expanded', String(open));
}

function selectionA1(sel) {
  const top = Math.min(sel.r, sel.r2);
  const left = Math.min(sel.c, sel.c2);
  const single = sel.r === sel.r2 && sel.c === sel.c2;
  return single ? a1(top, left) : `${a1(top, left)}:${a1(Math.max(sel.r, sel.r2), Math.max(sel.c, sel.c2))}`;
}

function showSelection(sel) {
  if (document.activeElement !== $('name-box')) $('name-box').value = selectionA1(sel);
  if (document.activeElement === $('formula-input')) return;
  const cell = grid.cell(sel.r, sel.c);
  $('formula-input').value = cell ? (cell.f || cell.input || cell.v) : '';
}

function showUi(events) {
  for (const event of events) {
    if (event.kind === 'toast') toast(event.title ? `${event.title}\n${event.message}` : event.message, event.timeoutSeconds);
    else if (event.kind === 'alert') showAlert(event.title || 'Goalpost', event.prompt);
    else if (event.kind === 'dialog' || event.kind === 'sidebar') frames.show(event);
  }
}

function showAlert(title, text) {
  $('alert-title').textContent = title;
  $('alert-text').textContent = text;
  if (!$('alert').open) $('alert').showModal();
}

/** Sheets' toast timeout: a negative one stays until closed; here it is capped so none piles up. */
function toast(message, seconds = 5) {
  const node = el('div', { class: 'toast', role: 'status' }, message);
  $('toasts').append(node);
  setTimeout(() => node.remove(), Math.min(seconds > 0 ? seconds : 15, 15) * 1000);
}

/** 0-based position of an A1 cell name, or null. */
function cellAt(text) {
  const m = /^([A-Z]{1,3})([1-9]\d*)$/.exec(text ?? '');
  if (!m) return text === undefined ? undefined : null;
  const c = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { r: Number(m[2]) - 1, c };
}

function topLeft() {
  return a1(Math.min(grid.sel.r, grid.sel.r2), Math.min(grid.sel.c, grid.sel.c2));
}

/** Keys on the grid, as in Sheets: arrows move (Shift extends), typing starts an edit, Delete clears. */
function gridKey(e) {
  const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  const move = moves[e.key];
  const { r, c, r2, c2 } = grid.sel;
  if (move) {
    e.preventDefault();
    if (e.shiftKey) grid.select(r2 + move[0], c2 + move[1], true);
    else grid.select(r + move[0], c + move[1]);
  } else if (e.key === 'Enter') {
    e.preventDefault();
    $('formula-input').focus();
  } else if (e.key === 'Delete' || e.key === 'Backspace') {
    e.preventDefault();
    // One clear of the range, however many cells it holds (not a paste of blanks).
    edit('/api/clear', { range: selectionA1(grid.sel) });
  } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'b') {
    e.preventDefault();
    toggleBold();
  } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
    // Typing on a selected cell replaces its content, as in Sheets.
    e.preventDefault();
    $('formula-input').value = e.key;
    $('formula-input').focus();
  }
}

function toggleBold() {
  const bold = !grid.cell(grid.sel.r, grid.sel.c)?.bold;
  edit('/api/format', { range: selectionA1(grid.sel), bold });
}

function wire() {
  $('extensions-button').addEventListener('click', () => toggle('extensions-button', 'extensions-menu'));
  $('addon-button').addEventListener('click', () => toggle('addon-button', 'addon-items'));
  $('format-button').addEventListener('click', () => toggle('format-button', 'format-menu'));
  for (const item of document.querySelectorAll('[data-format]')) {
    item.addEventListener('click', () => { closeMenus(); edit('/api/format', { range: selectionA1(grid.sel), numberFormat: item.dataset.format }); });
  }
  $('bold-item').addEventListener('click', () => { closeMenus(); toggleBold(); });
  $('reset-button').addEventListener('click', () => {
    if (!confirm('Discard this workbook and start again from one empty sheet?')) return;
    act(() => api('/api/reset', {}));
  });
  $('add-rows').addEventListener('click', () => edit('/api/rows', { count: Number($('add-rows-count').value) }));
  $('add-columns').addEventListener('click', () => edit('/api/columns', { count: Number($('add-columns-count').value) }));
  $('formula-input').addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { $('formula-input').blur(); showSelection(grid.sel); $('scroller').focus(); return; }
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const { r, c } = grid.sel;
    const value = $('formula-input').value;
    $('formula-input').blur();
    $('scroller').focus();
    edit('/api/cell', { a1: a1(r, c), value }).then(() => grid.select(r + 1, c));
  });
  $('scroller').addEventListener('keydown', gridKey);
  // The name box jumps to a cell or range typed into it (B2, or A2:C9), as in Sheets.
  $('name-box').addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { $('name-box').blur(); showSelection(grid.sel); return; }
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const [from, to] = $('name-box').value.trim().toUpperCase().split(':').map(cellAt);
    $('name-box').blur();
    $('scroller').focus();
    if (!from || (to === null)) return showSelection(grid.sel);
    grid.select(from.r, from.c);
    if (to) grid.select(to.r, to.c, true);
  });
  // Paste a block copied from a sheet (tab-separated text) at the selection, parsed as typed.
  document.addEventListener('paste', (e) => {
    if (e.target instanceof HTMLInputElement) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    const rows = parseTsv(text);
    if (rows.length === 0) return;
    e.preventDefault();
    edit('/api/paste', { a1: topLeft(), rows });
  });
  document.addEventListener('copy', (e) => {
    if (e.target instanceof HTMLInputElement) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', toTsv(grid.selectedText()));
  });
  document.addEventListener('click', (e) => { if (!e.target.closest('.menu') && !e.target.closest('.tab-menu')) closeMenus(); });
}

wire();
load(undefined, null).then(() => $('scroller').focus()).catch(showError);
