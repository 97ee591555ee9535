import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { compileCatalogue } from '../../../build/catalogues';
import { activateLanguage, i18n, LANGUAGES, loadCatalogue, t } from '../../../src/i18n';

const root = join(__dirname, '../../../src/i18n');
const areasOf = (language: string) =>
  readdirSync(join(root, language))
    .filter((f) => f.endsWith('.json'))
    .sort();
const read = (language: string, file: string): Record<string, string> =>
  JSON.parse(readFileSync(join(root, language, file), 'utf8')) as Record<string, string>;

/** The placeholders a message fills (`{name}`, `{count, plural, …}`, also inside choices), sorted. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (tokens: unknown): void => {
    if (!Array.isArray(tokens)) return;
    for (const token of tokens as unknown[]) {
      if (!Array.isArray(token)) continue;
      const [name, , choices] = token as [unknown, unknown, unknown];
      if (typeof name === 'string') names.add(name);
      if (choices && typeof choices === 'object')
        for (const choice of Object.values(choices)) walk(choice);
    }
  };
  walk(compileMessageOrThrow(message));
  return [...names].sort();
}

describe('the interface catalogues', () => {
  it('have the same areas in every language', () => {
    for (const language of LANGUAGES) expect(areasOf(language)).toEqual(areasOf('en'));
  });

  for (const file of areasOf('en')) {
    const area = file.replace(/\.json$/, '');
    it(`${area}: the same ids in all four languages, each the area's, in order`, () => {
      const english = Object.keys(read('en', file));
      for (const id of english) expect(id.startsWith(`${area}.`), id).toBe(true);
      expect(english).toEqual([...english].sort());
      for (const language of LANGUAGES) {
        const ids = Object.keys(read(language, file));
        const missing = english.filter((id) => !ids.includes(id));
        const extra = ids.filter((id) => !english.includes(id));
        expect({ language, missing, extra }).toEqual({ language, missing: [], extra: [] });
        expect(ids, `${language}/${file} in id order`).toEqual(english);
      }
    });

    it(`${area}: every message is ICU and fills the placeholders the English one does`, () => {
      const english = read('en', file);
      for (const language of LANGUAGES) {
        const messages = read(language, file);
        expect(() =>
          compileCatalogue(JSON.stringify(messages), `${language}/${file}`),
        ).not.toThrow();
        for (const [id, message] of Object.entries(messages)) {
          expect(message.trim(), `${language} ${id} is empty`).not.toBe('');
          expect(placeholders(message), `${language} ${id}`).toEqual(placeholders(english[id]!));
        }
      }
    });
  }
});

describe('plural forms', () => {
  afterEach(() => activateLanguage('en'));
  const counts = [0, 1, 2, 5, 11, 21, 101];
  const forms = async (language: 'en' | 'ru' | 'kk' | 'zh') => {
    await loadCatalogue(language);
    activateLanguage(language);
    return counts.map((count) => t('common.nodes', { count }));
  };

  it('Russian has one, few and many', async () => {
    expect(await forms('ru')).toEqual([
      '0 узлов',
      '1 узел',
      '2 узла',
      '5 узлов',
      '11 узлов',
      '21 узел',
      '101 узел',
    ]);
  });

  it('Kazakh has one noun form after a number', async () => {
    expect(await forms('kk')).toEqual(counts.map((n) => `${n} түйін`));
  });

  it('Chinese has none', async () => {
    expect(await forms('zh')).toEqual(counts.map((n) => `${n} 个节点`));
  });

  it('English has one and other', async () => {
    expect(await forms('en')).toEqual([
      '0 nodes',
      '1 node',
      '2 nodes',
      '5 nodes',
      '11 nodes',
      '21 nodes',
      '101 nodes',
    ]);
  });

  it('counts are written the language’s way', async () => {
    await loadCatalogue('ru');
    activateLanguage('ru');
    expect(t('common.relations', { count: 1021 })).toBe('1\u00a0021 связь');
    activateLanguage('en');
    expect(t('common.relations', { count: 1021 })).toBe('1,021 relations');
    expect(i18n.locale).toBe('en');
  });
});
