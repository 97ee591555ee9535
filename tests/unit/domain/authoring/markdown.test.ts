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

  it('reads deeply nested quotes without running the stack out', () => {
    const deep = `${'> '.repeat(5000)}deep`;
    expect(readMarkdown(deep, 'deep.md').blocks).toEqual([{ type: 'paragraph', text: 'deep' }]);
  });

  it('refuses a file with no text, naming it', () => {
    expect(() => readMarkdownFile(new TextEncoder().encode('---\n\n'), 'rule.md')).toThrow(
      'rule.md: there is no text in it',
    );
  });
});
