/**
 * Whether the registry's documentation (parameter help, return text, examples) is
 * compiled in. The Apps Script build defines globalThis.GOALPOST_NO_DOCS as true, so
 * esbuild folds every `NO_DOCS ? '' : '…'` to '' and drops the text: Sheets reads it from
 * the generated JSDoc stubs, and every custom-function call reloads the bundle, so text
 * only the build needs should not be in it. Tests, the stub generator and README see it all.
 */
export const NO_DOCS: boolean = (globalThis as { GOALPOST_NO_DOCS?: boolean }).GOALPOST_NO_DOCS === true;

/** What an example is where documentation is compiled out. */
export const NO_EXAMPLE = { formula: '', expected: '', working: '' } as const;
