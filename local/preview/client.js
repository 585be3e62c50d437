// The preview page. Plain JS, no build step. Spreadsheet text is untrusted: it reaches the
// DOM only through textContent, setAttribute and CSSOM properties, never innerHTML.
import { sparkline } from './sparkline.js';

const $ = (id) => document.getElementById(id);
// The page shows the active sheet, as Sheets does: a script that activates a sheet switches the view.
const view = { sheet: null, selected: { r: 0, c: 0 }, state: null };

function columnLetters(n) {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
const a1 = (r, c) => `${columnLetters(c + 1)}${r + 1}`;

function el(tag, props = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

async function api(path, body) {
  const init = body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const res = await fetch(path, init);
  const json = await res.json();
  if (!res.ok) throw new Error(json.error || `HTTP ${res.status}`);
  return json;
}

/** Every action ends here: one state read redraws everything and delivers alerts and toasts. */
async function refresh() {
  const state = await api('/api/state');
  if (state.sheet.name !== view.sheet) view.selected = { r: 0, c: 0 };
  view.state = state;
  view.sheet = state.sheet.name;
  drawMenu(state.menu);
  drawTabs(state.sheets);
  drawGrid(state.sheet);
  select(view.selected.r, view.selected.c);
  for (const event of state.ui) showUiEvent(event);
}

/** Runs an action; its failure (the add-on's or a refused input) shows as a toast, as Sheets shows script errors. */
async function act(action) {
  try {
    await action();
  } catch (error) {
    toast(`Error: ${error.message}`, 8);
  }
  await refresh().catch((error) => toast(`Error: ${error.message}`, 8));
}

function drawMenu(menu) {
  $('addon-button').textContent = `${menu.caption} ›`;
  const list = $('addon-items');
  list.replaceChildren();
  for (const item of menu.items) {
    if (item.separator) { list.append(el('hr')); continue; }
    const button = el('button', { type: 'button', role: 'menuitem' }, item.caption);
    button.addEventListener('click', () => { closeMenus(); act(() => api('/api/menu', { handler: item.handler })); });
    list.append(button);
  }
}

function closeMenus() {
  for (const [button, panel] of [['extensions-button', 'extensions-menu'], ['addon-button', 'addon-items']]) {
    $(panel).hidden = true;
    $(button).setAttribute('aria-expanded', 'false');
  }
}

function toggle(buttonId, panelId) {
  const open = $(panelId).hidden;
  $(panelId).hidden = !open;
  $(buttonId).setAttribute('aria-expanded', String(open));
}

function drawTabs(sheets) {
  const tabs = $('tabs');
  tabs.replaceChildren();
  for (const name of sheets) {
    const tab = el('button', { type: 'button', role: 'tab', 'aria-selected': String(name === view.sheet) }, name);
    tab.addEventListener('click', () => act(() => api('/api/sheet', { name })));
    tabs.append(tab);
  }
}

const NUMBER = /^[-+]?[\d,]*\.?\d+(E[-+]?\d+)?%?$/i;

function drawGrid(sheet) {
  const table = $('grid');
  const head = el('tr');
  head.append(el('th'));
  for (let c = 0; c < sheet.columns; c++) head.append(el('th', { scope: 'col' }, columnLetters(c + 1)));
  const body = el('tbody');
  for (let r = 0; r < sheet.rows; r++) {
    const row = el('tr');
    row.append(el('th', { scope: 'row' }, String(r + 1)));
    for (let c = 0; c < sheet.columns; c++) row.append(drawCell(sheet.cells[r]?.[c], r, c));
    body.append(row);
  }
  const thead = el('thead');
  thead.append(head);
  table.replaceChildren(thead, body);
}

function drawCell(cell, r, c) {
  const td = el('td', { 'data-cell': a1(r, c) });
  td.addEventListener('click', () => select(r, c));
  td.addEventListener('dblclick', () => { select(r, c); $('formula-input').focus(); });
  if (!cell) return td;
  if (cell.sparkline) td.append(sparkline(cell.sparkline));
  else td.textContent = cell.v;
  if (NUMBER.test(cell.v)) td.classList.add('num');
  if (cell.bold) td.style.fontWeight = 'bold';
  if (cell.bg) td.style.backgroundColor = cell.bg;
  if (cell.color) td.style.color = cell.color;
  if (cell.error) { td.classList.add('error'); td.setAttribute('title', cell.error); }
  return td;
}

function select(r, c) {
  const sheet = view.state?.sheet;
  if (!sheet) return;
  view.selected = { r: Math.max(0, Math.min(r, sheet.rows - 1)), c: Math.max(0, Math.min(c, sheet.columns - 1)) };
  for (const old of document.querySelectorAll('td.selected')) old.classList.remove('selected');
  const ref = a1(view.selected.r, view.selected.c);
  document.querySelector(`td[data-cell="${ref}"]`)?.classList.add('selected');
  const cell = sheet.cells[view.selected.r]?.[view.selected.c];
  $('name-box').textContent = ref;
  $('formula-input').value = cell ? (cell.f || cell.input || cell.v) : '';
}

function showUiEvent(event) {
  if (event.kind === 'toast') toast(event.title ? `${event.title}\n${event.message}` : event.message, event.timeoutSeconds);
  else if (event.kind === 'alert') {
    $('alert-title').textContent = event.title || 'Goalpost';
    $('alert-text').textContent = event.prompt;
    if (!$('alert').open) $('alert').showModal();
  } else toast(`${event.kind} "${event.title}" opened: not drawn by the preview yet`, 6);
}

/** Sheets' toast timeout: a negative one stays until closed; here it is capped so none piles up. */
function toast(message, seconds = 5) {
  const node = el('div', { class: 'toast', role: 'status' }, message);
  $('toasts').append(node);
  setTimeout(() => node.remove(), Math.min(seconds > 0 ? seconds : 15, 15) * 1000);
}

function wire() {
  $('extensions-button').addEventListener('click', () => toggle('extensions-button', 'extensions-menu'));
  $('addon-button').addEventListener('click', () => toggle('addon-button', 'addon-items'));
  $('reset-button').addEventListener('click', () => {
    if (!confirm('Discard this workbook and start again from one empty sheet?')) return;
    act(() => api('/api/reset', {}));
  });
  $('formula-input').addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { select(view.selected.r, view.selected.c); return; }
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const { r, c } = view.selected;
    const value = $('formula-input').value;
    act(() => api('/api/cell', { sheet: view.sheet, a1: a1(r, c), value })).then(() => select(r + 1, c));
  });
  document.addEventListener('keydown', (e) => {
    if (e.target !== document.body) return;
    const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[e.key];
    if (move) { e.preventDefault(); select(view.selected.r + move[0], view.selected.c + move[1]); }
    else if (e.key === 'Enter') { e.preventDefault(); $('formula-input').focus(); }
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Typing on a selected cell replaces its content, as in Sheets.
      e.preventDefault();
      $('formula-input').value = e.key;
      $('formula-input').focus();
    }
  });
  document.addEventListener('click', (e) => { if (!e.target.closest('.menu')) closeMenus(); });
}

wire();
refresh().catch((error) => toast(`Error: ${error.message}`, 15));
