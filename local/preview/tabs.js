// The sheet tabs, as on Sheets: click to switch, "+" to add, double-click to rename,
// right-click for rename and delete.
import { $, ask, el } from './dom.js';

export class Tabs {
  /** @param {object} on  act(action) runs a sheet-level action then reads the page again; api(path, body) */
  constructor(on) {
    this.on = on;
    this.menuFor = null;
    $('add-sheet').addEventListener('click', () => on.act(() => on.api('/api/sheets/add', {})));
    $('rename-sheet').addEventListener('click', () => this.rename());
    $('delete-sheet').addEventListener('click', () => this.remove());
  }

  draw(sheets, shown) {
    const tabs = $('tabs');
    tabs.replaceChildren();
    for (const name of sheets) {
      const tab = el('button', { type: 'button', role: 'tab', 'aria-selected': String(name === shown) }, name);
      tab.addEventListener('click', () => { if (name !== shown) this.on.act(() => this.on.api('/api/sheet', { name })); });
      tab.addEventListener('contextmenu', (e) => this.openMenu(e, name));
      tab.addEventListener('dblclick', (e) => { e.preventDefault(); this.menuFor = name; this.rename(); });
      tabs.append(tab);
    }
  }

  openMenu(e, name) {
    e.preventDefault();
    this.menuFor = name;
    const menu = $('tab-menu');
    menu.style.left = `${e.clientX}px`;
    menu.style.bottom = `${window.innerHeight - e.clientY + 4}px`;
    menu.hidden = false;
  }

  closeMenu() {
    $('tab-menu').hidden = true;
  }

  async rename() {
    this.closeMenu();
    const sheet = this.menuFor;
    const name = await ask(`Rename "${sheet}"`, sheet);
    if (name !== null && name !== sheet) this.on.act(() => this.on.api('/api/sheets/rename', { sheet, name }));
  }

  remove() {
    this.closeMenu();
    const sheet = this.menuFor;
    if (confirm(`Delete the sheet "${sheet}"? Formulas that refer to it will show #REF!.`)) this.on.act(() => this.on.api('/api/sheets/delete', { sheet }));
  }
}
