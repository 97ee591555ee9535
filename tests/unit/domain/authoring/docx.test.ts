import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../../src/domain/authoring/article';
import { readDocx } from '../../../../src/domain/authoring/docx';
import { buildDocx } from '../../../fixtures/docx';
import { expectValidArticle } from './articleCheck';

const parser = new DOMParser();

describe('readDocx', () => {
  it('reads a Word document’s headings, paragraphs and list items as blocks', async () => {
    const bytes = await buildDocx([
      { text: 'Energy cooperation', style: 'Heading1' },
      { text: 'CNPC develops fields   in Kazakhstan.' },
      { text: 'Oil', style: 'list' },
      { text: 'Gas', style: 'list' },
      { text: '<img src=x onerror=alert(1)>' },
    ]);
    const text = await readDocx(bytes, parser, 'energy.docx');
    expect(text.blocks).toEqual([
      { type: 'heading', text: 'Energy cooperation' },
      { type: 'paragraph', text: 'CNPC develops fields in Kazakhstan.' },
      { type: 'list-item', text: 'Oil' },
      { type: 'list-item', text: 'Gas' },
      { type: 'paragraph', text: '<img src=x onerror=alert(1)>' },
    ]);
    const result = buildArticle(text, { title: 'Energy', author: 'A', language: 'en' });
    if (!result.ok) throw new Error('expected an article');
    expect(result.article.source).toBe('energy.docx');
    expectValidArticle(result.article, text.blocks.map((b) => b.text).join('\n'));
  });

  it('asks for title and author, which mammoth does not read', async () => {
    const text = await readDocx(await buildDocx([{ text: 'x' }]), parser, 'a.docx');
    expect(buildArticle(text, {})).toEqual({
      ok: false,
      missing: ['title', 'author', 'language'],
    });
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'empty', 'x.docx: the file is empty'],
    [
      'a text file named .docx',
      new TextEncoder().encode('just text'),
      'unreadable',
      'x.docx: this is not a Word document (.docx)',
    ],
  ])('refuses %s, naming the file', async (_, bytes, problem, message) => {
    await expect(readDocx(bytes, parser, 'x.docx')).rejects.toMatchObject({ problem, message });
  });

  it('refuses a ZIP that is not a Word document', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('hello.txt', 'hello');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(readDocx(bytes, parser, 'x.docx')).rejects.toMatchObject({
      problem: 'unreadable',
      message: expect.stringMatching(/^x\.docx: the Word document cannot be read \(.+\)$/),
    });
  });

  it('refuses a document with no text', async () => {
    await expect(
      readDocx(await buildDocx([{ text: '  ' }]), parser, 'x.docx'),
    ).rejects.toMatchObject({ problem: 'empty', message: 'x.docx: there is no text in it' });
  });
});
