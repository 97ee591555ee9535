import { describe, expect, it } from 'vitest';
import {
  NOTICE_MAX_MS,
  NOTICE_MIN_MS,
  noticeLifetimeMs,
} from '../../../src/components/noticeTiming';

describe('noticeLifetimeMs', () => {
  it('gives a short confirmation the minimum', () => {
    expect(noticeLifetimeMs('Saved map.png')).toBe(NOTICE_MIN_MS);
  });

  it('gives a longer text more time to be read, up to the maximum', () => {
    const sentence = 'Ignored unknown spheres in the link: martial, arts, crafts, music, dance.';
    expect(noticeLifetimeMs(sentence)).toBeGreaterThan(NOTICE_MIN_MS);
    expect(noticeLifetimeMs(sentence.repeat(2))).toBeGreaterThan(noticeLifetimeMs(sentence));
    expect(noticeLifetimeMs(sentence.repeat(10))).toBe(NOTICE_MAX_MS);
  });
});
