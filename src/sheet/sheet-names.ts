import type { SpreadsheetPort } from './ports.ts';

/** A sheet name not yet taken: "Retail goals", then "Retail goals 2", … */
export function uniqueSheetName(ss: SpreadsheetPort, wanted: string): string {
  const base = wanted.replace(/[[\]*?:/\\]/g, ' ').trim().slice(0, 90) || 'Goals';
  if (!ss.getSheetByName(base)) return base;
  for (let n = 2; ; n++) {
    const name = `${base} ${n}`;
    if (!ss.getSheetByName(name)) return name;
  }
}
