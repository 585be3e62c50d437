// The sheet grid, virtualised: only the rows and columns in view are drawn, from a cache
// holding one window of cells that the page asks the server for as the view moves. A
// 10,000-row sheet costs what its visible part costs. Spreadsheet text reaches the DOM only
// through textContent; colours only through CSSOM properties (the server sends plain ones).
import { sparkline } from './sparkline.js';

export const ROW_HEIGHT = 21;
const DEFAULT_WIDTH = 100;
const ROW_HEAD_WIDTH = 46;
/** Rows and columns drawn beyond the view, and fetched beyond it, so scrolling rarely shows blanks. */
const OVERSCAN_ROWS = 40;
const OVERSCAN_COLS = 6;
const MAX_WINDOW_ROWS = 400;
const MAX_WINDOW_COLS = 80;
const CELL_PADDING = 8;

export function columnLetters(n) {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
export const a1 = (r, c) => `${columnLetters(c + 1)}${r + 1}`;
const key = (r, c) => `${r},${c}`;

function div(className, text) {
  const node = document.createElement('div');
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const measure = document.createElement('canvas').getContext('2d');
function textWidth(text, bold) {
  measure.font = `${bold ? 'bold ' : ''}13px Arial, sans-serif`;
  return measure.measureText(text).width;
}

export class Grid {
  /**
   * @param {object} els scroller, canvas, cells, colHead, rowHead, selection
   * @param {object} on  load(window) → Promise, select(sel), edit(), addRows()
   */
  constructor(els, on) {
    this.els = els;
    this.on = on;
    this.meta = null;
    this.cells = new Map();
    this.loaded = null;
    this.sel = { r: 0, c: 0, r2: 0, c2: 0 };
    this.colX = [0];
    this.pendingLoad = null;
    this.frame = 0;
    els.scroller.addEventListener('scroll', () => this.schedule());
    els.canvas.addEventListener('mousedown', (e) => this.mouseDown(e));
    els.canvas.addEventListener('dblclick', (e) => { if (this.cellAt(e)) this.on.edit(); });
    new ResizeObserver(() => this.schedule()).observe(els.scroller);
  }

  /** A sheet to show (new name: start at its top-left), or the same sheet's new size. */
  setMeta(meta) {
    const switched = !this.meta || this.meta.name !== meta.name;
    this.meta = meta;
    this.colX = [0];
    for (let c = 0; c < meta.columns; c++) this.colX.push(this.colX[c] + (meta.columnWidths[c] ?? DEFAULT_WIDTH));
    this.els.canvas.style.width = `${this.colX[meta.columns]}px`;
    this.els.canvas.style.height = `${meta.rows * ROW_HEIGHT}px`;
    this.els.scroller.setAttribute('aria-rowcount', String(meta.rows));
    this.els.scroller.setAttribute('aria-colcount', String(meta.columns));
    if (switched) {
      this.cells = new Map();
      this.loaded = null;
      this.sel = { r: 0, c: 0, r2: 0, c2: 0 };
      this.els.scroller.scrollTo(0, 0);
    }
    this.clampSelection();
    this.schedule();
  }

  /** Cells of a window the server sent: the cache becomes exactly that window. */
  setCells(window, entries) {
    this.cells = new Map();
    for (const [r, c, view] of entries) this.cells.set(key(r, c), view);
    this.loaded = window;
    this.schedule();
  }

  /** An edit's changed cells; cells outside the window the edit was made with are dropped (they may be stale). */
  applyChanged(window, changed) {
    for (const k of [...this.cells.keys()]) {
      const [r, c] = k.split(',').map(Number);
      if (!inside(window, r, c)) this.cells.delete(k);
    }
    for (const [r, c, view] of changed) {
      if (view) this.cells.set(key(r, c), view);
      else this.cells.delete(key(r, c));
    }
    this.loaded = window;
    this.render();
  }

  cell(r, c) {
    return this.cells.get(key(r, c));
  }

  /** What is in view, plus overscan: the window to keep loaded. */
  wantedWindow() {
    const { r0, r1, c0, c1 } = this.visible();
    const row = Math.max(0, r0 - OVERSCAN_ROWS);
    const col = Math.max(0, c0 - OVERSCAN_COLS);
    const rowEnd = Math.min(this.meta.rows, r1 + OVERSCAN_ROWS, row + MAX_WINDOW_ROWS);
    const colEnd = Math.min(this.meta.columns, c1 + OVERSCAN_COLS, col + MAX_WINDOW_COLS);
    return { row, col, rows: Math.max(1, rowEnd - row), cols: Math.max(1, colEnd - col) };
  }

  visible() {
    const s = this.els.scroller;
    const r0 = Math.min(Math.floor(s.scrollTop / ROW_HEIGHT), Math.max(0, this.meta.rows - 1));
    const r1 = Math.min(this.meta.rows, Math.ceil((s.scrollTop + s.clientHeight) / ROW_HEIGHT) + 1);
    const c0 = Math.max(0, this.colAtX(s.scrollLeft));
    const c1 = Math.min(this.meta.columns, this.colAtX(s.scrollLeft + s.clientWidth) + 2);
    return { r0, r1, c0, c1 };
  }

  colAtX(x) {
    let lo = 0;
    let hi = this.meta.columns - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.colX[mid] <= x) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  schedule() {
    if (this.frame || !this.meta) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
      this.ensureLoaded();
    });
  }

  /** Asks for the wanted window when what is in view is not all loaded; the latest ask wins. */
  ensureLoaded() {
    const { r0, r1, c0, c1 } = this.visible();
    const l = this.loaded;
    if (l && r0 >= l.row && r1 <= l.row + l.rows && c0 >= l.col && c1 <= l.col + l.cols) return;
    // Already what would be asked for (a view wider than one window can hold): asking again changes nothing.
    if (l && JSON.stringify(l) === JSON.stringify(this.wantedWindow())) return;
    clearTimeout(this.pendingLoad);
    this.pendingLoad = setTimeout(() => this.on.load(this.wantedWindow()), 40);
  }

  render() {
    if (!this.meta) return;
    const { r0, r1, c0, c1 } = this.visible();
    this.drawHeads(r0, r1, c0, c1);
    const nodes = [];
    for (let c = c0; c < c1; c++) {
      const line = div('vline');
      line.style.left = `${this.colX[c + 1] - 1}px`;
      line.style.top = `${r0 * ROW_HEIGHT}px`;
      line.style.height = `${(r1 - r0) * ROW_HEIGHT}px`;
      nodes.push(line);
    }
    // Text flowing left from a cell before the view must start there, so look a few columns back.
    const from = Math.max(0, c0 - OVERSCAN_COLS);
    for (let r = r0; r < r1; r++) {
      let coveredTo = -1;
      for (let c = from; c < c1; c++) {
        const view = this.cell(r, c);
        if (!view || c <= coveredTo && view.v === '' && !view.bg) continue;
        const span = this.overflowSpan(r, c, view, c1);
        coveredTo = c + span - 1;
        if (c + span <= c0) continue;
        nodes.push(this.drawCell(r, c, view, span));
      }
    }
    nodes.push(this.els.selection);
    this.els.cells.replaceChildren(...nodes);
    this.drawSelection();
  }

  /** How many columns a cell's text flows over: Sheets lets unwrapped, left-aligned text run into empty neighbours. */
  overflowSpan(r, c, view, end) {
    const align = view.align ?? (view.t ? 'right' : 'left');
    if (view.wrap || align !== 'left' || view.sparkline || view.v === '') return 1;
    const needed = textWidth(view.v, view.bold) + CELL_PADDING;
    let span = 1;
    while (this.colX[c + span] - this.colX[c] < needed && c + span < Math.min(end + OVERSCAN_COLS, this.meta.columns)) {
      const next = this.cell(r, c + span);
      if (next && (next.v !== '' || next.sparkline)) break;
      span++;
    }
    return span;
  }

  drawCell(r, c, view, span) {
    const node = div('cell');
    node.dataset.cell = a1(r, c);
    node.setAttribute('role', 'gridcell');
    const own = this.colX[c + 1] - this.colX[c];
    const width = this.colX[c + span] - this.colX[c];
    node.style.left = `${this.colX[c]}px`;
    node.style.top = `${r * ROW_HEIGHT}px`;
    node.style.width = `${width - 1}px`;
    node.style.height = `${ROW_HEIGHT - 1}px`;
    // Overflowing text hides the neighbours' grid lines, but only the cell's own part takes its fill.
    if (span > 1) node.style.background = view.bg ? `linear-gradient(90deg, ${view.bg} ${own - 1}px, #fff ${own - 1}px)` : '#fff';
    else if (view.bg) node.style.backgroundColor = view.bg;
    if (view.sparkline) node.append(sparkline(view.sparkline));
    else node.textContent = view.v;
    node.style.textAlign = view.align ?? (view.t === 'n' ? 'right' : view.t === 'b' ? 'center' : 'left');
    if (view.bold) node.style.fontWeight = 'bold';
    if (view.italic) node.style.fontStyle = 'italic';
    if (view.strike || view.underline) node.style.textDecoration = [view.strike && 'line-through', view.underline && 'underline'].filter(Boolean).join(' ');
    if (view.color) node.style.color = view.color;
    if (this.selected(r, c)) node.setAttribute('aria-selected', 'true');
    if (view.error) {
      node.classList.add('error');
      node.title = view.error;
    }
    return node;
  }

  drawHeads(r0, r1, c0, c1) {
    const s = this.els.scroller;
    const cols = [];
    for (let c = c0; c < c1; c++) {
      const head = div('head', columnLetters(c + 1));
      head.style.left = `${this.colX[c]}px`;
      head.style.width = `${this.colX[c + 1] - this.colX[c]}px`;
      if (c >= Math.min(this.sel.c, this.sel.c2) && c <= Math.max(this.sel.c, this.sel.c2)) head.classList.add('active');
      cols.push(head);
    }
    this.els.colHead.replaceChildren(...cols);
    this.els.colHead.style.transform = `translateX(${-s.scrollLeft}px)`;
    const rows = [];
    for (let r = r0; r < r1; r++) {
      const head = div('head', String(r + 1));
      head.style.top = `${r * ROW_HEIGHT}px`;
      head.style.width = `${ROW_HEAD_WIDTH}px`;
      if (r >= Math.min(this.sel.r, this.sel.r2) && r <= Math.max(this.sel.r, this.sel.r2)) head.classList.add('active');
      rows.push(head);
    }
    this.els.rowHead.replaceChildren(...rows);
    this.els.rowHead.style.transform = `translateY(${-s.scrollTop}px)`;
  }

  drawSelection() {
    const { r, c, r2, c2 } = this.sel;
    const [top, bottom, left, right] = [Math.min(r, r2), Math.max(r, r2), Math.min(c, c2), Math.max(c, c2)];
    const box = this.els.selection;
    box.classList.toggle('range', top !== bottom || left !== right);
    box.style.left = `${this.colX[left] - 1}px`;
    box.style.top = `${top * ROW_HEIGHT - 1}px`;
    box.style.width = `${this.colX[right + 1] - this.colX[left] + 1}px`;
    box.style.height = `${(bottom - top + 1) * ROW_HEIGHT + 1}px`;
  }

  cellAt(e) {
    const box = this.els.canvas.getBoundingClientRect();
    const x = e.clientX - box.left;
    const y = e.clientY - box.top;
    if (x < 0 || y < 0 || y >= this.meta.rows * ROW_HEIGHT) return null;
    return { r: Math.floor(y / ROW_HEIGHT), c: this.colAtX(x) };
  }

  mouseDown(e) {
    const at = this.cellAt(e);
    if (!at) return;
    e.preventDefault();
    this.els.scroller.focus({ preventScroll: true });
    this.select(at.r, at.c, e.shiftKey);
  }

  /** Moves the active cell, or with extend the far corner of the selection. */
  select(r, c, extend = false) {
    const rr = Math.max(0, Math.min(r, this.meta.rows - 1));
    const cc = Math.max(0, Math.min(c, this.meta.columns - 1));
    this.sel = extend ? { ...this.sel, r2: rr, c2: cc } : { r: rr, c: cc, r2: rr, c2: cc };
    this.scrollIntoView(extend ? rr : this.sel.r, extend ? cc : this.sel.c);
    this.render();
    this.on.select(this.sel);
  }

  /** Selects a block, its top-left the active cell and in view: what a script's Range.activate() does in Sheets. */
  selectRange(r, c, r2, c2) {
    this.sel = { r, c, r2, c2 };
    this.clampSelection();
    this.scrollIntoView(this.sel.r2, this.sel.c2);
    this.scrollIntoView(this.sel.r, this.sel.c);
    this.render();
    this.on.select(this.sel);
  }

  selected(r, c) {
    const { r: r1, c: c1, r2, c2 } = this.sel;
    return r >= Math.min(r1, r2) && r <= Math.max(r1, r2) && c >= Math.min(c1, c2) && c <= Math.max(c1, c2);
  }

  clampSelection() {
    const clamp = (v, max) => Math.max(0, Math.min(v, max - 1));
    const { r, c, r2, c2 } = this.sel;
    this.sel = { r: clamp(r, this.meta.rows), c: clamp(c, this.meta.columns), r2: clamp(r2, this.meta.rows), c2: clamp(c2, this.meta.columns) };
  }

  scrollIntoView(r, c) {
    const s = this.els.scroller;
    const top = r * ROW_HEIGHT;
    if (top < s.scrollTop) s.scrollTop = top;
    else if (top + ROW_HEIGHT > s.scrollTop + s.clientHeight) s.scrollTop = top + ROW_HEIGHT - s.clientHeight;
    const left = this.colX[c];
    const right = this.colX[c + 1];
    if (left < s.scrollLeft) s.scrollLeft = left;
    else if (right > s.scrollLeft + s.clientWidth) s.scrollLeft = right - s.clientWidth;
  }

  /** The selection's cells as display text, row by row (for copying). */
  selectedText() {
    const { r, c, r2, c2 } = this.sel;
    const rows = [];
    for (let i = Math.min(r, r2); i <= Math.max(r, r2); i++) {
      const row = [];
      for (let j = Math.min(c, c2); j <= Math.max(c, c2); j++) row.push(this.cell(i, j)?.v ?? '');
      rows.push(row);
    }
    return rows;
  }
}

function inside(w, r, c) {
  return r >= w.row && r < w.row + w.rows && c >= w.col && c < w.col + w.cols;
}
