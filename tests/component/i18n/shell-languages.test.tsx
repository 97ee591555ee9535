import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MapLegend } from '../../../src/app/MapLegend';
import { PanelToggle } from '../../../src/app/PanelToggle';
import { NoticeList } from '../../../src/components/NoticeList';
import { FilterPanel } from '../../../src/features/filters/FilterPanel';
import { ElementList } from '../../../src/features/list/ElementList';
import { PathPanel } from '../../../src/features/path/PathPanel';
import { SearchBox } from '../../../src/features/search/SearchBox';
import { MapActions } from '../../../src/features/toolbar/Toolbar';
import { activateLanguage, loadCatalogue, type Language } from '../../../src/i18n';
import { renderWithStore } from '../renderWithStore';

const speak = (language: Language) => act(() => activateLanguage(language));

describe('the shell, the filters, the list, the path and the search in other languages', () => {
  beforeAll(async () => {
    await Promise.all([loadCatalogue('ru'), loadCatalogue('kk'), loadCatalogue('zh')]);
  });
  afterEach(() => speak('en'));

  // Many role queries over a whole panel: slow on a busy machine.
  it('Filters: headings, groups, counts and buttons in Russian', { timeout: 20_000 }, () => {
    renderWithStore(<FilterPanel />);
    speak('ru');
    const panel = screen.getByRole('region', { name: 'Фильтры' });
    expect(within(panel).getByRole('heading', { name: 'Фильтры' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Сферы сотрудничества' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Виды узлов (форма)' })).toBeInTheDocument();
    // "2 узла · 1 связь": the plural forms of Russian, the sphere's own name kept.
    expect(screen.getByRole('checkbox', { name: /^Political,\s?2 узла · 1 связь$/ })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Показать только «Political»' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Все сферы' })).toBeDisabled();
    expect(within(panel).getAllByRole('status')[0]).toHaveTextContent(/^Показано \d+ из \d+ узл/);
    expect(screen.getByText('Что остаётся на карте?')).toBeInTheDocument();
  });

  it('Filters: the same in Kazakh', { timeout: 20_000 }, () => {
    renderWithStore(<FilterPanel />);
    speak('kk');
    expect(screen.getByRole('region', { name: 'Сүзгілер' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Ынтымақтастық салалары' })).toBeInTheDocument();
    expect(
      screen.getByRole('checkbox', { name: /^Political,\s?2 түйін · 1 байланыс$/ }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Ешқайсы' })).toBeEnabled();
  });

  it('List: its heading, fields, groups and status line in Russian', () => {
    renderWithStore(<ElementList />);
    speak('ru');
    expect(screen.getByRole('heading', { name: 'Элементы' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Фильтр списка' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Включая скрытые' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Узлы \(\d+\)$/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Связи \(\d+\)$/ })).toBeInTheDocument();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(/^В списке \d+ узл.* и \d+ связ/);
  });

  it('Path and search in Chinese', () => {
    renderWithStore(
      <>
        <SearchBox />
        <PathPanel />
      </>,
    );
    speak('zh');
    expect(screen.getByRole('combobox', { name: '搜索节点' })).toHaveAttribute(
      'placeholder',
      '搜索节点…（ / ）',
    );
    const path = screen.getByRole('region', { name: '路径' });
    expect(within(path).getByRole('combobox', { name: '起点' })).toBeInTheDocument();
    expect(within(path).getByRole('combobox', { name: '终点' })).toBeInTheDocument();
    expect(within(path).getByRole('button', { name: '交换起终点' })).toBeDisabled();
    expect(within(path).getAllByRole('option', { name: '选择节点…' })).toHaveLength(2);
  });

  it('The header’s tools, the legend and the notices in Russian and Kazakh', () => {
    renderWithStore(
      <>
        <PanelToggle panel="tools" controls="tools-panel" shortcut="[" />
        <MapActions />
        <MapLegend />
      </>,
    );
    speak('ru');
    const toggle = screen.getByRole('button', { name: 'Инструменты' });
    expect(toggle).toHaveAttribute(
      'title',
      expect.stringMatching(/^(Скрыть|Показать) инструменты \(\[\)$/),
    );
    const actions = screen.getByRole('toolbar', { name: 'Действия с картой' });
    expect(within(actions).getByRole('button', { name: 'Вписать в экран' })).toBeVisible();
    expect(
      within(actions).getByRole('button', { name: 'Копировать ссылку на этот вид' }),
    ).toBeVisible();
    expect(within(actions).getByRole('combobox', { name: /^Размер узлов по/ })).toBeVisible();
    const legend = screen.getByRole('complementary', { name: 'Легенда' });
    expect(within(legend).getByRole('list', { name: 'Стили линий' })).toHaveTextContent('Спорная');

    speak('kk');
    expect(screen.getByRole('button', { name: 'Құралдар' })).toBeVisible();
    expect(within(legend).getByRole('list', { name: 'Пішіндер' })).toHaveTextContent('Мемлекет');
  });

  it('Notices count what waits and name their dismiss buttons in the language', () => {
    const shown = [{ id: 1, kind: 'error' as const, text: 'Ошибка файла' }];
    render(<NoticeList shown={shown} waiting={2} onDismiss={() => {}} />);
    speak('ru');
    expect(screen.getByText('Ещё 2 уведомления на очереди')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Закрыть уведомление: Ошибка файла' })).toBeVisible();
    speak('zh');
    expect(screen.getByText('还有 2 条通知待显示')).toBeInTheDocument();
  });
});
