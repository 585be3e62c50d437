/** Types of tsv.js (plain JS, served to the page as it is), for the tests that import it. */
export function parseTsv(text: string): string[][];
export function toTsv(rows: ReadonlyArray<ReadonlyArray<string>>): string;
