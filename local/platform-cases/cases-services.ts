import { equal, ok, throwsStarting } from './assert.ts';
import type { PlatformCase } from './case.ts';

export const SERVICE_CASES: readonly PlatformCase[] = [
  {
    name: 'properties are strings and getProperties is a copy',
    fact: '§5 PropertiesService [DOC]: "Values are strings only; other types are stringified"; "getProperties() (a copy, not a live view)".',
    run: ({ properties, prefix }) => {
      const store = properties.getDocumentProperties();
      const key = `${prefix}.n`;
      store.setProperty(key, 42 as unknown as string);
      const copy = store.getProperties();
      copy[key] = 'changed';
      equal(store.getProperty(key), '42');
      store.deleteProperty(key);
      equal(store.getProperty(key), null, 'deleted');
    },
  },
  {
    name: 'a property value over 9 KB is refused',
    fact: '§5 PropertiesService [DOC]: "9 KB per value; 500 KB per property store."',
    unconfirmed: true,
    run: ({ properties, prefix }) => {
      throwsStarting(() => properties.getDocumentProperties().setProperty(`${prefix}.big`, 'x'.repeat(10 * 1024)), 'Argument too large');
    },
  },
  {
    name: 'the document lock is held between tryLock and releaseLock',
    fact: '§5 LockService [DOC]: "tryLock(ms) returns a boolean", "hasLock()", "releaseLock()".',
    run: ({ lock, app }) => {
      const l = lock.getDocumentLock();
      ok(l.tryLock(1000), 'acquired');
      ok(l.hasLock(), 'held');
      app.flush();
      l.releaseLock();
      ok(!l.hasLock(), 'released');
    },
  },
  {
    name: 'inserting a sheet with a taken name throws',
    fact: '§4 (Spreadsheet API) insertSheet(name): sheet names are unique in a spreadsheet.',
    run: ({ app, sheet }) => throwsStarting(() => app.getActiveSpreadsheet().insertSheet(sheet.getName()), `A sheet with the name "${sheet.getName()}" already exists. Please enter another name.`),
  },
  {
    name: 'a property store refuses to grow past 500 KB',
    fact: '§5 PropertiesService [DOC]: "9 KB per value; 500 KB per property store." (The message is not documented.)',
    unconfirmed: true,
    run: ({ properties, prefix }) => {
      const store = properties.getDocumentProperties();
      const value = 'x'.repeat(8000);
      const keys: string[] = [];
      try {
        throwsStarting(() => {
          for (let i = 0; i < 80; i++) {
            const key = `${prefix}.fill.${i}`;
            store.setProperty(key, value);
            keys.push(key);
          }
        }, 'You have exceeded the property storage quota');
        const written = keys.length * 8000;
        ok(written > 450 * 1024 && written <= 500 * 1024, `refused after ${written} bytes`);
      } finally {
        keys.forEach((k) => store.deleteProperty(k));
      }
    },
  },
];
