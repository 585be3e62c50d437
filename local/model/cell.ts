/** What a cell holds in the store: a plain value, or a formula the engine evaluates. */

export class Formula {
  constructor(readonly text: string) {}
}

export type Plain = string | number | boolean;
export type Content = Plain | Formula;

/** A computed cell error as Sheets shows it (#REF!, #ERROR!...) with the hover message. */
export interface CellErrorInfo {
  readonly code: string;
  readonly message: string;
}
