/**
 * A small evaluator for the formulas README and the function guide show: one call of a
 * custom function whose arguments are literals (numbers, "text", TRUE/FALSE,
 * DATE(y,m,d), {a,b;c,d} arrays) or cell references resolved by the caller. It exists so
 * those examples run as tests without a spreadsheet; the local spreadsheet runs them too.
 */
import { dayFromYmd, instantFromSerial } from '../../src/core/dates.ts';

export type Lookup = (ref: string) => unknown;

export interface Call {
  readonly name: string;
  readonly args: unknown[];
}

class Parser {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly timeZone: string,
    private readonly lookup: Lookup,
  ) {}

  private ws(): void {
    while (this.s[this.i] === ' ') this.i++;
  }
  private eat(ch: string): void {
    this.ws();
    if (this.s[this.i] !== ch) throw new Error(`expected "${ch}" at ${this.i} in ${this.s}`);
    this.i++;
  }
  private peek(): string | undefined {
    this.ws();
    return this.s[this.i];
  }

  call(): Call {
    const name = /^[A-Z_]+/.exec(this.s.slice(this.i))?.[0];
    if (!name) throw new Error(`no function name in ${this.s}`);
    this.i += name.length;
    this.eat('(');
    const args: unknown[] = [];
    if (this.peek() !== ')') {
      args.push(this.value());
      while (this.peek() === ',') {
        this.i++;
        args.push(this.value());
      }
    }
    this.eat(')');
    return { name, args };
  }

  private value(): unknown {
    const ch = this.peek();
    const rest = this.s.slice(this.i);
    if (ch === '"') {
      const end = this.s.indexOf('"', this.i + 1);
      const text = this.s.slice(this.i + 1, end);
      this.i = end + 1;
      return text;
    }
    if (ch === '{') return this.array();
    const num = /^-?\d+(\.\d+)?/.exec(rest);
    if (num) {
      this.i += num[0].length;
      return Number(num[0]);
    }
    if (rest.startsWith('TRUE')) return (this.i += 4), true;
    if (rest.startsWith('FALSE')) return (this.i += 5), false;
    if (rest.startsWith('DATE(')) {
      const inner = this.call();
      const [y, m, d] = inner.args as number[];
      return new Date(instantFromSerial(dayFromYmd(y ?? 0, m ?? 0, d ?? 0), this.timeZone));
    }
    const ref = /^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?/.exec(rest);
    if (ref) {
      this.i += ref[0].length;
      return this.lookup(ref[0]);
    }
    throw new Error(`cannot read "${rest}"`);
  }

  private array(): unknown[][] {
    this.eat('{');
    const rows: unknown[][] = [[]];
    for (;;) {
      (rows[rows.length - 1] as unknown[]).push(this.value());
      const sep = this.peek();
      this.i++;
      if (sep === '}') return rows;
      if (sep === ';') rows.push([]);
      else if (sep !== ',') throw new Error(`bad array separator "${sep}"`);
    }
  }
}

export function parseFormula(formula: string, timeZone: string, lookup: Lookup = () => {
  throw new Error('no cells here');
}): Call {
  if (!formula.startsWith('=')) throw new Error(`not a formula: ${formula}`);
  return new Parser(formula.slice(1), timeZone, lookup).call();
}
