// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countingSteps,
  damagedFile,
  importOnce,
  prototypeSnapshot,
  SEEDS,
  stepBudget,
} from '../../../fixtures/fuzz';

// Bounded so `npm test` stays quick; `npm run fuzz` runs the same properties much longer.
const RUNS = { numRuns: 300, seed: 17 };

describe('importing damaged real files', () => {
  it('every seed opens as it is', () => {
    for (const seed of SEEDS) expect(importOnce(seed)).toBe('opened');
  });

  it('gives a dataset or an ImportError, leaves prototypes alone, within its step budget', () => {
    const before = prototypeSnapshot();
    fc.assert(
      fc.property(damagedFile, (input) => {
        const { steps } = countingSteps(() => importOnce(input));
        expect(steps).toBeLessThanOrEqual(stepBudget(input.text!));
        expect(prototypeSnapshot()).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      RUNS,
    );
  });
});
