// Browser helpers with no domain meaning: the map's image export and the panels' file exports both
// save through them.

/** Saves a blob under a file name, through a temporary object URL and `<a download>`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoking in the same task can cancel the download in some browsers: let it start first.
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date as yyyy-mm-dd. */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A map's title as a file name: lower case, letters and digits joined by `-` (at most 60). */
export function titleSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/** An export's file name: `silkgraph-<view>-<yyyy-mm-dd>.<ext>`. */
export function exportFileName(view: string, ext: string, date = new Date()): string {
  return `silkgraph-${view}-${isoDate(date)}.${ext}`;
}
