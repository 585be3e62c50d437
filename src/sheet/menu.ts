import type { UiPort } from './ports.ts';

interface Item {
  readonly caption: string;
  readonly handler: string;
}

/** The add-on menu: items, and submenus of items; each item names the top-level function the build exposes. */
export const MENU = [
  { caption: 'Open sidebar', handler: 'openSidebar' },
  {
    submenu: 'New goal table',
    items: [
      { caption: 'Retail', handler: 'newRetailTable' },
      { caption: 'Healthcare', handler: 'newHealthcareTable' },
      { caption: 'Manufacturing', handler: 'newManufacturingTable' },
      { caption: 'Software', handler: 'newSoftwareTable' },
      { caption: 'Blank', handler: 'newBlankTable' },
    ],
  },
  { caption: 'Adopt this sheet', handler: 'adoptThisSheet' },
  { caption: 'Check in', handler: 'checkInSelected' },
  { caption: 'Refresh', handler: 'refreshTables' },
  { caption: 'Insert function guide', handler: 'insertFunctionGuide' },
  { caption: 'About Goalpost', handler: 'showAbout' },
] as const;

type Entry = (typeof MENU)[number];
type ItemOf<E> = E extends { readonly items: readonly (infer I)[] } ? I : E;

/** Every item, submenus flattened, in menu order. */
export const MENU_ITEMS: readonly Item[] = MENU.flatMap((e): readonly Item[] => ('items' in e ? e.items : [e]));

export type MenuHandler = ItemOf<Entry>['handler'];

/** Builds the add-on menu. Safe in AuthMode.NONE: it touches nothing but the Ui. */
export function buildMenu(ui: UiPort): void {
  const menu = ui.createAddonMenu();
  for (const entry of MENU) {
    if ('items' in entry) {
      const sub = ui.createMenu(entry.submenu);
      for (const item of entry.items) sub.addItem(item.caption, item.handler);
      menu.addSubMenu(sub);
    } else {
      menu.addItem(entry.caption, entry.handler);
    }
  }
  menu.addToUi();
}
