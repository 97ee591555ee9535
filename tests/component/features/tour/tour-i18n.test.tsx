import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import PresenterConsole from '../../../../src/features/tour/PresenterConsole';
import { TourButton } from '../../../../src/features/tour/TourButton';
import { TourLoader } from '../../../../src/features/tour/TourLoader';
import { activateLanguage, loadCatalogue } from '../../../../src/i18n';
import { renderWithStore } from '../../renderWithStore';
import { present } from './present';

beforeAll(async () => {
  await Promise.all([loadCatalogue('ru'), loadCatalogue('kk'), loadCatalogue('zh')]);
});
afterEach(() => {
  act(() => activateLanguage('en'));
  vi.restoreAllMocks();
});

describe('the tour in other languages', () => {
  it('speaks Russian: region, step counter, steps, controls, keys and the blank screen', () => {
    act(() => activateLanguage('ru'));
    const { store } = present(1);
    const region = screen.getByRole('region', { name: 'Экскурсия' });
    expect(within(region).getByText('Шаг 2 из 3')).toBeInTheDocument();
    expect(within(region).getByRole('progressbar', { name: 'Шаг 2 из 3' })).toBeInTheDocument();
    const steps = within(region).getByRole('navigation', { name: 'Шаги экскурсии' });
    expect(within(steps).getByRole('button', { name: 'Шаг 1: Treaty' })).toBeInTheDocument();
    expect(within(region).getByRole('group', { name: 'Текст шага' })).toBeInTheDocument();
    expect(within(region).getByRole('list', { name: 'Показанные сферы' })).toBeInTheDocument();
    for (const name of [
      '← Назад',
      'Далее →',
      'Во весь экран (F)',
      'Затемнить экран (B)',
      'Выйти из экскурсии (Esc)',
      'Режим докладчика',
      'Выйти из экскурсии',
    ])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(region).toHaveTextContent(/^.*Клавиши: → Space PageDown — далее/);
    act(() => store.getState().setTourBlanked(true));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Экран затемнён. Нажмите B, клавишу перехода или эту кнопку, чтобы снова показать шаг 2.',
    );
  });

  it('names the toolbar button, and tells with its plural that a tour has fewer steps', async () => {
    act(() => activateLanguage('ru'));
    const { store } = renderWithStore(
      <>
        <TourButton />
        <TourLoader />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Показать экскурсию' })).toBeInTheDocument();
    act(() => store.getState().requestTour(99));
    await waitFor(() => expect(store.getState().tourStep).not.toBeNull());
    const steps = store.getState().tour!.steps.length;
    expect(steps).toBe(14);
    expect(store.getState().notices.at(-1)?.text).toBe(
      'В экскурсии 14 шагов; вместо шага 100 показан последний.',
    );
    act(() => activateLanguage('kk'));
    expect(screen.getByRole('button', { name: 'Саяхаттан шығу' })).toBeInTheDocument();
  });

  it('shows the presenter view in Chinese while it waits for the audience', () => {
    vi.spyOn(window, 'postMessage').mockImplementation(() => undefined);
    act(() => activateLanguage('zh'));
    renderWithStore(<PresenterConsole session="abcdefgh12345678" showLanguage={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^演讲者视图 Silkgraph$/);
    expect(document.title).toBe('演讲者视图 — Silkgraph');
    expect(screen.getByRole('status')).toHaveTextContent('正在等待观众窗口…');
    expect(screen.getByRole('button', { name: '重置计时' })).toBeInTheDocument();
    expect(screen.getByText('已用时间')).toBeInTheDocument();
    expect(screen.getByText(/^此处的按键也会控制观众窗口/)).toBeInTheDocument();
  });
});
