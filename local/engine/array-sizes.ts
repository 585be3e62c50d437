/**
 * Array sizes of custom-function results. HyperFormula must reserve an array's area before
 * evaluating it; Sheets learns the size from the result. So sizes are predicted (learnt
 * from an earlier result, or guessed from the tallest range argument), checked against
 * what the function returned, and formulas whose size changed are entered again.
 */
import type { Rect } from '../a1/a1-notation.ts';
import type { Formula } from '../model/cell.ts';

export interface Size {
  readonly rows: number;
  readonly cols: number;
}

/** An area an array gave up when it shrank, on a HyperFormula sheet. */
export interface FreedArea {
  readonly sheet: number;
  readonly rect: Rect;
}

/** Keys are HyperFormula "sheet:row:col" of the formula cell. */
export class ArraySizes {
  readonly sizes = new Map<string, Size>();
  private readonly mismatched = new Set<string>();
  private readonly guessed = new Set<string>();
  private readonly noGuess = new Set<string>();
  /** By formula object: formulas move with their cells, so a rebuild starts with the right sizes. */
  private readonly learnt = new WeakMap<Formula, Size>();
  private freed: FreedArea[] = [];

  /** Forgets everything tied to HyperFormula addresses (kept: what each formula learnt). */
  reset(): void {
    this.sizes.clear();
    this.mismatched.clear();
    this.guessed.clear();
    this.noGuess.clear();
    this.freed = [];
  }

  seed(key: string, formula: Formula): void {
    const size = this.learnt.get(formula);
    if (size) this.sizes.set(key, size);
  }

  /**
   * The size to reserve. A guess is taken only when `areaIsFree` says the store cells it
   * covers are empty, and only once: a blocked guess is never evaluated, so it is dropped.
   */
  predict(key: string, guess: Size | undefined, areaIsFree: (size: Size) => boolean): Size | undefined {
    const known = this.sizes.get(key);
    if (known || !guess || this.noGuess.has(key) || !areaIsFree(guess)) return known;
    this.sizes.set(key, guess);
    this.guessed.add(key);
    return guess;
  }

  /** Records the size a result had; a change queues the formula to be entered again. */
  note(key: string, rows: number, cols: number, formula: Formula | undefined): void {
    this.guessed.delete(key);
    // Kept even when 1×1: a known size is never guessed again.
    if (formula) this.learnt.set(formula, { rows, cols });
    const predicted = this.sizes.get(key) ?? { rows: 1, cols: 1 };
    if (predicted.rows === rows && predicted.cols === cols) return;
    if (rows < predicted.rows || cols < predicted.cols) {
      const [sheet, row, col] = key.split(':').map(Number) as [number, number, number];
      this.freed.push({ sheet, rect: { row, col, numRows: predicted.rows, numCols: predicted.cols } });
    }
    this.sizes.set(key, { rows, cols });
    this.mismatched.add(key);
  }

  hasMismatches(): boolean {
    return this.mismatched.size > 0;
  }

  /** Formulas to enter again, arrays that shrank first so arrays that grow fit; and the areas freed. */
  takeMismatches(): { keys: string[]; freed: FreedArea[] } {
    const freed = this.freed;
    const shrank = new Set(freed.map((f) => `${f.sheet}:${f.rect.row}:${f.rect.col}`));
    const keys = [...this.mismatched].sort((a, b) => Number(shrank.has(b)) - Number(shrank.has(a)));
    this.mismatched.clear();
    this.freed = [];
    return { keys, freed };
  }

  /** Of the blocked arrays, those reserved on a guess: forgotten, to run at 1×1 and tell. */
  dropGuesses(blockedKeys: readonly string[]): string[] {
    if (this.guessed.size === 0) return [];
    return blockedKeys.filter((key) => {
      if (!this.guessed.delete(key)) return false;
      this.sizes.delete(key);
      this.noGuess.add(key);
      return true;
    });
  }
}
