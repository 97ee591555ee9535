import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../../src/domain/authoring/article';
import { linesOf, readPlainText, readTextFile } from '../../../../src/domain/authoring/plainText';
import { expectValidArticle } from './articleCheck';

const data = (file: string) => readFileSync(resolve(__dirname, '../../../../data', file), 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readPlainText', () => {
  it('reads the built-in article’s text file into exactly the built-in article’s blocks', () => {
    const source = data('community-of-shared-future.txt');
    const builtIn = JSON.parse(data('article.json')) as { blocks: { text: string }[] };
    const text = readPlainText(source, 'community-of-shared-future.txt');
    expect(text.blocks.map((b) => b.text)).toEqual(builtIn.blocks.map((b) => b.text));
    const result = buildArticle(text, { title: 'T', author: 'A', language: 'en' });
    if (!result.ok) throw new Error('expected an article');
    expect(result.text).toBe(source);
    expectValidArticle(result.article, source);
  });

  it('splits paragraphs at blank lines and joins a hard-wrapped paragraph’s lines', () => {
    const text = readPlainText(
      'First line\r\nwrapped here.\r\n\r\n\r\nSecond\tparagraph.\r\n',
      'a.txt',
    );
    expect(text.blocks).toEqual([
      { type: 'paragraph', text: 'First line wrapped here.' },
      { type: 'paragraph', text: 'Second paragraph.' },
    ]);
  });

  it('keeps pasted markup as literal text', () => {
    const text = readPlainText('<img src=x onerror=alert(1)>', 'paste');
    expect(text.blocks).toEqual([{ type: 'paragraph', text: '<img src=x onerror=alert(1)>' }]);
  });

  it('reads a file’s lines whatever their endings', () => {
    expect(linesOf('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('readTextFile', () => {
  it('reads UTF-8 with a BOM and UTF-16 with a BOM', () => {
    expect(readTextFile(utf8('\uFEFFHello'), 'a.txt').blocks[0]!.text).toBe('Hello');
    const utf16 = new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0]);
    expect(readTextFile(utf16, 'b.txt').blocks[0]!.text).toBe('Hi');
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'empty', 'e.txt: there is no text in it'],
    [
      'a file with NUL bytes',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      'binary',
      'e.txt: this is not a text file (it contains NUL bytes, as images, PDFs and archives do)',
    ],
    [
      'mostly undecodable bytes',
      new Uint8Array(Array.from({ length: 64 }, (_, i) => 0x80 + i)),
      'binary',
      'e.txt: this is not a text file (most of it is not readable as text)',
    ],
    [
      'Latin-1 text',
      new Uint8Array([...utf8('Line one\nCaf'), 0xe9, ...utf8(' au lait, a longer line of text')]),
      'not-utf8',
      'e.txt: the text is not valid UTF-8 at line 2 (perhaps Latin-1 or Windows-1252): save it as UTF-8',
    ],
    [
      'a ZIP archive',
      new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]),
      'binary',
      'e.txt: this is a ZIP archive (a .docx is opened as a Word document), not a text file',
    ],
  ])('refuses %s with a message naming the file', (_, bytes, problem, message) => {
    expect(() => readTextFile(bytes, 'e.txt')).toThrow(
      expect.objectContaining({ problem, message }),
    );
  });

  it('refuses a file over 5 MB before decoding it', () => {
    expect(() => readTextFile(new Uint8Array(5 * 1024 * 1024 + 1), 'big.txt')).toThrow(
      'big.txt: the file is 5.1 MB; files up to 5.0 MB can be opened',
    );
  });
});
