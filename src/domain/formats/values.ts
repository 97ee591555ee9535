import { t, type MessageId } from '../../i18n/core';
import { quote } from './errors';
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

// Each digit can be read one way only, so a long value that fails fails in one pass.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** What `readTyped` gives for inf, -inf and nan (as NetworkX and numpy write them): no number we keep. */
export const NOT_FINITE = Symbol('not a finite number');
const NON_FINITE = /^[+-]?(?:infinity|inf|nan)$/i;

/**
 * Reads a value written as text into its declared type: blank numbers and booleans are null;
 * NOT_FINITE for inf and nan; undefined when the text does not fit the type ("abc" for a number).
 */
export function readTyped(
  raw: string,
  type: AttributeType,
): AttrValue | undefined | typeof NOT_FINITE {
  if (type === 'string') return raw;
  const t = raw.trim();
  if (t === '') return null;
  if (type === 'number') {
    if (NON_FINITE.test(t)) return NOT_FINITE;
    return NUMBER.test(t) ? Number(t) : undefined;
  }
  const lower = t.toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0') return false;
  return undefined;
}

/** A number read from text, or null (blank, not a number, inf or nan): for positions and sizes. */
export function readNumber(raw: string | null | undefined): number | null {
  const value = readTyped(raw ?? '', 'number');
  return typeof value === 'number' ? value : null;
}

/** What a value that does not fit its attribute's type is told as. */
const NOT_OF_TYPE: Record<AttributeType, MessageId> = {
  string: 'import.value.notString',
  number: 'import.value.notNumber',
  boolean: 'import.value.notBoolean',
};

/**
 * Reads a typed value and reports, through `repair`, what could not be kept: text that is not of
 * the type, or a number that is not finite. The value kept is then null.
 */
export function readReported(
  raw: string,
  type: AttributeType,
  repair: (kind: 'invalid-value' | 'number-not-finite', message: string) => void,
  name: string,
): AttrValue {
  const value = readTyped(raw, type);
  if (value === NOT_FINITE) {
    repair(
      'number-not-finite',
      t('import.value.notFinite', { value: quote(raw.trim()), name: quote(name) }),
    );
    return null;
  }
  if (value === undefined) {
    repair('invalid-value', t(NOT_OF_TYPE[type], { value: quote(raw), name: quote(name) }));
    return null;
  }
  return value;
}

/**
 * Infers the type of a text column (CSV): number when every non-blank cell is a number (inf and
 * nan included: they are numbers that cannot be kept), boolean when every one is true or false.
 */
export function inferType(values: readonly string[]): AttributeType {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length === 0) return 'string';
  // Leading zeros mark codes (postcodes, ids) that must stay text; a column of only inf and nan is text.
  if (
    filled.some((v) => NUMBER.test(v)) &&
    filled.every((v) => (NUMBER.test(v) && !/^[+-]?0\d/.test(v)) || NON_FINITE.test(v))
  )
    return 'number';
  if (filled.every((v) => /^(?:true|false)$/i.test(v))) return 'boolean';
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
