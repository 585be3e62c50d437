/** Every platform case, run by vitest locally and by the platform-cases build in real Sheets. */
import type { PlatformCase } from './case.ts';
import { FORMULA_CASES } from './cases-formulas.ts';
import { METADATA_CASES } from './cases-metadata.ts';
import { RULE_CASES } from './cases-rules.ts';
import { SERVICE_CASES } from './cases-services.ts';
import { STRUCTURE_CASES } from './cases-structure.ts';
import { VALUE_CASES } from './cases-values.ts';

export const PLATFORM_CASES: readonly PlatformCase[] = [...VALUE_CASES, ...FORMULA_CASES, ...STRUCTURE_CASES, ...METADATA_CASES, ...RULE_CASES, ...SERVICE_CASES];

export type { PlatformCase, PlatformEnv } from './case.ts';
