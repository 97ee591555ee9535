import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { legendOf } from '../../../src/domain/legend';
import { ALL_FILTERS } from '../../../src/domain/filters';
import {
  ARTICLE_SPHERES,
  ATTRIBUTION_LABELS,
  CLAIM_MARK_ROWS,
  KIND_LABELS,
  STATUS_LABELS,
} from '../../../src/domain/palette';
import { STATUS_HELP } from '../../../src/domain/vocabularyHelp';
import { claimSentence, labelsById } from '../../../src/domain/relations';
import { decodeView } from '../../../src/domain/urlState';
import { describeView } from '../../../src/domain/viewDescription';
import { wordingOf } from '../../../src/domain/wording';
import { showMoreLabel } from '../../../src/components/showMoreLabel';
import { activateLanguage, loadCatalogue, t } from '../../../src/i18n';
import { smallArticle, smallGraph } from '../../fixtures/small';
import type { GraphEdge } from '../../../src/domain/schema';

const edge = (attribution?: GraphEdge['attribution']): GraphEdge => ({
  ...smallGraph.edges[0]!,
  attribution,
});
const labels = labelsById(smallGraph);
const sentence = (e: GraphEdge) => `${labels.get(e.source)} ${e.relation} ${labels.get(e.target)}`;

describe('the interface vocabulary and domain messages', () => {
  beforeAll(async () => {
    await Promise.all([loadCatalogue('ru'), loadCatalogue('kk'), loadCatalogue('zh')]);
  });
  afterEach(() => activateLanguage('en'));

  it('reads the kinds, statuses and claims in the language of the moment', () => {
    expect(KIND_LABELS.state).toBe('State');
    expect(STATUS_LABELS.risk).toBe('Risk');
    activateLanguage('ru');
    expect(KIND_LABELS.state).toBe('Государство');
    expect(STATUS_LABELS.risk).toBe('Риск');
    expect(ATTRIBUTION_LABELS.author).toBe('Оценка автора');
    expect(CLAIM_MARK_ROWS.map((r) => r.label)).toContain('Позиция Китая');
    activateLanguage('kk');
    expect(KIND_LABELS.organization).toBe('Ұйым');
    // Every entry is there to list, as the filters and the legend do.
    expect(Object.keys(KIND_LABELS)).toHaveLength(14);
    expect(Object.values(STATUS_HELP).every((help) => help.length > 0)).toBe(true);
  });

  it('puts the relation inside the claim, where the language wants it', () => {
    const author = edge('author');
    expect(claimSentence(author, labels)).toBe(`The author argues that ${sentence(author)}.`);
    activateLanguage('ru');
    expect(claimSentence(author, labels)).toBe(`Автор утверждает, что ${sentence(author)}.`);
    activateLanguage('zh');
    expect(claimSentence(edge(), labels)).toBe(`${sentence(edge())}。`);
    expect(claimSentence(edge('fact'), labels)).toBe(`文章称，${sentence(edge())}。`);
  });

  it('says the link notices, the view and the legend in the language', () => {
    activateLanguage('ru');
    const { notices } = decodeView('focus=7&tab=nowhere', smallGraph);
    expect(notices).toEqual([
      'Глубина фокуса «7» из ссылки пропущена: укажите 1 или 2.',
      'Вкладка «nowhere» из ссылки пропущена.',
    ]);
    const view = { filters: ALL_FILTERS, spheres: ARTICLE_SPHERES, selection: null, focusDepth: 0 };
    expect(describeView(smallGraph, view)).toMatch(/^Показаны все сферы, виды/);
    const legend = legendOf(smallGraph, ARTICLE_SPHERES);
    expect(legend.statuses.map((s) => s.label)).toContain('Спорная');
    expect(legend.pie).toBe('Круг внутри узла: его сферы, по сектору на каждую');
    expect(wordingOf(smallArticle, ARTICLE_SPHERES).categories).toBe('Сферы сотрудничества');
    activateLanguage('zh');
    expect(
      describeView(smallGraph, { ...view, filters: { ...ALL_FILTERS, kinds: ['state'] } }),
    ).toMatch(/^类型：国家（已关闭：/);
  });

  it('keeps an English apostrophe as it is (ICU quotes only before braces)', () => {
    expect(t('app.error', { view: 'editing', error: 'no canvas' })).toBe(
      "Something went wrong in the map's editing tools: no canvas",
    );
  });

  it('counts what "Show more" adds with the language’s plural forms', () => {
    activateLanguage('ru');
    expect(showMoreLabel(1, 200, 'node')).toBe('Показать оставшийся узел');
    expect(showMoreLabel(3, 200, 'node')).toBe('Показать оставшиеся 3 узла');
    expect(showMoreLabel(21, 200, 'relation')).toBe('Показать оставшуюся 21 связь');
    expect(showMoreLabel(1500, 200, 'node')).toBe(
      'Показать ещё 200 узлов (не показано: 1\u00a0500)',
    );
    activateLanguage('kk');
    expect(showMoreLabel(5, 200, 'node')).toBe('Қалған 5 түйінді көрсету');
  });
});
