import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evidenceRows, sheetCounts } from '../../../../src/domain/exportSheet';
import { visibleElements, ALL_FILTERS } from '../../../../src/domain/filters';
import { pageBlock } from '../../../../src/domain/offlinePage';
import ru from '../../../../data/translations/ru.json';
import { builtInDataset } from '../../../../src/app/dataset';
import { ExportMenu } from '../../../../src/features/export/ExportMenu';
import { showLanguage } from '../../../../src/features/language/language';
import { loadBuiltInTour } from '../../../../src/lib/builtInTour';
import { activateLanguage } from '../../../../src/i18n';
import { speak } from '../../../speak';
import type { AppStore } from '../../../../src/store/store';
import { smallArticle, smallDataset, smallGraph, smallTour } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

afterEach(() => {
  act(() => activateLanguage('en'));
  document.documentElement.lang = 'en';
  localStorage.clear();
});

const { relations, passages } = sheetCounts(
  evidenceRows(smallArticle, smallGraph, visibleElements(smallGraph, ALL_FILTERS)),
);

describe('the Export menu in other languages', () => {
  it('names its button, headings and items in Russian, and says again in Chinese when switched', async () => {
    await speak('ru');
    renderWithStore(<ExportMenu />);
    await userEvent.click(screen.getByRole('button', { name: 'Экспорт' }));
    const menu = screen.getByRole('group', { name: 'Экспорт' });
    await within(menu).findByRole('heading', { name: 'Изображение текущего вида' });
    for (const heading of [
      'Цитаты за показанными связями',
      'Показанный граф для других программ',
      'Публикация',
      'Вся карта, без учёта фильтров',
    ])
      expect(within(menu).getByRole('heading', { name: heading })).toBeVisible();
    for (const name of [
      /^PNG 2× чётче, для слайдов$/,
      /^Таблица цитат \(CSV\)/,
      /^Граф в GEXF для Gephi, с координатами$/,
      /^Встроить…/,
      /^Сохранить как офлайн-страницу…/,
      /^Распечатать раздаточный материал…/,
      /^Файл карты \(Silkgraph JSON\)/,
    ])
      expect(within(menu).getByRole('button', { name })).toBeInTheDocument();
    expect(menu).toHaveTextContent(/Экспорт учитывает фильтры\. Показаны все сферы/);
    // The small map's counts, in Russian plural forms.
    const forms = (n: number, one: string, few: string, many: string) =>
      `${n} ${n % 10 === 1 && n % 100 !== 11 ? one : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100) ? few : many}`;
    expect(menu).toHaveTextContent(
      `${forms(relations, 'связь', 'связи', 'связей')}, ${forms(passages, 'фрагмент', 'фрагмента', 'фрагментов')}`,
    );

    await speak('zh');
    expect(screen.getByRole('button', { name: '导出' })).toBeVisible();
    expect(within(menu).getByRole('heading', { name: '当前视图的图片' })).toBeVisible();
    expect(menu).toHaveTextContent(`${relations} 条关系，${passages} 个原文段落`);
    expect(menu).not.toHaveTextContent(/relations|passages|Exports follow/);
  });

  it('tells the saved sheet in a Kazakh notice', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:sheet');
    URL.revokeObjectURL = vi.fn();
    await speak('kk');
    const { store } = renderWithStore(<ExportMenu />);
    await userEvent.click(screen.getByRole('button', { name: 'Экспорт' }));
    await userEvent.click(
      await screen.findByRole('button', { name: /^Дәйексөздер кестесі \(Markdown\)/ }),
    );
    await waitFor(() =>
      expect(store.getState().notices.at(-1)?.text).toMatch(
        new RegExp(`сақталды \\(${relations} байланыс, ${passages} үзінді\\)$`),
      ),
    );
  });
});

/** Stands in for the map: answers every picture request. */
function answerPictures(store: AppStore) {
  store.subscribe(
    (s) => s.exportRequest,
    (request) => {
      if (request?.format === 'picture')
        queueMicrotask(() => request.deliver({ blob: new Blob(['png']), width: 40, height: 20 }));
    },
  );
}

