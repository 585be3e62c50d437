import { describe, expect, it } from 'vitest';
import type { AdoptionDto } from '../../src/contract/dto.ts';
import { mappingFrom, roleLabel } from '../../sidebar/adopt-mapping.ts';
import { GOAL_COLUMNS } from '../../src/sheet/goal-columns.ts';
import { COLUMN_ROLES } from '../../src/core/vocabulary.ts';

const proposal: AdoptionDto = {
  sheetName: 'Mine', headerRow: 1, missing: [], unmapped: [], added: [], applied: false, tableId: null, report: [],
  columns: [
    { column: 'A', header: 'Goal', role: 'goal', by: 'name' },
    { column: 'B', header: 'Metric', role: null, by: null },
    { column: 'C', header: 'Aim', role: 'target', by: 'synonym' },
  ],
};

describe('the adopt mapping sent', () => {
  it('is empty when the user keeps the proposal', () => {
    expect(mappingFrom(proposal, {})).toEqual({});
  });
  it('maps a role the user chose and unmaps one the user cleared', () => {
    expect(mappingFrom(proposal, { B: 'kpi', C: '' })).toEqual({ kpi: 'B', target: null });
  });
  it('moves a role to another column without unmapping it', () => {
    expect(mappingFrom(proposal, { B: 'target', C: '' })).toEqual({ target: 'B' });
  });
});

describe('the roles the mapping screen offers', () => {
  it('are named by the headers a goal table gives their columns, not by their ids', () => {
    expect(roleLabel('readingDate')).toBe('Reading date');
    expect(roleLabel('kpi')).toBe('KPI');
    for (const role of COLUMN_ROLES) expect(roleLabel(role)).toBe(GOAL_COLUMNS.find((c) => c.role === role)?.header);
  });
});
