import { t } from '../../i18n/core';
import { anyFile, atLine, ImportError, listNames } from './errors';
import { parseJsonText } from './jsonText';
import { FORMATS, type FormatId } from './model';
import { parseXml } from './xml';
import { mapFileOfPage } from '../offlinePage';

/** What each extension suggests; the content decides. */
const EXTENSIONS: Record<string, readonly FormatId[]> = {
  gexf: ['gexf'],
  graphml: ['graphml'],
  xml: ['gexf', 'graphml'],
  json: ['silkgraph-json', 'cytoscape-json'],
  cyjs: ['cytoscape-json'],
  csv: ['csv'],
  tsv: ['csv'],
  txt: ['csv'],
  // A Silkgraph offline page carries its map as a map file (src/domain/offlinePage.ts).
  html: ['silkgraph-json'],
  htm: ['silkgraph-json'],
};

export interface Detection {
  format: FormatId;
  notes: string[];
  /** The parsed JSON, so it is parsed once. */
  json?: unknown;
}

const extensionOf = (name: string) => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const NAME = /[A-Za-z_][\w.:-]*/y;

/**
 * Skips the prolog (white space, `<?…?>`, comments, a DOCTYPE with its internal subset) and reads the
 * root element's name. A scan that only moves forward: each construct ends at the first terminator
 * found after it, so any text costs one pass. Undefined when the prolog does not end in a tag.
 */
function rootName(text: string): string | undefined {
  let i = 0;
  const skipTo = (terminator: string, from: number) => {
    const end = text.indexOf(terminator, from);
    return end === -1 ? -1 : end + terminator.length;
  };
  while (i !== -1 && i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (text.startsWith('<?', i)) i = skipTo('?>', i + 2);
    else if (text.startsWith('<!--', i)) i = skipTo('-->', i + 4);
    else if (text.startsWith('<!DOCTYPE', i)) {
      const bracket = text.indexOf('[', i);
      const close = text.indexOf('>', i);
      i = bracket !== -1 && (close === -1 || bracket < close) ? skipTo(']', bracket) : close;
      if (i !== -1) i = skipTo('>', i);
    } else if (c === 60) {
      NAME.lastIndex = i + 1;
      return NAME.exec(text)?.[0];
    } else return undefined;
  }
  return undefined;
}

/** The local name of the XML root element, from the text (or from a full parse if needed). */
function xmlRoot(text: string): string {
  const name = rootName(text) ?? parseXml(text, 'XML').tagName;
  return name.slice(name.indexOf(':') + 1);
}

function jsonFormat(value: unknown): FormatId {
  if (Array.isArray(value) || (isRecord(value) && Object.hasOwn(value, 'elements')))
    return 'cytoscape-json';
  // A map file says it is one, whatever else it holds (a newer version is refused by its reader).
  if (isRecord(value) && Object.hasOwn(value, 'silkgraph')) return 'silkgraph-json';
  if (isRecord(value) && Array.isArray(value.nodes)) {
    const ours = ['evidence', 'domains', 'aliases'];
    const silk =
      Object.hasOwn(value, 'article') ||
      value.nodes.slice(0, 50).some((n) => isRecord(n) && ours.some((k) => Object.hasOwn(n, k)));
    if (silk) return 'silkgraph-json';
    if (Array.isArray(value.edges) || Array.isArray(value.links)) return 'cytoscape-json';
  }
  const keys = isRecord(value) ? Object.keys(value) : [];
  throw new ImportError(
    'JSON',
    keys.length
      ? t('import.detect.jsonNotGraphFound', { names: listNames(keys) })
      : t('import.detect.jsonNotGraph'),
  );
}

/** A delimited text: its first line splits on a comma, semicolon, tab or bar. */
function looksDelimited(text: string): boolean {
  const firstLine = text.slice(0, Math.max(0, text.search(/[\r\n]|$/)));
  return /[,;\t|]/.test(firstLine);
}

/** Like detectFormat, but also hands back the parsed JSON so it is parsed only once. */
export function sniffFormat(fileName: string, text: string): Detection {
  if (text.trim() === '')
    throw new ImportError(anyFile(), t('import.fileEmpty', { name: fileName }));
  const ext = extensionOf(fileName);
  const hinted = EXTENSIONS[ext];
  const start = text.trimStart().slice(0, 1);
  let format: FormatId;
  let json: unknown;
  const pageMap = start === '<' ? mapFileOfPage(text) : null;
  if (pageMap !== null) {
    // A saved offline page: the map file in its JSON block, whatever else the page holds.
    json = parseJsonText(pageMap);
    format = jsonFormat(json);
    if (format !== 'silkgraph-json') throw new ImportError('HTML', t('import.detect.pageBlock'));
  } else if (start === '<' && ext !== 'html' && ext !== 'htm') {
    const root = xmlRoot(text);
    if (root === 'gexf') format = 'gexf';
    else if (root === 'graphml') format = 'graphml';
    else throw new ImportError('XML', t('import.detect.xmlRoot', { root }));
  } else if (start === '<') {
    throw new ImportError('HTML', t('import.detect.page'));
  } else if (start === '{' || start === '[') {
    json = parseJsonText(text);
    format = jsonFormat(json);
  } else if (ext === 'json' || ext === 'cyjs') {
    parseJsonText(text); // throws, naming the line
    throw new ImportError('JSON', t('import.detect.notGraph'));
  } else if (hinted?.every((f) => f === 'gexf' || f === 'graphml')) {
    throw new ImportError(FORMATS[hinted[0] as FormatId].name, t('import.detect.notXml'), {
      where: atLine(1),
    });
  } else if (looksDelimited(text)) {
    format = 'csv';
  } else {
    throw new ImportError(anyFile(), t('import.detect.unknown'));
  }
  const notes: string[] = [];
  if (hinted && !hinted.includes(format))
    notes.push(t('import.detect.extension', { ext, format: FORMATS[format].name }));
  return json === undefined ? { format, notes } : { format, notes, json };
}

/** Detects a file's format by its content, using the extension only as a hint; notes a mismatch. */
export function detectFormat(
  fileName: string,
  text: string,
): { format: FormatId; notes: string[] } {
  const { format, notes } = sniffFormat(fileName, text);
  return { format, notes };
}
