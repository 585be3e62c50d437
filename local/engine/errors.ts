/**
 * HyperFormula's error types as Sheets shows them: the code in the cell and the message in
 * its hover note. Sheets has no #SPILL! or #CYCLE!: a blocked array is #REF! ("Array result
 * was not expanded because it would overwrite data in B3."), a cycle is #REF! too.
 */
import type { CellErrorInfo } from '../model/cell.ts';

const CODES: Record<string, { code: string; message?: string }> = {
  DIV_BY_ZERO: { code: '#DIV/0!', message: 'Function DIVIDE parameter 2 cannot be zero.' },
  NA: { code: '#N/A' },
  NAME: { code: '#NAME?' },
  NUM: { code: '#NUM!' },
  REF: { code: '#REF!' },
  VALUE: { code: '#VALUE!' },
  CYCLE: { code: '#REF!', message: 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.' },
  ERROR: { code: '#ERROR!' },
  LIC: { code: '#ERROR!' },
  SPILL: { code: '#REF!' },
};

export function errorInfo(type: string, message: string): CellErrorInfo {
  if (type === 'SPILL') {
    const base = 'Array result was not expanded because it would overwrite data';
    return { code: '#REF!', message: message ? `${base} in ${message}.` : `${base}.` };
  }
  const entry = CODES[type] ?? { code: '#ERROR!' };
  // Only HyperFormula's own parser failures read as Sheets' "Formula parse error."; a custom
  // function's message (GOAL_PARSE's among them) is shown as thrown, as Sheets does.
  const text = type === 'ERROR' && /^Parsing error\b/.test(message) ? 'Formula parse error.' : (entry.message ?? message);
  return { code: entry.code, message: text };
}
