import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { builtInDataset } from '../../../../src/app/dataset';
import { NodeDetails } from '../../../../src/features/evidence/NodeDetails';
import { LanguageMenu } from '../../../../src/features/language/LanguageMenu';
import { SearchBox } from '../../../../src/features/search/SearchBox';
import { activateLanguage } from '../../../../src/i18n';
import { useApp } from '../../../../src/store/context';
import { renderWithStore } from '../../renderWithStore';

afterEach(() => {
  act(() => activateLanguage('en'));
  localStorage.clear();
});

function Kazakhstan() {
  const node = useApp((s) => s.graph.nodes.find((n) => n.id === 'kazakhstan'));
  return node ? <NodeDetails node={node} onSelect={() => {}} /> : null;
}

describe('the language menu', () => {
  it('names each language in itself and switches the interface, the map and <html lang>', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <LanguageMenu />
        <Kazakhstan />
      </>,
      builtInDataset,
    );
    const menu = screen.getByRole('combobox', { name: 'Language' });
    expect(
      within(menu)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['English', 'Русский', 'Қазақша', '中文']);
    expect(screen.getByRole('heading', { name: 'Kazakhstan' })).toBeInTheDocument();
    expect(screen.queryByText('Project’s translation')).not.toBeInTheDocument();

    await user.selectOptions(menu, 'Қазақша');
    await waitFor(() => expect(store.getState().language).toBe('kk'));
    expect(screen.getByRole('combobox', { name: 'Тіл' })).toHaveValue('kk');
    expect(document.documentElement.lang).toBe('kk');
    expect(screen.getByRole('heading', { name: 'Қазақстан' })).toBeInTheDocument();
    // Marked as the project's translation, with the source's own name beside it.
    // (The first such badge: the quotes' translations further down have theirs.)
    const mark = screen.getAllByText('Жобаның аудармасы')[0]!.closest('p')!;
    expect(mark).toHaveClass('translation-mark');
    expect(within(mark).getByText('Kazakhstan')).toHaveAttribute('lang', 'en');
    expect(localStorage.getItem('silkgraph:pref:language')).toBe('"kk"');
  });
});

describe('search in the four languages', () => {
  it.each(['Казахстан', 'Қазақстан', '哈萨克斯坦', 'Kazakhstan'])(
    'finds Kazakhstan by “%s” whatever the interface’s language',
    async (query) => {
      const user = userEvent.setup();
      renderWithStore(<SearchBox />, builtInDataset);
      await user.type(screen.getByRole('combobox', { name: 'Search nodes' }), query);
      const options = await screen.findAllByRole('option');
      expect(options[0]).toHaveAccessibleName(/^Kazakhstan\b/);
    },
  );
});
