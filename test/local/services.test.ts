/** The services besides the grid: properties, lock, Ui, HtmlService, Session, ScriptApp, call counting, sheets. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalServices } from '../../local/index.ts';
import type { LockServicePort, SpreadsheetAppPort } from '../../src/sheet/ports.ts';
import { firstSheet, localWith } from './helpers.ts';

describe('PropertiesService', () => {
  it('keeps three separate stores of strings', () => {
    const s = localWith();
    const p = s.PropertiesService;
    p.getDocumentProperties().setProperty('k', 'doc');
    p.getUserProperties().setProperty('k', 'user');
    expect([p.getDocumentProperties().getProperty('k'), p.getUserProperties().getProperty('k'), p.getScriptProperties().getProperty('k')]).toEqual(['doc', 'user', null]);
    p.getDocumentProperties().setProperties({ a: '1', b: '2' }, true);
    expect(p.getDocumentProperties().getKeys().sort()).toEqual(['a', 'b']);
    p.getDocumentProperties().deleteAllProperties();
    expect(p.getDocumentProperties().getProperties()).toEqual({});
  });

  // [DOC] platform §5: "9 KB per value; 500 KB per property store."
  it.each([
    ['a value of 9 KB fits', () => 'x'.repeat(9 * 1024 - 1), true],
    ['a value over 9 KB is refused', () => 'x'.repeat(9 * 1024 + 1), false],
  ])('%s', (_name, value, fits) => {
    const store = localWith().PropertiesService.getUserProperties();
    const set = () => store.setProperty('k', value());
    if (fits) expect(set).not.toThrow();
    else expect(set).toThrow('Argument too large: value');
  });

  it('a store over 500 KB is refused and left as it was', () => {
    const store = localWith().PropertiesService.getScriptProperties();
    for (let i = 0; i < 56; i++) store.setProperty(`k${i}`, 'x'.repeat(9000));
    expect(() => store.setProperty('one-more', 'x'.repeat(9000))).toThrow('You have exceeded the property storage quota');
    expect(store.getProperty('one-more')).toBeNull();
  });
});

describe('LockService', () => {
  function guardedWrite(app: SpreadsheetAppPort, locks: LockServicePort): void {
    const lock = locks.getDocumentLock();
    lock.waitLock(10_000);
    try {
      app.getActiveSheet().getRange('A1').setValue('written');
      app.flush();
    } finally {
      lock.releaseLock();
    }
  }

  it('orders lock, writes, flush, release', () => {
    const s = localWith();
    s.counter.reset();
    guardedWrite(s.SpreadsheetApp, s.LockService);
    expect(s.counter.calls()).toEqual(['LockService.getDocumentLock', 'Lock.waitLock', 'SpreadsheetApp.getActiveSheet', 'Sheet.getRange', 'Range.setValue', 'SpreadsheetApp.flush', 'Lock.releaseLock']);
    expect(s.local.lock.holder()).toBeNull();
  });

  it('another execution holding the lock: tryLock is false and waitLock throws Sheets’ timeout', () => {
    const s = localWith();
    s.local.lock.holdByOtherExecution('document');
    expect(s.LockService.getDocumentLock().tryLock(1000)).toBe(false);
    expect(() => guardedWrite(s.SpreadsheetApp, s.LockService)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(firstSheet(s).getRange('A1').getValue()).toBe('');
    expect(s.LockService.getScriptLock().tryLock(0)).toBe(true);
  });

  it('a wait long enough gets the lock once the other execution lets go', () => {
    const s = localWith();
    s.local.lock.holdByOtherExecution('document', 3000);
    expect(s.LockService.getDocumentLock().tryLock(1000)).toBe(false);
    guardedWrite(s.SpreadsheetApp, s.LockService);
    expect(firstSheet(s).getRange('A1').getValue()).toBe('written');
  });
});

describe('Ui, HtmlService, Session, ScriptApp', () => {
  it('records menus, sidebars, alerts and toasts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'goalpost-html-'));
    writeFileSync(join(dir, 'Sidebar.html'), '<!DOCTYPE html><p>Goals</p>');
    try {
      const s = localWith({ htmlRoot: dir });
      const ui = s.SpreadsheetApp.getUi();
      ui.createAddonMenu().addItem('Open goals panel', 'showSidebar').addSeparator().addItem('Insert function guide', 'insertGuide').addToUi();
      ui.showSidebar(s.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Goals'));
      s.local.ui.answerAlerts('NO');
      expect(String(ui.alert('Replace?', 'The table exists.', ui.ButtonSet.YES_NO))).toBe('NO');
      expect(ui.alert('Done') === ui.Button.OK).toBe(true);
      s.SpreadsheetApp.getActiveSpreadsheet().toast('Saved', 'Goalpost');
      expect(s.local.ui.menus()).toEqual([{ caption: 'Goalpost', addon: true, items: [{ caption: 'Open goals panel', functionName: 'showSidebar' }, { caption: '', separator: true }, { caption: 'Insert function guide', functionName: 'insertGuide' }] }]);
      expect(s.local.ui.sidebars()).toEqual([{ kind: 'sidebar', title: 'Goals', html: '<!DOCTYPE html><p>Goals</p>' }]);
      expect(s.local.ui.alerts().map((a) => [a.prompt, a.answer])).toEqual([['The table exists.', 'NO'], ['Done', 'OK']]);
      expect(s.local.ui.toasts()).toEqual([{ kind: 'toast', message: 'Saved', title: 'Goalpost', timeoutSeconds: 5 }]);
      expect(() => s.HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('Session and ScriptApp answer minimally', () => {
    const s = createLocalServices({ functions: 'none', userEmail: 'ana@example.com' });
    expect(s.Session.getActiveUser().getEmail()).toBe('ana@example.com');
    expect(String(s.ScriptApp.AuthMode.FULL)).toBe('FULL');
    expect(s.ScriptApp.AuthMode.NONE === s.ScriptApp.AuthMode.NONE).toBe(true);
  });
});

describe('sheets of the spreadsheet', () => {
  it('insert, get by name, rename, activate, hide, delete', () => {
    const ss = localWith().SpreadsheetApp.getActiveSpreadsheet();
    const goals = ss.insertSheet('Goals');
    expect(ss.getActiveSheet().getName()).toBe('Goals');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Goals']);
    ss.insertSheet('First', 0);
    expect(ss.getSheets().map((s) => s.getIndex())).toEqual([1, 2, 3]);
    goals.setName('My goals');
    expect(ss.getSheetByName('Goals')).toBeNull();
    expect(ss.getSheetByName('My goals')?.getSheetId()).toBe(goals.getSheetId());
    goals.hideSheet();
    expect(goals.isSheetHidden()).toBe(true);
    ss.getSheetByName('Sheet1')?.activate();
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    ss.deleteSheet(goals);
    expect(ss.getNumSheets()).toBe(2);
    expect(() => ss.insertSheet('First')).toThrow('A sheet with the name "First" already exists. Please enter another name.');
  });

  it('the last sheet cannot be deleted', () => {
    const ss = localWith().SpreadsheetApp.getActiveSpreadsheet();
    expect(() => ss.deleteSheet(ss.getSheets()[0] as never)).toThrow("You can't remove all the sheets in a document.");
  });

  it('a range on a missing sheet is not found', () => {
    const ss = localWith().SpreadsheetApp.getActiveSpreadsheet();
    expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
  });

  it('time zone and locale', () => {
    const ss = localWith({ timeZone: 'Europe/Berlin' }).SpreadsheetApp.getActiveSpreadsheet();
    expect([ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()]).toEqual(['Europe/Berlin', 'en_US']);
    ss.setSpreadsheetTimeZone('Asia/Tokyo');
    ss.setSpreadsheetLocale('de_DE');
    expect([ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()]).toEqual(['Asia/Tokyo', 'de_DE']);
    expect(() => ss.setSpreadsheetTimeZone('Mars/Olympus')).toThrow('Invalid argument: timeZone');
  });
});

describe('call counting', () => {
  it('counts every call by method and resets', () => {
    const s = localWith();
    const sheet = s.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:B2').setValues([[1, 2], [3, 4]]);
    sheet.getRange('A1:B2').getValues();
    sheet.getRange('A1').getValue();
    expect(s.counter.counts()).toEqual({ 'Range.getValue': 1, 'Range.getValues': 1, 'Range.setValues': 1, 'Sheet.getRange': 3, 'SpreadsheetApp.getActiveSheet': 1 });
    expect(s.counter.total()).toBe(7);
    s.counter.reset();
    expect(s.counter.total()).toBe(0);
  });

  it('calls the local code makes on its own objects are not counted', () => {
    const s = localWith();
    const sheet = s.SpreadsheetApp.getActiveSheet();
    s.counter.reset();
    sheet.getDataRange();
    expect(s.counter.counts()).toEqual({ 'Sheet.getDataRange': 1 });
  });

  it('objects handed back keep working through the counter', () => {
    const s = localWith();
    const app = s.SpreadsheetApp;
    const sheet = app.getActiveSheet();
    const rule = app.newDataValidation().requireCheckbox().build();
    sheet.getRange('A1:A2').setDataValidations([[rule], [null]]);
    expect(String(sheet.getRange('A1').getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
    expect(s.counter.counts()['DataValidationBuilder.requireCheckbox']).toBe(1);
  });

  // Regression: wrapResult looked only at value[0], so service objects in a 2-D result
  // whose first row held none were handed out unwrapped and their calls went uncounted.
  it.each<[string, string, number, number]>([
    ['first row empty', 'A2', 1, 0],
    ['first rows empty', 'A3', 2, 0],
    ['first column empty', 'B1', 0, 1],
    ['first cell set', 'A1', 0, 0],
  ])('regression: a validation grid’s objects are counted (%s)', (_name, cell, row, col) => {
    const s = localWith();
    const app = s.SpreadsheetApp;
    const sheet = app.getActiveSheet();
    sheet.getRange(cell).setDataValidation(app.newDataValidation().requireCheckbox().build());
    const grid = sheet.getRange('A1:B3').getDataValidations();
    s.counter.reset();
    expect(String(grid[row]?.[col]?.getCriteriaType())).toBe('CHECKBOX');
    expect(s.counter.counts()).toEqual({ 'DataValidation.getCriteriaType': 1 });
  });

  it('plain results stay as they are: values grids, lists of names', () => {
    const s = localWith();
    const sheet = s.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:B2').setValues([['', ''], [1, 'x']]);
    const values = sheet.getRange('A1:B2').getValues();
    expect(values).toEqual([['', ''], [1, 'x']]);
    expect(s.SpreadsheetApp.getActiveSpreadsheet().getSheets().map((sh) => sh.getName())).toEqual(['Sheet1']);
  });
});
