/** Every contract case, run by vitest locally and by the contract build in real Sheets. */
import type { ContractCase } from './case.ts';
import { FORMULA_CASES } from './cases-formulas.ts';
import { METADATA_CASES } from './cases-metadata.ts';
import { RULE_CASES } from './cases-rules.ts';
import { SERVICE_CASES } from './cases-services.ts';
import { STRUCTURE_CASES } from './cases-structure.ts';
import { VALUE_CASES } from './cases-values.ts';

export const CONTRACT_CASES: readonly ContractCase[] = [...VALUE_CASES, ...FORMULA_CASES, ...STRUCTURE_CASES, ...METADATA_CASES, ...RULE_CASES, ...SERVICE_CASES];

export type { ContractCase, ContractEnv } from './case.ts';
