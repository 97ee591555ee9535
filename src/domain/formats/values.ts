import type { AttrValue, AttributeType } from './model';

const NUMERIC_TYPES = new Set([
  'integer',
  'int',
  'long',
  'short',
  'byte',
  'float',
  'double',
  'bigdecimal',
  'biginteger',
]);

/** Maps a GEXF or GraphML attribute type (`integer`, `double`, `liststring`…) to ours. */
export function attributeTypeOf(declared: string | null | undefined): AttributeType {
  const t = (declared ?? 'string').trim().toLowerCase();
  if (NUMERIC_TYPES.has(t)) return 'number';
  if (t === 'boolean') return 'boolean';
  return 'string';
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Reads a value written as text into its declared type: blank numbers and booleans are null;
 * returns undefined when the text does not fit the type (e.g. "abc" for a number).
 */
export function readTyped(raw: string, type: AttributeType): AttrValue | undefined {
  if (type === 'string') return raw;
  const t = raw.trim();
  if (t === '') return null;
  if (type === 'number') {
    if (/^[+-]?(infinity|inf|nan)$/i.test(t)) return null;
    return NUMBER.test(t) ? Number(t) : undefined;
  }
  const lower = t.toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0') return false;
  return undefined;
}

/** Infers the type of a text column (CSV): number or boolean when every non-blank cell fits. */
export function inferType(values: readonly string[]): AttributeType {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length === 0) return 'string';
  // Leading zeros mark codes (postcodes, ids) that must stay text.
  if (filled.every((v) => NUMBER.test(v) && !/^[+-]?0\d/.test(v))) return 'number';
  if (filled.every((v) => /^(true|false)$/i.test(v))) return 'boolean';
  return 'string';
}

/** Writes a value as text for XML and CSV writers (null as the empty string). */
export function valueText(value: AttrValue): string {
  if (value === null) return '';
  return typeof value === 'string' ? value : String(value);
}

/** The type a writer declares for an attribute column. */
export function declaredType(type: AttributeType): 'string' | 'double' | 'boolean' {
  return type === 'number' ? 'double' : type;
}
