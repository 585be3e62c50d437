/**
 * Where the browser tests find Chromium or Chrome: CHROME_PATH if set, else the usual
 * install places on Linux, macOS and Windows, else the names on PATH. None found is an
 * error that says how to get one, never a silent skip.
 */
import { existsSync } from 'node:fs';

export interface Machine {
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  exists(path: string): boolean;
}

const LINUX = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
const MAC_APPS = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
const WINDOWS = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'msedge'];

export function candidates(m: Machine): string[] {
  if (m.platform === 'darwin') {
    const home = m.env.HOME;
    return [...MAC_APPS.map((a) => `/Applications/${a}`), ...(home ? MAC_APPS.map((a) => `${home}/Applications/${a}`) : [])];
  }
  if (m.platform === 'win32') {
    const roots = [m.env.PROGRAMFILES, m.env['PROGRAMFILES(X86)'], m.env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return roots.flatMap((root) => WINDOWS.map((p) => `${root}\\${p}`));
  }
  return LINUX;
}

function onPath(m: Machine): string[] {
  // The machine's own separators, not this process's: the tests describe other platforms too.
  const windows = m.platform === 'win32';
  const dirs = (m.env.PATH ?? m.env.Path ?? '').split(windows ? ';' : ':').filter(Boolean);
  const names = windows ? PATH_NAMES.map((n) => `${n}.exe`) : PATH_NAMES;
  return dirs.flatMap((d) => names.map((n) => `${d.replace(/[\\/]$/, '')}${windows ? '\\' : '/'}${n}`));
}

const FIX = [
  'Install one, or point CHROME_PATH at one:',
  '  Debian/Ubuntu: sudo apt-get install -y chromium   (.ci/run does this)',
  '  macOS:         install Google Chrome, or brew install --cask chromium',
  '  Windows:       install Google Chrome or use Microsoft Edge',
  '  any:           CHROME_PATH=/path/to/chrome npm test',
].join('\n');

export class ChromeNotFound extends Error {}

/** The browser to drive, or ChromeNotFound naming where it looked and the fix. */
export function findChrome(m: Machine = { platform: process.platform, env: process.env, exists: existsSync }): string {
  const given = m.env.CHROME_PATH;
  if (given) {
    if (m.exists(given)) return given;
    throw new ChromeNotFound(`CHROME_PATH is ${given}, but there is no file there.\n${FIX}`);
  }
  const places = [...candidates(m), ...onPath(m)];
  const found = places.find((p) => m.exists(p));
  if (found) return found;
  throw new ChromeNotFound(`The browser tests need Chromium or Chrome and found none (looked in ${candidates(m).join(', ')} and on PATH).\n${FIX}`);
}

/** Flags that work headless in containers and CI (no sandbox: CI often runs as root). */
export const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
