import { afterEach, describe, expect, it } from 'vitest';
import {
  countsLine,
  describeView,
  evidenceRows,
  toCsv,
  toMarkdown,
} from '../../../src/domain/exportSheet';
import { ALL_FILTERS, visibleElements } from '../../../src/domain/filters';
import { blockPlaces, stepHeading, stepLabel } from '../../../src/domain/handout';
import { sizeInWords, withMap } from '../../../src/domain/offlinePage';
import { ARTICLE_SPHERES } from '../../../src/domain/palette';
import { lacksSilkgraph } from '../../../src/domain/formats/silkgraphJsonWrite';
import { canvasLimitError } from '../../../src/graph/exportImage';
import { activateLanguage } from '../../../src/i18n';
import { speak } from '../../speak';
import { smallArticle, smallGraph } from '../../fixtures/small';

afterEach(() => activateLanguage('en'));

const rows = evidenceRows(smallArticle, smallGraph, visibleElements(smallGraph, ALL_FILTERS));
const view = {
  filters: { ...ALL_FILTERS, spheres: ['political', 'economic'] },
  spheres: ARTICLE_SPHERES,
  selection: null,
  focusDepth: 0,
};
/** Rows of a sheet with this many relations and passages (one passage each, then the rest on one). */
const sheet = (relations: number, passages: number) =>
  Array.from({ length: passages }, (_, i) => ({
    ...rows[0]!,
    relationId: `r${Math.min(i, relations - 1)}`,
  }));

describe('the exports’ words in the interface’s language', () => {
  it('counts relations and passages with each language’s plural forms', async () => {
    expect(countsLine(sheet(1, 1))).toBe('1 relation, 1 passage');
    await speak('ru');
    expect(countsLine(sheet(1, 2))).toBe('1 связь, 2 фрагмента');
    expect(countsLine(sheet(5, 21))).toBe('5 связей, 21 фрагмент');
    await speak('kk');
    expect(countsLine(sheet(5, 21))).toBe('5 байланыс, 21 үзінді');
    await speak('zh');
    expect(countsLine(sheet(5, 21))).toBe('5 条关系，21 个原文段落');
  });

  it('heads the sheets in the language, keeping the data as it is', async () => {
    await speak('ru');
    const header = (await toCsv(rows)).split('\r\n')[0];
    expect(header).toBe(
      'Исходный узел,Связь,Целевой узел,Сферы,Статус,Чьё утверждение,Утверждение,Год,Раздел,Блок,Цитата,Идентификатор связи',
    );
    const md = toMarkdown(rows, 'Заголовок');
    expect(md).toMatch(/^# Цитаты: Заголовок\n/);
    expect(md).toContain('Цитаты приведены дословно по статье.');
    expect(md).toMatch(/\*Сферы: [a-z; ]+ · статус: established/);
  });

  it('says what the filters show, in Russian and Chinese', async () => {
    await speak('ru');
    expect(describeView(smallGraph, view)).toMatch(/^Сферы: .+ \(выключены: .+\)\.$/);
    expect(describeView(smallGraph, { ...view, filters: ALL_FILTERS })).toBe(
      'Показаны все сферы, виды, статусы и утверждения.',
    );
    await speak('zh');
    expect(describeView(smallGraph, view)).toMatch(/^领域：[^、]+、[^（]+（已关闭：[^）]+）。$/);
  });

  it('names the handout’s places and steps', async () => {
    await speak('zh');
    expect(blockPlaces(smallArticle).get('p1')).toBe('Introduction，第 1 段');
    expect(blockPlaces(smallArticle).get('h1')).toBe('Energy Ties，标题');
    expect(stepLabel(2, 12)).toBe('第 2 步，共 12 步');
    await speak('kk');
    expect(stepHeading(2, 12, 'T')).toBe('Қадам 2/12 — T');
  });

  it('says sizes, refusals and the writers’ errors in Russian', async () => {
    await speak('ru');
    expect(sizeInWords(3)).toBe('3 байта');
    expect(sizeInWords(840_400)).toBe('840 КБ');
    expect(sizeInWords(1_523_456)).toBe('1,52 МБ');
    expect(canvasLimitError({ width: 3600, height: 2400 }, 4)).toMatch(
      /^PNG 4× этого вида имел бы размер 14\s400 × 9\s?600 пикс\., больше, чем может нарисовать браузер; выберите 2× или 1×$/,
    );
    expect(() => withMap('<html></html>', '{}')).toThrow(/^на странице нет блока карты/);
    expect(lacksSilkgraph().message).toMatch(/^Silkgraph JSON: в этом графе нет того/);
  });
});
