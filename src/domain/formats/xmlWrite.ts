// Escaping for the XML writers (GEXF, GraphML): apart from the reader, so that writing brings no
// parser along (the offline page writes exports on its own thread).

// Characters XML 1.0 cannot carry at all (controls, non-characters, lone surrogates).
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
};
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '\n': '&#10;', '\t': '&#9;' };

/** Escapes text content so a parser reads back exactly the same string (line ends included). */
export function xmlText(value: string): string {
  return value.replace(INVALID_XML, '\uFFFD').replace(/[&<>"\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/** Escapes an attribute value, keeping tabs and newlines that attribute normalisation would eat. */
export function xmlAttr(value: string): string {
  return value.replace(INVALID_XML, '\uFFFD').replace(/[&<>"\r\n\t]/g, (c) => ATTR_ESCAPES[c] ?? c);
}
