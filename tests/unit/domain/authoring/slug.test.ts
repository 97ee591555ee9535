import { describe, expect, it } from 'vitest';
import { slugOf, uniqueId } from '../../../../src/domain/authoring/slug';
import { formatOfFile } from '../../../../src/domain/authoring/sourceFormat';

describe('slugOf', () => {
  it.each([
    ['Belt and Road Initiative', 'belt-and-road-initiative'],
    ['  Café “Astana” – 2024!  ', 'cafe-astana-2024'],
    ['中国', 'node'],
    ['Казахстан', 'node'],
  ])('makes an id of %j', (name, slug) => {
    expect(slugOf(name, 'node')).toBe(slug);
  });

  it('cuts a long name at a hyphen within the limit', () => {
    const slug = slugOf('The concept of a community of shared future for mankind', 'x', 20);
    expect(slug).toBe('the-concept-of-a');
    expect(slug).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });
});

describe('uniqueId', () => {
  it('adds the first free counter', () => {
    expect(uniqueId('china', new Set())).toBe('china');
    expect(uniqueId('china', new Set(['china', 'china-2']))).toBe('china-3');
  });
});

describe('formatOfFile', () => {
  it.each([
    ['a.TXT', 'text'],
    ['notes.md', 'markdown'],
    ['page.htm', 'html'],
    ['paper.docx', 'docx'],
    ['paper.doc', null],
    ['README', null],
  ])('says %s is %s', (name, format) => {
    expect(formatOfFile(name)).toBe(format);
  });
});
