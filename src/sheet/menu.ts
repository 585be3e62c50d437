import type { UiPort } from './ports.ts';

/** Menu items: caption and the top-level function the build exposes for it. */
export const MENU_ITEMS = [
  { caption: 'Insert function guide', handler: 'insertFunctionGuide' },
  { caption: 'About Goalpost', handler: 'showAbout' },
] as const;

export type MenuHandler = (typeof MENU_ITEMS)[number]['handler'];

/** Builds the add-on menu. Safe in AuthMode.NONE: it touches nothing but the Ui. */
export function buildMenu(ui: UiPort): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.handler);
  menu.addToUi();
}
