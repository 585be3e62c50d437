import { describe, expect, it } from 'vitest';
import { numberOrNull, readNumber } from '../../sidebar/read-number.ts';

describe('reading a typed number', () => {
  it('reads decimal numbers, signs and exponents, around spaces', () => {
    expect(readNumber('Value', ' 46.2 ')).toEqual({ ok: true, value: 46.2 });
    expect(readNumber('Value', '-0.5')).toEqual({ ok: true, value: -0.5 });
    expect(readNumber('Value', '.5')).toEqual({ ok: true, value: 0.5 });
    expect(readNumber('Value', '1e3')).toEqual({ ok: true, value: 1000 });
    expect(readNumber('Value', '0')).toEqual({ ok: true, value: 0 });
  });

  it('refuses a blank (Number("") is 0) with the field and the fix', () => {
    expect(readNumber('Value', '')).toEqual({ ok: false, message: 'Value is blank: give a number' });
    expect(readNumber('New target', '   ')).toEqual({ ok: false, message: 'New target is blank: give a number' });
  });

  it('refuses what is not a number, quoting it', () => {
    expect(readNumber('Value', 'abc')).toEqual({ ok: false, message: 'Value "abc" is not a number: give a number such as 12.5' });
    expect(readNumber('Value', '12,5', '12.5').ok).toBe(false);
    expect(readNumber('Value', '0x10').ok).toBe(false);
    expect(readNumber('Value', 'Infinity').ok).toBe(false);
    expect(readNumber('Value', '1e999').ok).toBe(false);
  });

  it('gives null for a preview when there is no number', () => {
    expect(numberOrNull('')).toBeNull();
    expect(numberOrNull('x')).toBeNull();
    expect(numberOrNull('3')).toBe(3);
  });
});
