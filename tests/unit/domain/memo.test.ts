import { describe, expect, it, vi } from 'vitest';
import { memoizeLast } from '../../../src/domain/memo';

describe('memoizeLast', () => {
  it('returns the same result, without recomputing, for the same arguments', () => {
    const fn = vi.fn((list: number[], n: number) => ({ total: list.length + n }));
    const memo = memoizeLast(fn);
    const list = [1, 2, 3];
    const first = memo(list, 1);
    expect(first).toEqual({ total: 4 });
    expect(memo(list, 1)).toBe(first);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('recomputes when an argument changes identity, even if it is equal in value', () => {
    const fn = vi.fn((list: number[]) => ({ size: list.length }));
    const memo = memoizeLast(fn);
    const first = memo([1, 2]);
    const second = memo([1, 2]);
    expect(second).not.toBe(first);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('recomputes when any one of several arguments changes', () => {
    const fn = vi.fn((a: object, b: object, c: number) => [a, b, c]);
    const memo = memoizeLast(fn);
    const a = {};
    const b = {};
    memo(a, b, 1);
    memo(a, b, 2);
    memo(a, {}, 2);
    memo({}, {}, 2);
    expect(fn).toHaveBeenCalledTimes(4);
  });

  it('remembers only the last call', () => {
    const fn = vi.fn((x: string) => x.toUpperCase());
    const memo = memoizeLast(fn);
    memo('a');
    memo('b');
    memo('a');
    expect(fn).toHaveBeenCalledTimes(3);
    memo('a');
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('recomputes when the number of arguments changes', () => {
    const fn = vi.fn((...xs: number[]) => xs.length);
    const memo = memoizeLast(fn);
    expect(memo(1)).toBe(1);
    expect(memo(1, 2)).toBe(2);
    expect(memo(1)).toBe(1);
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('compares with Object.is: NaN matches NaN, 0 does not match -0', () => {
    const fn = vi.fn((x: number) => ({ x }));
    const memo = memoizeLast(fn);
    memo(NaN);
    memo(NaN);
    expect(fn).toHaveBeenCalledTimes(1);
    memo(0);
    memo(-0);
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('caches an undefined result like any other', () => {
    const fn = vi.fn((_x: number): undefined => undefined);
    const memo = memoizeLast(fn);
    expect(memo(1)).toBeUndefined();
    expect(memo(1)).toBeUndefined();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('keeps the last good result when a call throws', () => {
    let fail = false;
    const fn = vi.fn((x: number) => {
      if (fail) throw new Error('boom');
      return { x };
    });
    const memo = memoizeLast(fn);
    const good = memo(1);
    fail = true;
    expect(() => memo(2)).toThrow('boom');
    expect(memo(1)).toBe(good);
    expect(() => memo(2)).toThrow('boom');
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('keeps a separate memory per memoized function', () => {
    const fn = vi.fn((x: object) => ({ x }));
    const one = memoizeLast(fn);
    const two = memoizeLast(fn);
    const arg = {};
    expect(one(arg)).not.toBe(two(arg));
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
