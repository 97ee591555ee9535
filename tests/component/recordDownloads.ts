import { afterEach, beforeEach, vi } from 'vitest';

export interface Download {
  blob: Blob;
  name: string;
}

/**
 * Records what the tests of a file would download: jsdom has no object URLs and cannot follow a
 * download link. Call at the top of the file; the list is emptied before each test.
 */
export function recordDownloads(): Download[] {
  const saved: Download[] = [];
  beforeEach(() => {
    saved.length = 0;
    let last: Blob | null = null;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      last = blob;
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ blob: last!, name: this.download });
    });
  });
  afterEach(() => vi.restoreAllMocks());
  return saved;
}
