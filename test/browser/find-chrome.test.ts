/** The browser tests find a Chromium or Chrome on each platform, or fail saying how to get one. */
import { describe, expect, it } from 'vitest';
import { ChromeNotFound, findChrome, type Machine } from './find-chrome.ts';

const machine = (platform: NodeJS.Platform, env: NodeJS.ProcessEnv, files: string[]): Machine => ({ platform, env, exists: (p) => files.includes(p) });

describe('finding Chromium or Chrome', () => {
  it.each<[string, Machine, string]>([
    ['Debian\'s Chromium', machine('linux', { PATH: '/usr/bin' }, ['/usr/bin/chromium']), '/usr/bin/chromium'],
    ['Chrome on Linux', machine('linux', {}, ['/usr/bin/google-chrome-stable']), '/usr/bin/google-chrome-stable'],
    ['a Chromium on PATH', machine('linux', { PATH: '/opt/tools:/home/me/bin' }, ['/home/me/bin/chromium']), '/home/me/bin/chromium'],
    ['Chrome on macOS', machine('darwin', { HOME: '/Users/me' }, ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']), '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    ['Chromium in a Mac user\'s Applications', machine('darwin', { HOME: '/Users/me' }, ['/Users/me/Applications/Chromium.app/Contents/MacOS/Chromium']), '/Users/me/Applications/Chromium.app/Contents/MacOS/Chromium'],
    ['Chrome on Windows', machine('win32', { PROGRAMFILES: 'C:\\Program Files' }, ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe']), 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
    ['Edge on Windows', machine('win32', { 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe']), 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
    ['CHROME_PATH first', machine('linux', { CHROME_PATH: '/opt/chrome/chrome' }, ['/opt/chrome/chrome', '/usr/bin/chromium']), '/opt/chrome/chrome'],
  ])('%s', (_name, m, expected) => {
    expect(findChrome(m)).toBe(expected);
  });

  it('with none installed, fails naming where it looked and the fix', () => {
    const none = machine('linux', { PATH: '/usr/bin' }, []);
    expect(() => findChrome(none)).toThrow(ChromeNotFound);
    expect(() => findChrome(none)).toThrow(/found none \(looked in \/usr\/bin\/chromium, .* and on PATH\)\.\n.*\n  Debian\/Ubuntu: sudo apt-get install -y chromium/);
  });

  it('a CHROME_PATH that points nowhere is an error, not a fallback', () => {
    expect(() => findChrome(machine('linux', { CHROME_PATH: '/nope/chrome' }, ['/usr/bin/chromium']))).toThrow(/^CHROME_PATH is \/nope\/chrome, but there is no file there\./);
  });
});
