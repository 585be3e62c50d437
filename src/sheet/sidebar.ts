import type { HtmlOutputPort, HtmlServicePort, UiPort } from './ports.ts';

/** Where the sidebar opens: its goal list, or straight at the check-in of the goal on a sheet row. */
export type SidebarStart = { readonly view: 'goals' } | { readonly view: 'checkin'; readonly sheetName: string; readonly row: number };

/** JSON that cannot end the script element it sits in. */
const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/**
 * Opens the built sidebar (dist/Sidebar.html). A start other than the list travels as a
 * JSON data block the page reads before it draws, put in front of its root element (the
 * file is served as it is, without template scriptlets).
 */
export function showSidebar(html: HtmlServicePort, ui: Pick<UiPort, 'showSidebar'>, start: SidebarStart = { view: 'goals' }): HtmlOutputPort {
  const out = html.createHtmlOutputFromFile('Sidebar').setTitle('Goalpost');
  if (start.view !== 'goals') {
    const block = `<script type="application/json" id="goalpost-start">${scriptJson(start)}</script>`;
    out.setContent(out.getContent().replace('<div id="app">', `${block}<div id="app">`));
  }
  ui.showSidebar(out);
  return out;
}