describe('the Export dialogs in other languages', () => {
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:picture');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('prints the handout in Chinese: its pages, pictures, legend and Print', async () => {
    await speak('zh');
    const { store } = renderWithStore(<ExportMenu />);
    store.setState({ tour: smallTour });
    answerPictures(store);
    await userEvent.click(screen.getByRole('button', { name: '导出' }));
    await userEvent.click(await screen.findByRole('button', { name: /^打印讲义…/ }));
    const dialog = await screen.findByRole('dialog', { name: '打印讲义' });
    await within(dialog).findByRole('button', { name: '打印' });
    expect(dialog).toHaveTextContent('共 4 页：一页标题页，每步一页。');
    const preview = within(dialog).getByRole('region', { name: '讲义预览' });
    expect(within(preview).getByRole('region', { name: '标题页' })).toHaveTextContent(
      '共 3 步，每步一页',
    );
    const first = within(preview).getByRole('region', { name: '第 1 步，共 3 步' });
    expect(within(first).getByRole('heading')).toHaveTextContent(
      `第 1 步，共 3 步 — ${smallTour.steps[0]!.title}`,
    );
    expect(within(first).getByRole('img')).toHaveAccessibleName(
      `第 1 步的地图：${smallTour.steps[0]!.title}`,
    );
    expect(within(first).getByRole('list', { name: '显示的领域' })).toBeInTheDocument();
    expect(within(first).getByRole('list', { name: '线条样式' })).toBeInTheDocument();
    expect(first).toHaveTextContent(/第 1 段/);
    expect(first).toHaveTextContent(`来源：${smallArticle.author}，${smallArticle.title}`);
  });

  it('prints the article’s handout in Russian with each quote’s translation under it, said once', async () => {
    const { store } = renderWithStore(<ExportMenu />, builtInDataset);
    await act(() => showLanguage(store, 'ru'));
    const tour = await loadBuiltInTour();
    act(() => store.setState({ tour }));
    answerPictures(store);
    await userEvent.click(screen.getByRole('button', { name: 'Экспорт' }));
    await userEvent.click(await screen.findByRole('button', { name: /^Распечатать раздаточный/ }));
    const dialog = await screen.findByRole('dialog', { name: /раздаточн/i });
    const preview = await within(dialog).findByRole('region', { name: /^Предпросмотр/ });
    const first = within(preview).getByRole('region', { name: /^Шаг 1 из 14/ });
    const lists = within(first).getAllByRole('list', { name: 'Перевод цитат — перевод проекта' });
    const shown = lists.flatMap((l) => [...l.querySelectorAll('q')].map((q) => q.textContent));
    expect(shown.length).toBeGreaterThan(0);
    for (const text of shown) expect(Object.values(ru.quotes)).toContain(text);
    // The passages stay the source's words …
    expect(first.querySelector('blockquote')).not.toHaveTextContent(shown[0]!);
    // … and the foot of the page says whose the translations under them are.
    expect(first).toHaveTextContent('Под каждой цитатой — её перевод, выполненный проектом.');
  });

  it('embeds in Kazakh: its fields, choices, Copy and preview', async () => {
    await speak('kk');
    renderWithStore(<ExportMenu />);
    await userEvent.click(screen.getByRole('button', { name: 'Экспорт' }));
    await userEvent.click(await screen.findByRole('button', { name: /^Ендіру…/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Курс бетіне ендіру' });
    expect(within(dialog).getByRole('group', { name: 'Көрсету' })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'Саяхатты бірінші қадамнан' })).toBeEnabled();
    expect(within(dialog).getByRole('spinbutton', { name: 'Ені' })).toHaveValue(800);
    expect(within(dialog).getByRole('textbox', { name: 'Қоятын HTML' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Кодты көшіру' })).toBeInTheDocument();
    expect(
      within(dialog).getByRole('heading', { name: /^Алдын ала қарау, өлшемі 800 × 600/ }),
    ).toBeVisible();
    expect(within(dialog).getByTitle('Ендірілген блокты алдын ала қарау')).toBeInTheDocument();
  });

  it('saves the offline page in Russian, its size and tour in words', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(() =>
      Promise.resolve(
        new Response(
          `<!doctype html><html><head><title>Silkgraph</title></head><body>${pageBlock('{}')}</body></html>`,
          { status: 200 },
        ),
      ),
    );
    await speak('ru');
    const { store } = renderWithStore(<ExportMenu />);
    store.getState().replaceDataset({ ...smallDataset, tour: smallTour });
    await userEvent.click(screen.getByRole('button', { name: 'Экспорт' }));
    await userEvent.click(
      await screen.findByRole('button', { name: /^Сохранить как офлайн-страницу…/ }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Сохранить как офлайн-страницу' });
    expect(
      within(dialog).getByRole('group', { name: 'Страница откроется на' }),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('radio', { name: 'Экскурсии с первого шага' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        /\.html: \d+(,\d+)? (КБ|МБ), с экскурсией из 3 шагов\./,
      ),
    );
    expect(within(dialog).getByRole('button', { name: 'Сохранить страницу' })).toBeEnabled();
  });
});
