import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import ru from '../../../../data/translations/ru.json';
import zh from '../../../../data/translations/zh.json';
import { builtInDataset } from '../../../../src/app/dataset';
import { DetailsPanel } from '../../../../src/features/evidence/DetailsPanel';
import { showLanguage } from '../../../../src/features/language/language';
import { StepPassages } from '../../../../src/features/tour/StepPassages';
import { activateLanguage } from '../../../../src/i18n';
import { loadBuiltInTour } from '../../../../src/lib/builtInTour';
import type { AppStore } from '../../../../src/store/store';
import { smallDataset } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

const EDGE = 'china-proposed-csf';
const quotesOf = (id: string) =>
  builtInDataset.graph.edges.find((e) => e.id === id)!.evidence.map((ev) => ev.quote);
const ruQuotes: Record<string, string> = ru.quotes;
const zhQuotes: Record<string, string> = zh.quotes;

afterEach(() => {
  act(() => activateLanguage('en'));
  document.documentElement.lang = 'en';
  localStorage.clear();
});

async function inLanguage(store: AppStore, lang: 'ru' | 'zh' | 'en') {
  await act(() => showLanguage(store, lang));
}

describe('the project’s translation of a quote', () => {
  it('is shown under the passage, marked, in its language; the quote stays as written', async () => {
    const { store } = renderWithStore(<DetailsPanel />, builtInDataset);
    await inLanguage(store, 'ru');
    act(() => store.getState().selectElement({ type: 'edge', id: EDGE }));
    const [first] = quotesOf(EDGE);
    // The source's words, highlighted in the English passage …
    const passage = screen.getAllByRole('blockquote').find((b) => b.textContent!.includes(first!))!;
    expect(passage).toHaveAttribute('lang', 'en');
    expect(passage.querySelectorAll('mark').length).toBeGreaterThan(0);
    // … and under it, the translation, badged as the project's and in Russian.
    const figure = passage.closest('figure')!;
    const list = within(figure).getByRole('list', { name: 'Перевод цитат — перевод проекта' });
    const item = within(list).getAllByRole('listitem')[0]!;
    expect(item).toHaveTextContent(/^Перевод проекта/);
    const translated = item.querySelector('q')!;
    expect(translated).toHaveAttribute('lang', 'ru');
    expect(translated).toHaveTextContent(ruQuotes[first!]!);
    expect(figure.textContent).not.toContain(`${ruQuotes[first!]} ${first}`);

    await inLanguage(store, 'zh');
    expect(within(figure).getByRole('list', { name: '引文的项目译文' })).toHaveTextContent(
      zhQuotes[first!]!,
    );
  });

  it('is not shown in English, nor for a map that is not the article’s', async () => {
    const { store } = renderWithStore(<DetailsPanel />, builtInDataset);
    act(() => store.getState().selectElement({ type: 'edge', id: EDGE }));
    expect(screen.queryByRole('list', { name: /translation of the quotes/ })).toBeNull();
    await inLanguage(store, 'ru');
    expect(screen.getAllByRole('list', { name: 'Перевод цитат — перевод проекта' }).length).toBe(
      new Set(builtInDataset.graph.edges.find((e) => e.id === EDGE)!.evidence.map((e) => e.block))
        .size,
    );
    act(() => store.getState().replaceDataset(smallDataset));
    act(() => store.getState().selectElement({ type: 'edge', id: 'alpha-treaty-beta' }));
    expect(screen.getAllByRole('blockquote').length).toBeGreaterThan(0);
    expect(screen.queryByRole('list', { name: 'Перевод цитат — перевод проекта' })).toBeNull();
  });

  it('is shown under each tour step’s passages, in the passage’s order', async () => {
    const tour = await loadBuiltInTour();
    const { store } = renderWithStore(<StepPassages step={tour.steps[0]!} />, builtInDataset);
    await inLanguage(store, 'ru');
    const lists = screen.getAllByRole('list', { name: 'Перевод цитат — перевод проекта' });
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      const text = list.closest('figure')!.querySelector('blockquote')!.textContent!;
      const shown = within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('q')!.textContent);
      const inOrder = Object.entries(ruQuotes)
        .filter(([q, tr]) => text.includes(q) && shown.includes(tr))
        .sort(([a], [b]) => text.indexOf(a) - text.indexOf(b))
        .map(([, tr]) => tr);
      expect(shown).toEqual(inOrder);
    }
  });

  it('translates a quote that lies inside a longer one only once, in the longer one', async () => {
    const tour = await loadBuiltInTour();
    const step = tour.steps.find((s) => s.id === 'visit-2013-silk-road')!;
    const { store } = renderWithStore(<StepPassages step={step} />, builtInDataset);
    await inLanguage(store, 'ru');
    const figures = screen.getAllByRole('figure');
    const overlapping = figures.find((f) => {
      const text = f.querySelector('blockquote')!.textContent!;
      const quotes = Object.keys(ruQuotes).filter((q) => text.includes(q));
      return quotes.some((q) => quotes.some((o) => o !== q && o.includes(q)));
    });
    expect(overlapping, 'a passage of the step with a quote inside another').toBeDefined();
    const shown = [...overlapping!.querySelectorAll('.quote-translation q')].map(
      (q) => q.textContent!,
    );
    const quotes = shown.map((tr) => Object.keys(ruQuotes).find((q) => ruQuotes[q] === tr)!);
    expect(shown.length).toBeGreaterThan(0);
    for (const q of quotes) expect(quotes.filter((o) => o !== q && o.includes(q))).toEqual([]);
  });
});
