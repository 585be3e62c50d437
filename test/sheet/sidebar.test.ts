import { describe, expect, it } from 'vitest';
import { LocalHtmlService } from '../../local/services/html-service.ts';
import type { HtmlOutputPort } from '../../src/sheet/ports.ts';
import { showSidebar } from '../../src/sheet/sidebar.ts';

const html = new LocalHtmlService(new URL('../../dist', import.meta.url).pathname);
const shown: HtmlOutputPort[] = [];
const ui = { showSidebar: (o: HtmlOutputPort) => void shown.push(o) };

describe('showSidebar', () => {
  it('shows the built Sidebar.html titled Goalpost, unchanged for the goal list', () => {
    const out = showSidebar(html, ui);
    expect(out.getTitle()).toBe('Goalpost');
    expect(out.getContent()).not.toContain('<script type="application/json"');
    expect(shown.at(-1)).toBe(out);
  });

  it('puts a check-in start in front of the app as JSON that no sheet name can break out of', () => {
    const out = showSidebar(html, ui, { view: 'checkin', sheetName: '</script><img src=x onerror=alert(1)>', row: 5 });
    const block = /<script type="application\/json" id="goalpost-start">(.*?)<\/script><div id="app">/.exec(out.getContent());
    expect(JSON.parse(block?.[1] ?? '')).toEqual({ view: 'checkin', sheetName: '</script><img src=x onerror=alert(1)>', row: 5 });
    expect(block?.[1]).not.toContain('<');
  });
});
