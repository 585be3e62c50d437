/**
 * Counts every service call by method ("Range.getValues"), in order, because round-trips
 * are the main cost on Apps Script and tests and benchmarks state how many an operation
 * takes. Objects handed to callers are runtime Proxies over the local classes; their
 * static types stay the port interfaces. Calls the local code makes on its own objects go
 * to the targets and are not counted.
 */

/** Marks local service objects and names their Apps Script class. */
export const KIND: unique symbol = Symbol('apps-script-class');

export interface Kinded {
  readonly [KIND]: string;
}

const LOG_LIMIT = 1_000_000;

function isKinded(v: unknown): v is Kinded & object {
  return typeof v === 'object' && v !== null && KIND in v;
}

export class CallCounter {
  private readonly byMethod = new Map<string, number>();
  private log: string[] = [];
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  record(method: string): void {
    this.byMethod.set(method, (this.byMethod.get(method) ?? 0) + 1);
    if (this.log.length < LOG_LIMIT) this.log.push(method);
  }

  /** Calls per method since the last reset, e.g. { 'Range.getValues': 3 }. */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.byMethod.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  total(): number {
    let sum = 0;
    for (const n of this.byMethod.values()) sum += n;
    return sum;
  }

  /** Method names in call order since the last reset. */
  calls(): readonly string[] {
    return this.log;
  }

  reset(): void {
    this.byMethod.clear();
    this.log = [];
  }

  /** The counting proxy for a local object (the same proxy each time). */
  wrap<T extends object>(target: T, kind = isKinded(target) ? target[KIND] : 'Object'): T {
    const known = this.proxies.get(target);
    if (known) return known as T;
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        const v: unknown = Reflect.get(t, prop, t);
        if (typeof v !== 'function' || typeof prop !== 'string' || prop === 'constructor') return v;
        return (...args: unknown[]) => {
          this.record(`${kind}.${prop}`);
          return this.wrapResult((v as (...a: unknown[]) => unknown).apply(t, args.map((a) => this.unwrapDeep(a, 2))));
        };
      },
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  /** The local object behind a proxy (or the value itself). */
  unwrap<T>(value: T): T {
    if (typeof value !== 'object' || value === null) return value;
    return (this.targets.get(value) as T | undefined) ?? value;
  }

  /**
   * Arguments may carry our proxies (setRanges([range]), setDataValidations([[rule]])).
   * The first non-blank leaf decides whether an array holds proxies, so a 100,000-row
   * setValues is not copied cell by cell.
   */
  private holdsProxies(value: unknown, depth: number): boolean | undefined {
    if (value === null || value === undefined) return undefined;
    if (!Array.isArray(value)) return typeof value === 'object' && this.targets.has(value);
    if (depth === 0) return false;
    for (const v of value) {
      const found = this.holdsProxies(v, depth - 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private unwrapDeep(value: unknown, depth: number): unknown {
    if (Array.isArray(value)) return depth > 0 && this.holdsProxies(value, depth) ? value.map((v) => this.unwrapDeep(v, depth - 1)) : value;
    return this.unwrap(value);
  }

  private wrapResult(value: unknown): unknown {
    if (isKinded(value)) return this.wrap(value);
    if (Array.isArray(value) && value.length > 0) {
      if (value.some(isKinded)) return value.map((v) => (isKinded(v) ? this.wrap(v) : v));
      const first = value[0];
      if (Array.isArray(first) && first.some(isKinded)) return value.map((row: unknown[]) => row.map((v) => (isKinded(v) ? this.wrap(v) : v)));
    }
    return value;
  }
}
