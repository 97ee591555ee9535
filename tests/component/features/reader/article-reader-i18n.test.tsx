import { act, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ArticleReader } from '../../../../src/features/reader/ArticleReader';
import { activateLanguage, loadCatalogue } from '../../../../src/i18n';
import { renderWithStore } from '../../renderWithStore';

beforeAll(async () => {
  await Promise.all([loadCatalogue('ru'), loadCatalogue('zh')]);
});
afterEach(() => act(() => activateLanguage('en')));

describe('ArticleReader in other languages', () => {
  it('names the region, the passage buttons and the summary in Russian, with Russian quotes', () => {
    act(() => activateLanguage('ru'));
    const { store } = renderWithStore(<ArticleReader />);
    const region = screen.getByRole('region', { name: 'Статья' });
    expect(region).toHaveTextContent('3 фрагмента подтверждают то, что показано на карте');
    const button = screen.getByRole('button', {
      name: '«Beta exports oil to Alpha. The…»: выбрать 3 элемента, которые подтверждает этот фрагмент',
    });
    expect(button).toBeInTheDocument();
    act(() => store.getState().selectElement({ type: 'node', id: 'alpha' }));
    expect(region).toHaveTextContent('Обоснования для «Alpha»: выделен 1 фрагмент');
    act(() => store.getState().selectElement({ type: 'passage', id: 'p2' }));
    expect(screen.getByRole('button', { pressed: true })).toHaveAttribute('title', 'Снять выбор');
  });

  it('follows a change of language to Chinese', () => {
    renderWithStore(<ArticleReader />);
    expect(screen.getByRole('region', { name: 'Article' })).toBeInTheDocument();
    act(() => activateLanguage('zh'));
    expect(screen.getByRole('region', { name: '文章' })).toHaveTextContent(
      '3 个段落支持地图所示内容',
    );
    expect(
      screen.getByRole('button', {
        name: '“Beta exports oil to Alpha. The…”：选择此段落支持的 3 个元素',
      }),
    ).toBeInTheDocument();
  });
});
