/** Developer metadata beyond the platform cases: finder scopes, moving, editing, removing. */
import { describe, expect, it } from 'vitest';
import { firstSheet, localWith } from './helpers.ts';

function setUp() {
  const s = localWith();
  const app = s.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = firstSheet(s);
  ss.addDeveloperMetadata('k', 'spreadsheet');
  sheet.addDeveloperMetadata('k', 'sheet');
  sheet.getRange('3:5').addDeveloperMetadata('k', 'rows 3-5');
  sheet.getRange('B:B').addDeveloperMetadata('k', 'column B');
  ss.insertSheet('Other').getRange('3:3').addDeveloperMetadata('k', 'other row 3');
  return { s, app, ss, sheet };
}

const values = (list: Array<{ getValue(): string | null }>) => list.map((m) => m.getValue()).sort();

describe('developer metadata finders', () => {
  it('the spreadsheet finder sees everything; a sheet finder sees its sheet, rows and columns', () => {
    const { ss, sheet } = setUp();
    expect(values(ss.createDeveloperMetadataFinder().withKey('k').find())).toEqual(['column B', 'other row 3', 'rows 3-5', 'sheet', 'spreadsheet']);
    expect(values(sheet.createDeveloperMetadataFinder().find())).toEqual(['column B', 'rows 3-5', 'sheet']);
  });

  it('a range finder matches exact locations, or intersecting ones when asked', () => {
    const { sheet } = setUp();
    expect(values(sheet.getRange('3:5').createDeveloperMetadataFinder().find())).toEqual(['rows 3-5']);
    expect(values(sheet.getRange('4:4').createDeveloperMetadataFinder().find())).toEqual([]);
    expect(values(sheet.getRange('B4').createDeveloperMetadataFinder().onIntersectingLocations().find())).toEqual(['column B', 'rows 3-5', 'sheet']);
    expect(values(sheet.getRange('3:5').getDeveloperMetadata())).toEqual(['rows 3-5']);
  });

  it('metadata is edited, moved and removed in place', () => {
    const { app, ss, sheet } = setUp();
    const md = sheet.getRange('3:5').getDeveloperMetadata()[0];
    md?.setKey('renamed').setValue('v2').setVisibility(app.DeveloperMetadataVisibility.PROJECT);
    expect([md?.getKey(), md?.getValue(), String(md?.getVisibility())]).toEqual(['renamed', 'v2', 'PROJECT']);
    md?.moveToRow(sheet.getRange('9:9'));
    expect(md?.getLocation().getRow()?.getA1Notation()).toBe('9:9');
    expect(() => md?.moveToRow(sheet.getRange('A9:B9'))).toThrow('Adding developer metadata to arbitrary ranges');
    md?.moveToSpreadsheet();
    expect(String(md?.getLocation().getLocationType())).toBe('SPREADSHEET');
    expect(md?.getLocation().getSpreadsheet()?.getId()).toBe(ss.getId());
    md?.remove();
    expect(ss.createDeveloperMetadataFinder().withKey('renamed').find()).toEqual([]);
  });

  it('deleting a sheet removes its metadata', () => {
    const { ss } = setUp();
    const other = ss.getSheetByName('Other');
    if (other) ss.deleteSheet(other);
    expect(values(ss.createDeveloperMetadataFinder().find())).toEqual(['column B', 'rows 3-5', 'sheet', 'spreadsheet']);
  });
});
