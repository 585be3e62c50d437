/** The shape of a custom function's public description: what Sheets' formula helper and README show. */
export interface ParamSpec {
  readonly name: string;
  readonly description: string;
  /** Whether the argument may be a range (a 2-D array) rather than one value. */
  readonly acceptsRange: boolean;
  readonly optional: boolean;
}

export interface FunctionSpec {
  readonly name: string;
  readonly summary: string;
  readonly params: readonly ParamSpec[];
  readonly returns: string;
}

/** What a custom function may learn about the spreadsheet it runs in. Read lazily: only when a Date crosses the boundary. */
export interface FunctionEnv {
  timeZone(): string;
}

export type CustomFunction = (...args: unknown[]) => unknown;
