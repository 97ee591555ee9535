import 'fake-indexeddb/auto';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MapLibrary, mapLibrary } from '../../../../src/lib/mapLibrary';
import { MyMapsButton } from '../../../../src/features/maps/MyMapsButton';
import { activateLanguage } from '../../../../src/i18n';
import { speak } from '../../../speak';
import { smallDataset, smallTour } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

beforeEach(async () => {
  for (const map of await mapLibrary().list()) await mapLibrary().remove(map.id);
});
afterEach(() => act(() => activateLanguage('en')));

// The small article has 5 nodes and 4 relations: Russian says "5 узлов" but "4 связи".

describe('My maps in Russian', () => {
  it('names its dialog, notes, actions, counts and relative dates in Russian', async () => {
    await speak('ru');
    const { store } = renderWithStore(<MyMapsButton />);
    store.setState({ tour: smallTour });
    await userEvent.click(screen.getByRole('button', { name: 'Мои карты' }));
    const dialog = await screen.findByRole('dialog', { name: 'Мои карты' });
    expect(
      await within(dialog).findByText('В этом браузере пока нет сохранённых карт.'),
    ).toBeVisible();
    expect(within(dialog).getByRole('region', { name: 'Карта на экране' })).toBeVisible();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Создать копию для редактирования' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(store.getState().notices.at(-1)?.text).toBe(
      '«A small article (копия)» сохранена в «Моих картах»: редактируйте её инструментами над картой.',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Мои карты' }));
    const reopened = await screen.findByRole('dialog', { name: 'Мои карты' });
    const list = await within(reopened).findByRole('list', {
      name: 'Сохранённые карты, сначала недавно изменённые',
    });
    expect(
      within(list).getByRole('heading', { name: 'A small article (копия)' }).parentElement,
    ).toHaveTextContent('5 узлов · 4 связи · с текстом · изменена только что · на экране');
    const actions = within(reopened).getByRole('group', { name: 'A small article (копия)' });
    for (const name of ['Открыть', 'Переименовать', 'Копировать', 'Удалить'])
      expect(within(actions).getByRole('button', { name })).toBeVisible();
    await userEvent.click(within(actions).getByRole('button', { name: 'Удалить' }));
    const removed = await within(reopened).findByRole('list', { name: 'Удалённые карты' });
    expect(removed).toHaveTextContent('«A small article (копия)» удалена.');
    expect(within(removed).getByRole('button', { name: 'Отменить' })).toBeVisible();
  });
});

describe('My maps in Kazakh', () => {
  it('says when a map was edited in Kazakh', async () => {
    // Kept two days before the list is read.
    const twoDaysAgo = Date.now() - 2 * 86_400_000;
    const library = new MapLibrary('silkgraph', () => twoDaysAgo);
    await library.add('Seminar', smallDataset);
    library.close();
    await speak('kk');
    renderWithStore(<MyMapsButton />);
    await userEvent.click(screen.getByRole('button', { name: 'Менің карталарым' }));
    const dialog = await screen.findByRole('dialog', { name: 'Менің карталарым' });
    expect(
      within(dialog).getByText(
        'Тек осы браузерде сақталады. Картаны біреуге беру немесе сенімді сақтау үшін «Экспорт → Карта файлы» пәрменін қолданыңыз.',
      ),
    ).toBeVisible();
    const item = (await within(dialog).findByRole('heading', { name: 'Seminar' })).parentElement!;
    expect(item).toHaveTextContent(
      `5 түйін · 4 байланыс · мәтінімен · өзгертілді: ${new Intl.RelativeTimeFormat('kk', { numeric: 'auto' }).format(-2, 'day')}`,
    );
    expect(within(dialog).getByRole('button', { name: 'Ашу' })).toBeVisible();
  });
});
