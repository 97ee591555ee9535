import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Selection } from '../../../../src/domain/evidence';
import { DetailsPanel } from '../../../../src/features/evidence/DetailsPanel';
import { PassageDetails } from '../../../../src/features/evidence/PassageDetails';
import { activateLanguage, loadCatalogue } from '../../../../src/i18n';
import type { AppStore } from '../../../../src/store/store';
import { syntheticDataset } from '../../../fixtures/synthetic';
import { elementsByBlock } from '../../../../src/domain/evidence';
import { smallDataset } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

const select = (store: AppStore, ref: Selection | null) =>
  act(() => store.getState().selectElement(ref));

beforeAll(async () => {
  await Promise.all([loadCatalogue('ru'), loadCatalogue('kk'), loadCatalogue('zh')]);
});
afterEach(() => act(() => activateLanguage('en')));

describe('DetailsPanel in other languages', () => {
  it('speaks Russian around a node: region, headings, focus buttons, passage count', () => {
    act(() => activateLanguage('ru'));
    const { store } = renderWithStore(<DetailsPanel />);
    const panel = screen.getByRole('region', { name: 'Подробности' });
    expect(panel).toHaveTextContent(/Выберите узел или связь на карте/);
    select(store, { type: 'node', id: 'alpha' });
    expect(screen.getByRole('list', { name: 'Сферы' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Другие названия: Alphaville');
    expect(screen.getByRole('group', { name: 'Окрестность узла' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '1 шаг' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '2 шага' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Выкл.' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: /^Обоснования 1 фрагмент$/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Показать в статье' }).length).toBeGreaterThan(0);
    expect(panel).not.toHaveTextContent(/Evidence|Show in article|Focus|Also called/);
  });

  it('speaks Russian around a relation: its kind and facts', () => {
    act(() => activateLanguage('ru'));
    const { store } = renderWithStore(<DetailsPanel />);
    select(store, { type: 'edge', id: 'alpha-treaty-beta' });
    const panel = screen.getByRole('region', { name: 'Подробности' });
    expect(panel).toHaveTextContent('Связь');
    expect(panel).toHaveTextContent('Статус');
    expect(panel).not.toHaveTextContent(/Status|Year|Whose claim/);
  });

  it('speaks Kazakh and Chinese around a passage, and counts with each language’s plural', () => {
    act(() => activateLanguage('kk'));
    const { store } = renderWithStore(<DetailsPanel />);
    select(store, { type: 'passage', id: 'p1' });
    expect(screen.getByRole('heading', { level: 2, name: 'Үзінді' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Бұл үзінді нені растайды' }),
    ).toBeInTheDocument();
    act(() => activateLanguage('zh'));
    expect(screen.getByRole('region', { name: '详情' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '原文段落' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '在文章中显示' })).toBeInTheDocument();
    // The relation buttons, memoized in their list, follow the language too.
    expect(screen.getAllByRole('button', { name: /，/ }).length).toBeGreaterThan(0);
  });

  it('says how much of a long passage it lists in Russian, with the genitive after “из”', () => {
    const big = syntheticDataset({ nodes: 300, edges: 600, seed: 7 });
    const [passage, refs] = [...elementsByBlock(big.graph)].sort(
      (a, b) => b[1].length - a[1].length,
    )[0]!;
    act(() => activateLanguage('ru'));
    const block = big.article.blocks.find((b) => b.id === passage)!;
    const { container } = renderWithStore(
      <PassageDetails block={block} onSelect={() => undefined} pageSize={2} />,
      { ...big, spheres: smallDataset.spheres },
    );
    expect(refs.length).toBeGreaterThan(4);
    expect(
      within(container).getByText(/^Показаны 2 из \d+ (узла|узлов) и 2 из \d+ (связи|связей)\.$/),
    ).toBeInTheDocument();
  });
});
