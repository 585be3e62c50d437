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
   * Whether an array holds service objects (ours or their proxies): the first non-blank leaf
   * decides, since a method returns either service objects (with nulls between them) or
   * plain values. So a 100,000-row getValues is not scanned cell by cell, while a grid of
   * validations whose first rows are empty is still found.
   */
  private holds(value: unknown, depth: number, test: (v: object) => boolean): boolean | undefined {
    if (value === null || value === undefined) return undefined;
    if (!Array.isArray(value)) return typeof value === 'object' && test(value);
    if (depth === 0) return false;
    for (const v of value) {
      const found = this.holds(v, depth - 1, test);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private readonly isProxy = (v: object): boolean => this.targets.has(v);

  private unwrapDeep(value: unknown, depth: number): unknown {
    if (Array.isArray(value)) return depth > 0 && this.holds(value, depth, this.isProxy) ? value.map((v) => this.unwrapDeep(v, depth - 1)) : value;
    return this.unwrap(value);
  }

  /** Service objects handed out, alone or anywhere in a 1-D or 2-D array, become proxies. */
  private wrapResult(value: unknown): unknown {
    if (isKinded(value)) return this.wrap(value);
    if (!Array.isArray(value) || !this.holds(value, 2, isKinded)) return value;
    return value.map((v: unknown) => (Array.isArray(v) ? v.map((x) => (isKinded(x) ? this.wrap(x) : x)) : isKinded(v) ? this.wrap(v) : v));
  }
}
