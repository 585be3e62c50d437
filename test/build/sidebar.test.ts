/** dist/Sidebar.html as clasp pushes it: one self-contained page under its size budget. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const html = readFileSync(new URL('../../dist/Sidebar.html', import.meta.url), 'utf8');

describe('dist/Sidebar.html', () => {
  it('is one page with its script and styles inline, under 100 KB', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).toMatch(/<script>[\s\S]+<\/script>/);
    expect(Buffer.byteLength(html)).toBeLessThan(100 * 1024);
  });

  it('loads nothing from outside: no src or href attribute, no @import, no url()', () => {
    expect(html).not.toMatch(/<[a-z]+[^>]*\s(src|href)\s*=/i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  it('has exactly one script element, so no inline code can end it early', () => {
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
  });

  it('has the root the app draws into and the mark the benchmark measures from', () => {
    expect(html).toContain('<div id="app"></div>');
    expect(html).toContain("performance.mark('goalpost:start')");
  });
});
