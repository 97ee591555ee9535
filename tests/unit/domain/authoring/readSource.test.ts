import { describe, expect, it } from 'vitest';
import {
  blockCounts,
  checkSourceFileSize,
  loadDocxReader,
  PASTED,
  readSource,
  readWithoutDom,
} from '../../../../src/domain/authoring/readSource';
import { MAX_TEXT_BYTES } from '../../../../src/domain/authoring/limits';
import { buildDocx } from '../../../fixtures/docx';

const parser = new DOMParser();
const bytes = (text: string) => new TextEncoder().encode(text).buffer;
const file = (name: string, text: string) => ({ kind: 'file' as const, name, bytes: bytes(text) });

describe('readSource', () => {
  it('reads a pasted plain text into paragraphs, markup and all kept as text', async () => {
    const text = await readSource(
      { kind: 'paste', text: 'One.\n\n<img src=x onerror=alert(1)>\n\nThree.', format: 'text' },
      parser,
    );
    expect(text.file).toBe(PASTED);
    expect(text.blocks.map((b) => b.text)).toEqual([
      'One.',
      '<img src=x onerror=alert(1)>',
      'Three.',
    ]);
  });

  it('reads a pasted Markdown text with its headings and list items', async () => {
    const text = await readSource(
      { kind: 'paste', text: '# Title\n\nIntro.\n\n- a\n- b', format: 'markdown' },
      parser,
    );
    expect(blockCounts(text)).toEqual({ heading: 1, paragraph: 1, 'list-item': 2 });
    expect(text.meta.title).toBe('Title');
  });

  it('reads each format by the file’s name', async () => {
    expect((await readSource(file('a.txt', 'x\ny'), parser)).format).toBe('text');
    expect((await readSource(file('a.markdown', '# x'), parser)).format).toBe('markdown');
    const page = await readSource(
      file('a.htm', '<title>T</title><p>Some text.</p><script>alert(1)</script>'),
      parser,
    );
    expect(page.blocks).toEqual([{ type: 'paragraph', text: 'Some text.' }]);
    const docx = await buildDocx([{ text: 'H', style: 'Heading1' }, { text: 'P' }]);
    const word = await readSource(
      { kind: 'file', name: 'a.docx', bytes: docx.slice().buffer },
      parser,
    );
    expect(blockCounts(word)).toEqual({ heading: 1, paragraph: 1, 'list-item': 0 });
  });

  it('leaves a web page’s and a Word document’s markup to the page (no DOM in a worker)', async () => {
    expect(await readWithoutDom(file('a.html', '<p>x</p>'), loadDocxReader)).toEqual({
      kind: 'markup',
      format: 'html',
      file: 'a.html',
      html: '<p>x</p>',
    });
    const docx = await buildDocx([{ text: 'P' }]);
    const step = await readWithoutDom(
      { kind: 'file', name: 'a.docx', bytes: docx.slice().buffer },
      loadDocxReader,
    );
    expect(step).toMatchObject({ kind: 'markup', format: 'docx', html: '<p>P</p>' });
  });

  it('refuses a Word document where no Word reader is given (the single file)', async () => {
    const docx = await buildDocx([{ text: 'P' }]);
    await expect(
      readWithoutDom({ kind: 'file', name: 'a.docx', bytes: docx.slice().buffer }, null),
    ).rejects.toMatchObject({
      problem: 'unreadable',
      message: expect.stringMatching(/^a\.docx: this offline copy of Silkgraph does not read Word/),
    });
  });

  it.each([
    ['an empty file', file('e.txt', ''), 'empty', 'e.txt: there is no text in it'],
    ['blank text', file('e.md', ' \n\n '), 'empty', 'e.md: there is no text in it'],
    [
      'a binary file',
      { kind: 'file' as const, name: 'p.txt', bytes: new Uint8Array([0x89, 0x50, 0, 1]).buffer },
      'binary',
      'p.txt: this is not a text file (it contains NUL bytes, as images, PDFs and archives do)',
    ],
    [
      'a file of another kind',
      file('a.pdf', 'x'),
      'unreadable',
      'a.pdf: this kind of file cannot be read: open a .txt, .md, .markdown, .html, .htm, .docx file',
    ],
    [
      'an empty paste',
      { kind: 'paste' as const, text: '  ', format: 'text' as const },
      'empty',
      'The pasted text: there is no text in it',
    ],
  ])('refuses %s, naming it', async (_, input, problem, message) => {
    await expect(readSource(input, parser)).rejects.toMatchObject({ problem, message });
  });

  it('refuses more than 5 MB of pasted text before parsing it', async () => {
    const text = '# x\n'.repeat(MAX_TEXT_BYTES / 4 + 1);
    await expect(
      readSource({ kind: 'paste', text, format: 'markdown' }, parser),
    ).rejects.toMatchObject({ problem: 'too-large' });
  });

  it('refuses a file larger than its format may be before reading it', () => {
    expect(() => checkSourceFileSize('a.txt', 6 * 1024 * 1024)).toThrow(
      /a\.txt: the file is 6\.0 MB/,
    );
    expect(() => checkSourceFileSize('a.html', 6 * 1024 * 1024)).not.toThrow();
    expect(() => checkSourceFileSize('a.html', 51 * 1024 * 1024)).toThrow(/up to 50\.0 MB/);
  });
});
