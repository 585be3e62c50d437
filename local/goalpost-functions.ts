/** Goalpost's own custom functions, bound to a workbook's time zone, for the local engine. */
import { bindCustomFunctions, FUNCTION_SPECS } from '../src/functions/index.ts';
import type { CustomFunctionSet } from './engine/function-plugin.ts';

export function goalpostFunctions(timeZone: () => string): CustomFunctionSet {
  return { specs: FUNCTION_SPECS, functions: bindCustomFunctions({ timeZone }) };
}
