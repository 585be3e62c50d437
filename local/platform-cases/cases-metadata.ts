import { equal, ok, throwsStarting } from './assert.ts';
import type { PlatformCase, PlatformEnv } from './case.ts';

const ARBITRARY = 'Adding developer metadata to arbitrary ranges is not currently supported.';

function rowOf(env: PlatformEnv, key: string): number | undefined {
  const found = env.sheet.createDeveloperMetadataFinder().withKey(key).find();
  return found[0]?.getLocation().getRow()?.getRow();
}

export const METADATA_CASES: readonly PlatformCase[] = [
  {
    name: 'metadata on a whole row moves when rows are inserted above it',
    fact: '§4 developer metadata [DOC]: "Metadata moves with its row, column or sheet when rows are inserted or deleted (row 5 becomes row 6)."',
    run: (env) => {
      const key = `${env.prefix}.table`;
      env.sheet.getRange('5:5').addDeveloperMetadata(key, '{"v":1}');
      env.sheet.insertRowsBefore(2, 1);
      equal(rowOf(env, key), 6, 'row');
      env.sheet.deleteRows(1, 2);
      equal(rowOf(env, key), 4, 'row after deleting two above');
    },
  },
  {
    name: 'metadata is deleted with its row',
    fact: '§4 developer metadata [DOC]: "It is deleted together with its object."',
    run: (env) => {
      const key = `${env.prefix}.gone`;
      env.sheet.getRange('3:3').addDeveloperMetadata(key);
      env.sheet.deleteRow(3);
      equal(env.sheet.createDeveloperMetadataFinder().withKey(key).find().length, 0);
    },
  },
  {
    name: 'metadata on an arbitrary range throws Sheets’ error',
    fact: '§4 developer metadata [DOC]: "Arbitrary ranges throw Adding developer metadata to arbitrary ranges is not currently supported..."',
    run: ({ sheet, prefix }) => throwsStarting(() => sheet.getRange('A1:B2').addDeveloperMetadata(`${prefix}.x`), ARBITRARY),
  },
  {
    name: 'metadata on a whole column reads back its column',
    fact: '§4 developer metadata [DOC]: "On a Range, metadata may be added only to an entire row or an entire column (e.g. sheet.getRange(\'5:5\'), \'C:C\')."',
    run: (env) => {
      const key = `${env.prefix}.col`;
      env.sheet.getRange('C:C').addDeveloperMetadata(key, 'status');
      const md = env.sheet.createDeveloperMetadataFinder().withKey(key).find()[0];
      ok(md !== undefined, 'found');
      equal([md?.getValue(), md?.getLocation().getColumn()?.getColumn(), String(md?.getLocation().getLocationType())], ['status', 3, 'COLUMN']);
      env.sheet.insertColumnBefore(1);
      equal(md?.getLocation().getColumn()?.getColumn(), 4, 'column after insert');
    },
  },
  {
    name: 'the finder filters by key, value, location type and visibility',
    fact: '§4 developer metadata [DOC]: "createDeveloperMetadataFinder() with .withKey(k).withValue(v).withLocationType(t).withVisibility(v)...find()".',
    run: (env) => {
      const { app, sheet, prefix } = env;
      const key = `${prefix}.find`;
      sheet.addDeveloperMetadata(key, 'sheet-level');
      sheet.getRange('2:2').addDeveloperMetadata(key, 'row-level', app.DeveloperMetadataVisibility.PROJECT);
      const finder = () => sheet.createDeveloperMetadataFinder().withKey(key);
      equal(finder().find().length, 2, 'by key');
      equal(finder().withValue('row-level').find().map((m) => m.getValue()), ['row-level'], 'by value');
      equal(finder().withLocationType(app.DeveloperMetadataLocationType.SHEET).find().map((m) => m.getValue()), ['sheet-level'], 'by location type');
      equal(finder().withVisibility(app.DeveloperMetadataVisibility.PROJECT).find().map((m) => m.getValue()), ['row-level'], 'by visibility');
      equal(finder().withValue('sheet-level').find().map((m) => String(m.getVisibility())), ['DOCUMENT'], 'default visibility');
    },
  },
  {
    name: 'metadata ids are unique and findable',
    fact: '§4 developer metadata [DOC]: "Each item gets a spreadsheet-unique integer id (getId())."',
    run: (env) => {
      const key = `${env.prefix}.id`;
      env.sheet.getRange('1:1').addDeveloperMetadata(key, 'a');
      env.sheet.getRange('2:2').addDeveloperMetadata(key, 'b');
      const [a, b] = env.sheet.createDeveloperMetadataFinder().withKey(key).find();
      ok(a !== undefined && b !== undefined && a.getId() !== b.getId(), 'distinct ids');
      equal(env.app.getActiveSpreadsheet().createDeveloperMetadataFinder().withId(b?.getId() ?? -1).find().map((m) => m.getValue()), [b?.getValue()]);
    },
  },
];
