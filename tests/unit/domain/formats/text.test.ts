// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  checkSize,
  ImportError,
  MAX_IMPORT_BYTES,
  parseGraphFile,
} from '../../../../src/domain/formats';
import { errorOf, fixture } from './fixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);
const csv = 'source,target\nAstana,Almaty\n';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++)
    view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

const fromBytes = (bytes: Uint8Array | ArrayBuffer, name = 'edges.csv') =>
  parseGraphFile({ name, bytes });

describe('reading bytes', () => {
  it('reads UTF-8 bytes (or an ArrayBuffer) and drops a leading BOM silently', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(csv)]);
    const { graph, report } = fromBytes(withBom);
    expect(graph.nodes.map((n) => n.id)).toEqual(['Astana', 'Almaty']);
    expect(report.repairs).toEqual([]);
    expect(
      fromBytes(utf8(fixture('gephi.gexf')).buffer as ArrayBuffer, 'g.gexf').report.nodes,
    ).toBe(5);
    expect(parseGraphFile({ name: 'edges.csv', text: `\uFEFF${csv}` }).graph.nodes).toHaveLength(2);
  });

  it.each([
    ['little-endian with BOM', true, true],
    ['big-endian with BOM', false, true],
    ['little-endian without BOM', true, false],
  ])('refuses UTF-16 (%s) with advice', (_, le, bom) => {
    expect(errorOf(() => fromBytes(utf16(csv, le, bom))).message).toBe(
      'File: the file looks like UTF-16; save it as UTF-8 and import it again',
    );
  });

  it('refuses UTF-16 that was already turned into text with NULs between letters', () => {
    const asLatin1 = String.fromCharCode(...utf16(csv, true, false));
    expect(errorOf(() => parseGraphFile({ name: 'e.csv', text: asLatin1 })).message).toMatch(
      /UTF-16/,
    );
  });

  it('refuses binary files and archives', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48,
    ]);
    expect(errorOf(() => fromBytes(png)).message).toMatch(/^File: line 3: this is not a text file/);
    const text = `source,target\na,b\nc\u0000,d\n`;
    expect(errorOf(() => fromBytes(utf8(text))).message).toBe(
      'File: line 3: this is not a text file (it contains NUL bytes): export the graph as GEXF, GraphML, JSON or CSV',
    );
    const zip = new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0]);
    expect(errorOf(() => fromBytes(zip, 'graph.xlsx')).message).toMatch(
      /^File: this is a ZIP archive/,
    );
  });

  it('refuses invalid UTF-8 (Latin-1, Windows-1252), naming the line', () => {
    const latin1 = new Uint8Array([
      ...utf8('source,target\nAstana,Almaty\n'),
      0x4b,
      0xf6,
      0x6c,
      0x6e,
      0x2c,
      0x61,
      0x0a,
    ]);
    expect(errorOf(() => fromBytes(latin1)).message).toBe(
      'File: line 3: the file is not valid UTF-8 (perhaps Latin-1 or Windows-1252): save it as UTF-8',
    );
  });
});

describe('size cap', () => {
  it('refuses files over MAX_IMPORT_BYTES before reading them', () => {
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
    expect(() => checkSize(MAX_IMPORT_BYTES, 'ok.gexf')).not.toThrow();
    const error = errorOf(() => checkSize(MAX_IMPORT_BYTES + 1, 'huge.gexf'));
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toBe('File: huge.gexf is 50.0 MB; files up to 50.0 MB can be imported');
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1024 * 1024);
    expect(errorOf(() => fromBytes(big, 'big.csv')).message).toBe(
      'File: big.csv is 51.0 MB; files up to 50.0 MB can be imported',
    );
  });
});
