import { describe, expect, it } from 'vitest';
import {
  clampEmbedSize,
  embedSnippet,
  pageAddress,
  readEmbed,
  withoutEmbed,
  writeEmbed,
} from '../../../src/domain/embed';

describe('embed options', () => {
  it('are read from the hash beside the view, the evidence panel alone by default', () => {
    expect(readEmbed('#spheres=energy')).toBeNull();
    expect(readEmbed('#embed')).toEqual({ mode: 'map', panels: ['evidence'] });
    expect(readEmbed('#embed=tour&step=3')).toEqual({ mode: 'tour', panels: ['evidence'] });
    expect(readEmbed('#embed=map&panels=evidence,tools')).toEqual({
      mode: 'map',
      panels: ['tools', 'evidence'],
    });
    expect(readEmbed('#embed=whatever&panels=none,bogus')).toEqual({ mode: 'map', panels: [] });
  });

  it('are written back as they are read, leaving out the default panels', () => {
    for (const options of [
      { mode: 'map', panels: ['evidence'] },
      { mode: 'tour', panels: [] },
      { mode: 'map', panels: ['tools', 'evidence'] },
    ] as const) {
      expect(readEmbed(writeEmbed(options))).toEqual(options);
    }
    expect(writeEmbed({ mode: 'map', panels: ['evidence'] })).toBe('embed=map');
    expect(writeEmbed({ mode: 'tour', panels: [] })).toBe('embed=tour&panels=none');
  });

  it('leave the view alone when the full app opens the same view', () => {
    expect(withoutEmbed('#embed=tour&panels=tools&step=2&spheres=energy')).toBe(
      'step=2&spheres=energy',
    );
  });
});

describe('embedSnippet', () => {
  it('is an iframe with its size and title, quotes and brackets escaped', () => {
    expect(embedSnippet('https://x.test/#embed&sel=n:"a"', 800, 600, 'Map of <"China">')).toBe(
      '<iframe src="https://x.test/#embed&amp;sel=n:&quot;a&quot;" width="800" height="600" title="Map of &lt;&quot;China&quot;&gt;" loading="lazy" allow="fullscreen" style="border: 1px solid #d9d6cf; border-radius: 8px; max-width: 100%;"></iframe>',
    );
  });

  it('sizes stay from the smallest embed up', () => {
    expect(clampEmbedSize(100, 320, 3840)).toBe(320);
    expect(clampEmbedSize(800.4, 320, 3840)).toBe(800);
    expect(clampEmbedSize(Number.NaN, 320, 3840)).toBe(320);
    expect(clampEmbedSize(1e9, 320, 3840)).toBe(3840);
  });
});

describe('pageAddress', () => {
  it('takes an http(s) address of a saved page, without its fragment', () => {
    expect(pageAddress(' https://lms.example.edu/files/map.html#step=2 ')).toBe(
      'https://lms.example.edu/files/map.html',
    );
    expect(pageAddress('http://localhost:8000/map.html')).toBe('http://localhost:8000/map.html');
  });

  it('refuses what is not a web address', () => {
    expect(pageAddress('map.html')).toBeNull();
    expect(pageAddress('javascript:alert(1)')).toBeNull();
    expect(pageAddress('file:///home/me/map.html')).toBeNull();
    expect(pageAddress('')).toBeNull();
  });
});
