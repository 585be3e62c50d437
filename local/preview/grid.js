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
    // Text flowing from a cell before or after the view must be drawn from it, so look a few columns either side.
    const from = Math.max(0, c0 - OVERSCAN_COLS);
    const to = Math.min(this.meta.columns, c1 + OVERSCAN_COLS);
    for (let r = r0; r < r1; r++) {
      // The columns up to coveredTo are taken by text already drawn: no other text flows into them.
      let coveredTo = -1;
      for (let c = from; c < to; c++) {
        const view = this.cell(r, c);
        if (!view) continue;
        const [a, b] = this.overflowSpan(r, c, view, coveredTo, to);
        // An empty cell under flowing text is drawn by that text's fill segments (its own fill included).
        if (view.v === '' && !view.sparkline && c <= coveredTo) continue;
        if (b > c) coveredTo = b;
        if (b < c0 || a >= c1) continue;
        if (a === b) nodes.push(this.drawCell(r, c, view));
        else nodes.push(...this.drawFlowing(r, c, view, a, b));
      }
    }
    nodes.push(this.els.selection);
    this.els.cells.replaceChildren(...nodes);
    this.drawSelection();
  }

  /** Whether text may flow over a cell: Sheets lets it run over empty cells, filled or not. */
  emptyAt(r, c) {
    const view = this.cell(r, c);
    return !view || (view.v === '' && !view.sparkline);
  }

  /**
   * The columns [a, b] a cell's text covers, as Sheets draws unwrapped text: left-aligned
   * text runs right, right-aligned text runs left and centred text both ways, over empty
   * neighbours (filled or not) until it fits. Numbers, booleans and wrapped text stay in
   * their cell. Columns up to `coveredTo` are another text's.
   */
  overflowSpan(r, c, view, coveredTo, end) {
    const align = view.align ?? (view.t === 'n' ? 'right' : view.t === 'b' ? 'center' : 'left');
    if (view.wrap || view.t || view.sparkline || view.v === '') return [c, c];
    const needed = textWidth(view.v, view.bold) + CELL_PADDING;
    const own = this.colX[c + 1] - this.colX[c];
    if (needed <= own) return [c, c];
    const last = Math.min(end, this.meta.columns) - 1;
    let a = c;
    let b = c;
    if (align === 'left') {
      while (this.colX[b + 1] - this.colX[c] < needed && b < last && this.emptyAt(r, b + 1)) b++;
    } else if (align === 'right') {
      while (this.colX[c + 1] - this.colX[a] < needed && a > 0 && a - 1 > coveredTo && this.emptyAt(r, a - 1)) a--;
    } else {
      const side = (needed - own) / 2;
      while (this.colX[c] - this.colX[a] < side && a > 0 && a - 1 > coveredTo && this.emptyAt(r, a - 1)) a--;
      while (this.colX[b + 1] - this.colX[c + 1] < side && b < last && this.emptyAt(r, b + 1)) b++;
    }
    return [a, b];
  }

  /** A cell that shows within its own bounds. */
  drawCell(r, c, view) {
    const node = this.cellNode(r, c, view, this.colX[c], this.colX[c + 1] - this.colX[c] - 1);
    if (view.bg) node.style.backgroundColor = view.bg;
    if (view.sparkline) node.append(sparkline(view.sparkline));
    else node.textContent = view.v;
    return node;
  }

  /**
   * Text flowing over columns a..b: each column's own fill first (white, or an empty
   * neighbour's background), covering the grid lines between them, then the text over
   * all of them, as Sheets draws text over its empty neighbours' fill.
   */
  drawFlowing(r, c, view, a, b) {
    const nodes = [];
    for (let k = a; k <= b; k++) {
      const fill = div('fill');
      const bg = k === c ? view.bg : this.cell(r, k)?.bg;
      fill.style.left = `${this.colX[k]}px`;
      fill.style.top = `${r * ROW_HEIGHT}px`;
      fill.style.width = `${this.colX[k + 1] - this.colX[k] - (k === b ? 1 : 0)}px`;
      fill.style.height = `${ROW_HEIGHT - 1}px`;
      fill.style.backgroundColor = bg ?? '#fff';
      nodes.push(fill);
    }
    const node = this.cellNode(r, c, view, this.colX[a], this.colX[b + 1] - this.colX[a] - 1);
    node.classList.add('flowing');
    const align = view.align ?? 'left';
    if (align === 'center') {
      // Centred on its own cell, whatever the neighbours on each side let it take.
      const text = document.createElement('span');
      text.className = 'centred';
      text.textContent = view.v;
      text.style.left = `${this.colX[c] + (this.colX[c + 1] - this.colX[c]) / 2 - this.colX[a]}px`;
      node.append(text);
    } else {
      node.textContent = view.v;
    }
    nodes.push(node);
    return nodes;
  }

  /** The positioned node of a cell's text, with its font, colour, selection and error hover. */
  cellNode(r, c, view, left, width) {
    const node = div('cell');
    node.dataset.cell = a1(r, c);
    node.setAttribute('role', 'gridcell');
    node.style.left = `${left}px`;
    node.style.top = `${r * ROW_HEIGHT}px`;
    node.style.width = `${width}px`;
    node.style.height = `${ROW_HEIGHT - 1}px`;
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
