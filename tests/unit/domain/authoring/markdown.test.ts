import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../../src/domain/authoring/article';
import { readMarkdown, readMarkdownFile } from '../../../../src/domain/authoring/markdown';
import { expectValidArticle } from './articleCheck';

const SAMPLE = `# Pipelines across the steppe

Kazakhstan and China *signed* an
agreement in **2013**.

## Risks

- Debt to [lenders](https://example.org)
- Public concerns
  - nested: land leases

1. First step

> A quoted sentence.

<img src=x onerror=alert(1)>

    code stays text
`;

describe('readMarkdown', () => {
  const text = readMarkdown(SAMPLE, 'steppe.md');

  it('makes headings, paragraphs and list items of the Markdown, in order', () => {
    expect(text.blocks).toEqual([
      { type: 'heading', text: 'Pipelines across the steppe' },
      { type: 'paragraph', text: 'Kazakhstan and China signed an agreement in 2013.' },
      { type: 'heading', text: 'Risks' },
      { type: 'list-item', text: 'Debt to lenders' },
      { type: 'list-item', text: 'Public concerns' },
      { type: 'list-item', text: 'nested: land leases' },
      { type: 'list-item', text: 'First step' },
      { type: 'paragraph', text: 'A quoted sentence.' },
      { type: 'paragraph', text: '<img src=x onerror=alert(1)>' },
      { type: 'paragraph', text: 'code stays text' },
    ]);
  });

  it('takes the title from the first top-level heading', () => {
    expect(text.meta).toEqual({ title: 'Pipelines across the steppe' });
    expect(readMarkdown('## Sub\n\n# Top\n', 'x.md').meta.title).toBe('Top');
    expect(readMarkdown('text only', 'x.md').meta).toEqual({});
  });

  it('builds an article whose headings open sections and that validates as the built-in one', () => {
    const result = buildArticle(text, { author: 'A', language: 'en' });
    if (!result.ok) throw new Error('expected an article');
    expect(result.article.sections.map((s) => s.id)).toEqual([
      'pipelines-across-the-steppe',
      'risks',
    ]);
    expect(result.article.blocks.slice(0, 4).map((b) => b.id)).toEqual(['h1', 'p1', 'h2', 'li1']);
    expectValidArticle(result.article, text.blocks.map((b) => b.text).join('\n'));
  });

  it('refuses shapes that would take the parser super-linear time, naming the line', () => {
    // Each of these took micromark seconds to minutes at this size.
    expect(() => readMarkdown(`Intro\n\n${'- '.repeat(8000)}x`, 'deep.md')).toThrow(
      'deep.md: line 3 nests more than 32 quotes or lists; open the file as plain text (.txt)',
    );
    expect(() => readMarkdown(`${'> '.repeat(33)}x`, 'deep.md')).toThrow(/line 1 nests/);
    expect(() => readMarkdown(`${'*'.repeat(8000)}a${'*'.repeat(8000)}`, 'e.md')).toThrow(
      'e.md: line 1 has a run of more than 64 asterisks or underscores; open the file as plain text (.txt)',
    );
  });

  it('reads what real texts do: lists and quotes a few deep, rules of any length, blanks to fill', () => {
    const text = readMarkdown(
      `${'> '.repeat(32)}deep\n\n${'*'.repeat(8000)}\n\nName: ${'_'.repeat(40)}\n\n1. - > item`,
      'ok.md',
    );
    expect(text.blocks.map((b) => b.text)).toEqual(['deep', `Name: ${'_'.repeat(40)}`, 'item']);
  });

  it('refuses a paragraph of more than a thousand emphasis marks, counting across its lines', () => {
    expect(() => readMarkdown(`${'*a '.repeat(3000)}x${' a*'.repeat(3000)}`, 'e.md')).toThrow(
      'e.md: line 1 puts more than 1000 asterisks or underscores in one paragraph; open the file as plain text (.txt)',
    );
    expect(() => readMarkdown(`Start\n${'*a\n'.repeat(1001)}`, 'e.md')).toThrow(
      /^e\.md: line 1002 /,
    );
  });

  it('counts emphasis per paragraph and per list item, as the parser pairs it', () => {
    const items = '- *bold* and _italic_\n'.repeat(600);
    const paragraphs = 'Some *bold* text.\n\n'.repeat(600);
    expect(readMarkdown(`${items}\n${paragraphs}`, 'long.md').blocks).toHaveLength(1200);
  });

  it('refuses a file with no text, naming it', () => {
    expect(() => readMarkdownFile(new TextEncoder().encode('---\n\n'), 'rule.md')).toThrow(
      'rule.md: there is no text in it',
    );
  });
});
