import { describe, expect, it, vi } from 'vitest';
import { readHtml, readHtmlDocument, readHtmlFile } from '../../../../src/domain/authoring/html';
import { blocksOfElement, deeperThan } from '../../../../src/domain/authoring/htmlBlocks';

const parser = new DOMParser();

const prose = (n: number) =>
  `Paragraph ${n} of the article, long enough for Readability to take it for prose, with commas, clauses, and a point of view about pipelines, ports, and trade between the two neighbours.`;

const PAGE = `<!doctype html>
<html lang="en"><head>
  <title>Steppe corridors | The Site</title>
  <meta property="og:title" content="Steppe corridors">
  <meta name="author" content="A. Writer">
  <meta property="article:published_time" content="2024-05-01T10:00:00Z">
  <link rel="canonical" href="https://example.org/steppe">
  <script>window.pwned = true</script>
</head><body>
  <nav><a href="/">Home</a> <a href="/about">About</a></nav>
  <article>
    <h1>Steppe corridors</h1>
    <p>${prose(1)}</p>
    <h2>Trade</h2>
    <p>${prose(2)} &lt;img src=x onerror=alert(1)&gt;</p>
    <p>${prose(3)} <img src="x" onerror="window.pwned = true"></p>
    <ul><li>${prose(4)}</li><li>Second item</li></ul>
  </article>
  <footer>Copyright The Site</footer>
</body></html>`;

describe('readHtml', () => {
  it('keeps the article’s content, leaving out navigation and footer', () => {
    const text = readHtml(PAGE, parser, 'steppe.html');
    const texts = text.blocks.map((b) => b.text);
    expect(texts).toContain(prose(1));
    expect(texts).toContain('Trade');
    expect(texts).toContain('Second item');
    expect(texts.join(' ')).not.toMatch(/Home|Copyright/);
    expect(text.blocks.find((b) => b.text === 'Trade')?.type).toBe('heading');
    expect(text.blocks.find((b) => b.text === 'Second item')?.type).toBe('list-item');
  });

  it('takes title, author, date, address and language from the page', () => {
    expect(readHtml(PAGE, parser, 'steppe.html').meta).toEqual({
      title: 'Steppe corridors',
      author: 'A. Writer',
      date: '2024-05-01T10:00:00Z',
      source: 'https://example.org/steppe',
      language: 'en',
    });
  });

  it('reads markup as text and runs nothing: escaped tags stay literal, scripts do not run', () => {
    const w = window as unknown as { pwned?: boolean };
    const onError = vi.fn();
    window.addEventListener('error', onError);
    const text = readHtml(PAGE, parser, 'steppe.html');
    window.removeEventListener('error', onError);
    expect(text.blocks.map((b) => b.text)).toContain(`${prose(2)} <img src=x onerror=alert(1)>`);
    expect(w.pwned).toBeUndefined();
    expect(onError).not.toHaveBeenCalled();
  });

  it('leaves the document it is given as it was', () => {
    const doc = parser.parseFromString(PAGE, 'text/html');
    const before = doc.documentElement.outerHTML;
    readHtmlDocument(doc, 'steppe.html');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads a page too deep for Readability without it, leaving out the page’s chrome', () => {
    const doc = parser.parseFromString(
      '<html><body><nav>Home</nav><header>Site</header><footer>Copyright</footer></body></html>',
      'text/html',
    );
    // 3,000 levels: Readability would take hours; built from the inside out, as parsing is slow.
    let node: Node = doc.createElement('p');
    node.appendChild(doc.createTextNode('Deep text, with commas, here.'));
    for (let i = 0; i < 3000; i++) {
      const div = doc.createElement('div');
      div.appendChild(node);
      node = div;
    }
    doc.body.appendChild(node);
    expect(readHtmlDocument(doc, 'deep.html').blocks).toEqual([
      { type: 'paragraph', text: 'Deep text, with commas, here.' },
    ]);
  });

  it('still uses Readability on pages of ordinary depth', () => {
    const doc = parser.parseFromString(PAGE, 'text/html');
    // Boilerplate no tag names as such: Readability leaves it out, the body reading would not.
    const related = doc.createElement('div');
    related.className = 'related-links';
    related.textContent = 'Related: more stories';
    doc.body.appendChild(related);
    let node: Node = doc.querySelector('article')!;
    for (let i = 0; i < 60; i++) {
      const div = doc.createElement('div');
      node.parentNode!.replaceChild(div, node);
      div.appendChild(node);
      node = div;
    }
    const texts = readHtmlDocument(doc, 'steppe.html').blocks.map((b) => b.text);
    expect(texts).toContain(prose(1));
    expect(texts.join(' ')).not.toMatch(/Copyright|Related/);
  });

  it('refuses a page with no text, naming the file', () => {
    expect(() =>
      readHtmlFile(
        new TextEncoder().encode('<html><body><script>x</script></body></html>'),
        parser,
        'e.html',
      ),
    ).toThrow('e.html: there is no text in it');
  });
});

describe('blocksOfElement', () => {
  const body = (html: string) => parser.parseFromString(html, 'text/html').body;

  it('makes a paragraph of loose text between blocks and joins a list item’s paragraphs', () => {
    expect(
      blocksOfElement(
        body('<div>Loose <b>text</b><p>Para</p>after<ul><li><p>Item</p></li></ul></div>'),
      ),
    ).toEqual([
      { type: 'paragraph', text: 'Loose text' },
      { type: 'paragraph', text: 'Para' },
      { type: 'paragraph', text: 'after' },
      { type: 'list-item', text: 'Item' },
    ]);
  });

  it('splits a list item from the list nested in it', () => {
    expect(blocksOfElement(body('<ul><li>Outer<ul><li>Inner</li></ul>tail</li></ul>'))).toEqual([
      { type: 'list-item', text: 'Outer' },
      { type: 'list-item', text: 'Inner' },
      { type: 'list-item', text: 'tail' },
    ]);
  });

  it('walks markup nested 30,000 deep without running the stack out', () => {
    // Built from the inside out: appending to a detached element costs no ancestor walk.
    let node: Node = document.createTextNode('deep');
    for (let i = 0; i < 30_000; i++) {
      const div = document.createElement(i % 2 ? 'div' : 'span');
      div.appendChild(node);
      node = div;
    }
    expect(blocksOfElement(node)).toEqual([{ type: 'paragraph', text: 'deep' }]);
  });

  it('tells whether markup is deeper than a limit', () => {
    const html = body('<div><div><p>x</p></div></div>');
    expect(deeperThan(html, 3)).toBe(false);
    expect(deeperThan(html, 2)).toBe(true);
  });
});
