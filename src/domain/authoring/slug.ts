/**
 * An id made of a name: lower-case ASCII letters, digits and hyphens (the schema's id rule), at most
 * `max` characters, cut at a hyphen where it can be; accents are dropped, and a name with no Latin
 * letter or digit (中国, Казахстан) gives `fallback`.
 */
export function slugOf(name: string, fallback: string, max = 40): string {
  const plain = name.normalize('NFKD').toLowerCase();
  let slug = '';
  let gap = false;
  for (const ch of plain) {
    const c = ch.charCodeAt(0);
    const keep = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    // Combining marks (the accents NFKD split off) vanish rather than cut a word in two.
    if (c >= 0x300 && c <= 0x36f) continue;
    if (!keep) {
      gap = slug.length > 0;
      continue;
    }
    if (gap) slug += '-';
    gap = false;
    slug += ch;
    if (slug.length >= max) break;
  }
  if (slug.length > max) slug = slug.slice(0, max);
  const cut = slug.lastIndexOf('-');
  if (slug.length >= max && cut > max / 2) slug = slug.slice(0, cut);
  return slug === '' ? fallback : slug;
}

/** `base` if no id in `taken` has it, else `base-2`, `base-3`, …: the first one free. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
