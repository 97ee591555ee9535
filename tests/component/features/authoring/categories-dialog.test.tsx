import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import AuthoringBar from '../../../../src/features/authoring/AuthoringBar';
import { ownDataset } from '../../../fixtures/ownCategories';
import { renderWithStore } from '../../renderWithStore';

async function openDialog() {
  const { store } = renderWithStore(<AuthoringBar />);
  store.getState().openOwnMap(ownDataset, null);
  await userEvent.click(screen.getByRole('button', { name: 'Categories…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Categories' });
  return { store, dialog, s: () => store.getState() };
}

const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);

describe('Categories dialog', () => {
  it('lists the map’s categories with their names and colours', async () => {
    const { dialog } = await openDialog();
    const list = within(dialog).getByRole('list', { name: 'Categories of this map' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(within(dialog).getByRole('textbox', { name: 'Name of Trade routes' })).toHaveValue(
      'Trade routes',
    );
    expect(within(dialog).getByLabelText('Colour of Fields')).toHaveValue('#009e73');
    expect(within(dialog).getByRole('button', { name: 'Move Diplomacy up' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Move Fields down' })).toBeDisabled();
  });

  it('renames on Enter, one undo step, and keeps a refused name in the field with why', async () => {
    const { dialog, s } = await openDialog();
    const name = within(dialog).getByRole('textbox', { name: 'Name of Fields' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Oil fields{Enter}');
    expect(s().spheres[2]).toEqual({ id: 'fields', label: 'Oil fields', colour: '#009e73' });
    expect(s().past).toHaveLength(1);
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Renamed “Fields” to “Oil fields”.',
    );

    const other = within(dialog).getByRole('textbox', { name: 'Name of Oil fields' });
    await userEvent.clear(other);
    await userEvent.type(other, 'diplomacy{Enter}');
    expect(other).toHaveValue('diplomacy');
    expect(other).toHaveAccessibleDescription('There is already a category named “Diplomacy”.');
    expect(s().spheres[2]!.label).toBe('Oil fields');

    act(() => s().undo());
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Name of Fields' }),
      '{Escape}',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Name of Fields' })).toHaveValue('Fields');
  });

  it('recolours when a colour is chosen', async () => {
    const { dialog, s } = await openDialog();
    const colour = within(dialog).getByLabelText('Colour of Diplomacy');
    fireEvent.input(colour, { target: { value: '#aa4499' } });
    expect(s().past).toHaveLength(0);
    fireEvent.change(colour, { target: { value: '#aa4499' } });
    expect(s().spheres[0]!.colour).toBe('#aa4499');
    expect(s().past).toHaveLength(1);
  });

  it('adds a category with the next default colour, shown in the filter', async () => {
    const { dialog, s } = await openDialog();
    act(() => s().toggleSphere('fields'));
    const form = within(dialog).getByRole('form', { name: 'New category' });
    expect(within(form).getByLabelText('Colour of the new category')).toHaveValue('#cc79a7');
    await userEvent.type(within(form).getByRole('textbox', { name: 'New category' }), 'Water');
    await userEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect(s().spheres.at(-1)).toEqual({ id: 'water', label: 'Water', colour: '#cc79a7' });
    expect(s().filters.spheres).toEqual(['diplomacy', 'trade-routes', 'water']);
    expect(within(dialog).getByRole('textbox', { name: 'Name of Water' })).toBeVisible();
    expect(within(form).getByLabelText('Colour of the new category')).toHaveValue('#996600');

    await userEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect(within(form).getByText('A category needs a name.')).toBeVisible();
  });

  it('reorders', async () => {
    const { dialog, s } = await openDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move Fields up' }));
    expect(ids(s().spheres)).toEqual(['diplomacy', 'fields', 'trade-routes']);
  });

  it('deletes one in use only by moving what uses it to another, saying how many', async () => {
    const { dialog, s } = await openDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete Trade routes' }));
    const group = within(dialog).getByRole('group', { name: 'Delete Trade routes' });
    expect(group).toHaveTextContent('“Trade routes” is used by 2 nodes and 2 relations.');
    expect(ids(s().spheres)).toEqual(['diplomacy', 'trade-routes', 'fields']);
    await userEvent.selectOptions(
      within(group).getByRole('combobox', { name: 'Move them to' }),
      'Fields',
    );
    await userEvent.click(within(group).getByRole('button', { name: 'Move and delete' }));
    expect(ids(s().spheres)).toEqual(['diplomacy', 'fields']);
    expect(s().graph.nodes.find((n) => n.id === 'delta')!.domains).toEqual(['fields']);
    expect(s().past).toHaveLength(1);
    act(() => s().undo());
    expect(ids(s().spheres)).toEqual(['diplomacy', 'trade-routes', 'fields']);
    expect(s().graph).toBe(ownDataset.graph);
  });

  it('deletes one nothing uses at once', async () => {
    const { dialog, s } = await openDialog();
    const form = within(dialog).getByRole('form', { name: 'New category' });
    await userEvent.type(
      within(form).getByRole('textbox', { name: 'New category' }),
      'Spare{Enter}',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete Spare' }));
    expect(ids(s().spheres)).toEqual(['diplomacy', 'trade-routes', 'fields']);
  });
});
