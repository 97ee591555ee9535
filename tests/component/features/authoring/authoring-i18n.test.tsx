import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import AuthoringBar from '../../../../src/features/authoring/AuthoringBar';
import EditorSlot from '../../../../src/features/authoring/editors/EditorSlot';
import { NewMapButton } from '../../../../src/features/authoring/newMap/NewMapButton';
import { useAuthoringUi } from '../../../../src/features/authoring/ui';
import { activateLanguage } from '../../../../src/i18n';
import { speak } from '../../../speak';
import { ownDataset } from '../../../fixtures/ownCategories';
import { smallDataset } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

const closeAll = () =>
  useAuthoringUi.setState({ editorFor: null, relationEvidence: null, quoteDialog: false });

beforeEach(closeAll);
afterEach(() => {
  cleanup();
  closeAll();
  act(() => activateLanguage('en'));
});

describe('the authoring tools in Russian', () => {
  it('name the Edit map bar, its buttons and the save state in Russian', async () => {
    await speak('ru');
    const { store } = renderWithStore(<AuthoringBar onSaveFile={() => undefined} />);
    act(() => store.getState().openOwnMap(smallDataset, null));
    const bar = screen.getByRole('toolbar', { name: 'Правка карты' });
    for (const name of [
      'Отменить',
      'Повторить',
      'Выделить фрагмент текста…',
      'Импорт аннотаций…',
      'Добавить этот вид как шаг',
      'Шаги экскурсии…',
      'Категории…',
      'Сохранить как файл карты',
    ])
      expect(within(bar).getByRole('button', { name })).toBeInTheDocument();
    expect(within(bar).getByRole('status')).toHaveTextContent('Не сохранена в «Моих картах»');
  });

  it('show the Categories dialog in Russian, with its counts in Russian plural forms', async () => {
    await speak('ru');
    const { store } = renderWithStore(<AuthoringBar />);
    act(() => store.getState().openOwnMap(ownDataset, null));
    await userEvent.click(screen.getByRole('button', { name: 'Категории…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Категории' });
    expect(within(dialog).getByRole('list', { name: 'Категории этой карты' })).toBeInTheDocument();
    expect(
      within(dialog).getByRole('textbox', { name: 'Название категории «Fields»' }),
    ).toHaveValue('Fields');
    expect(
      within(dialog).getByRole('button', { name: 'Переместить «Diplomacy» выше' }),
    ).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Удалить «Fields»' }));
    const asking = within(dialog).getByRole('group', { name: 'Удалить «Fields»' });
    // Fields holds three nodes and two relations of the fixture: Russian's “few” forms.
    expect(asking).toHaveTextContent('Категория «Fields» используется (3 узла и 2 связи).');
    expect(within(asking).getByRole('button', { name: 'Перенести и удалить' })).toBeInTheDocument();
    expect(within(asking).getByRole('button', { name: 'Оставить' })).toBeInTheDocument();
  });

  it('ask before deleting a node, counting its relations in Russian', async () => {
    await speak('ru');
    const user = userEvent.setup();
    const { store } = renderWithStore(<EditorSlot />);
    act(() => {
      store.getState().openOwnMap(smallDataset, null);
      store.getState().selectElement({ type: 'node', id: 'beta' });
    });
    await user.click(await screen.findByRole('button', { name: 'Изменить узел' }));
    const label = store.getState().graph.nodes.find((n) => n.id === 'beta')!.label;
    const form = screen.getByRole('form', { name: `Изменить узел «${label}»` });
    expect(within(form).getByRole('button', { name: 'Сохранить узел' })).toBeInTheDocument();
    expect(within(form).getByRole('group', { name: 'Категории' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Удалить узел…' }));
    const confirm = screen.getByRole('group', { name: 'Удаление узла' });
    expect(confirm).toHaveTextContent(`Удалить «${label}» и его 3 связи?`);
  });
});

describe('the New map dialog in Kazakh', () => {
  it('names its fields and buttons in Kazakh and counts the blocks read', async () => {
    await speak('kk');
    renderWithStore(<NewMapButton keep={async () => ({ id: 'kept' })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Жаңа карта' }));
    const dialog = await screen.findByRole('dialog', { name: 'Жаңа карта' });
    expect(within(dialog).getByRole('textbox', { name: 'Атауы (міндетті)' })).toBeInTheDocument();
    expect(
      within(dialog).getByRole('radiogroup', { name: 'Қойылған мәтіннің пішімі' }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Карта жасау' })).toBeInTheDocument();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Мәтінді қойыңыз' }),
      'Бір.{Enter}{Enter}Екі.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Қойылған мәтінді оқу' }));
    await waitFor(
      () =>
        expect(within(dialog).getByRole('status')).toHaveTextContent(
          'Қойылған мәтінде: 0 тақырып, 2 абзац және 0 тізім тармағы.',
        ),
      { timeout: 5000 },
    );
  });
});

describe('the Tour steps dialog in Chinese', () => {
  it('says there is no tour yet, in Chinese', async () => {
    await speak('zh');
    const { store } = renderWithStore(<AuthoringBar />);
    act(() => store.getState().openOwnMap(smallDataset, null));
    await userEvent.click(screen.getByRole('button', { name: '导览步骤…' }));
    const dialog = await screen.findByRole('dialog', { name: '导览步骤' });
    expect(dialog).toHaveTextContent('此地图还没有导览。');
  });
});
