import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import AuthoringBar from '../../../../src/features/authoring/AuthoringBar';
import { useAuthoringUi } from '../../../../src/features/authoring/ui';
import type { DatasetInput } from '../../../../src/store/slices/dataset';
import { smallDataset } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

// The authoring UI's state is the module's, shared with other test files (isolate: false):
// closed before each test, and left closed after.
const closeAll = () =>
  useAuthoringUi.setState({ editorFor: null, relationEvidence: null, quoteDialog: false });
beforeEach(closeAll);
afterEach(() => {
  cleanup();
  closeAll();
});

function ownMap(dataset: DatasetInput = smallDataset) {
  const view = renderWithStore(<AuthoringBar />);
  act(() => view.store.getState().openOwnMap(dataset, null));
  return { user: userEvent.setup(), ...view };
}

/** Opens "Select a passage…", chooses paragraph `block` and selects `words` in its text. */
async function selectWords(user: ReturnType<typeof userEvent.setup>, block: string, words: string) {
  await user.click(screen.getByRole('button', { name: 'Select a passage…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Select a passage' });
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Paragraph' }), block);
  const field = within(dialog).getByRole('textbox', { name: /^Its text: select the words/ });
  const text = (field as HTMLTextAreaElement).value;
  const start = text.indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  (field as HTMLTextAreaElement).setSelectionRange(start, start + words.length);
  fireEvent.select(field);
  return dialog;
}

describe('Select a passage', () => {
  it('shows the words selected in the chosen paragraph and makes a node of them', async () => {
    const { user, store } = ownMap();
    await user.click(screen.getByRole('button', { name: 'Select a passage…' }));
    let dialog = await screen.findByRole('dialog', { name: 'Select a passage' });
    expect(within(dialog).getByRole('status')).toHaveTextContent('Nothing selected yet.');
    expect(within(dialog).getByRole('button', { name: 'New node from this' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    dialog = await selectWords(user, 'p2', 'The company Gamma Oil');
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Selected: “The company Gamma Oil”',
    );
    await user.click(within(dialog).getByRole('button', { name: 'New node from this' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const s = store.getState();
    const made = s.graph.nodes.at(-1)!;
    expect(s.graph.nodes).toHaveLength(smallDataset.graph.nodes.length + 1);
    expect(made.evidence).toEqual([{ block: 'p2', quote: 'The company Gamma Oil' }]);
    expect(made.domains).toEqual(['political']);
    expect(s.positions[made.id]).toBeDefined();
    expect(s.selection).toEqual({ type: 'node', id: made.id });
    // Its editor opens, to name it.
    expect(useAuthoringUi.getState().editorFor).toBe(`node:${made.id}`);
    expect(s.past).toHaveLength(1);
  });

  it('adds the words as evidence to what is selected', async () => {
    const { user, store } = ownMap();
    act(() => store.getState().selectElement({ type: 'node', id: 'delta' }));
    const dialog = await selectWords(user, 'p3', 'a “serious challenge”');
    await user.click(
      within(dialog).getByRole('button', { name: 'Add as evidence to “Delta Group”' }),
    );
    expect(store.getState().graph.nodes.find((n) => n.id === 'delta')!.evidence).toEqual([
      { block: 'p3', quote: 'Delta Group may compete with Gamma Oil' },
      { block: 'p3', quote: 'a “serious challenge”' },
    ]);
  });
});

describe('New relation', () => {
  it('is made between the nodes chosen, on the selected words, and becomes the selection', async () => {
    const { user, store } = ownMap();
    act(() => store.getState().selectElement({ type: 'node', id: 'beta' }));
    const quote = await selectWords(user, 'p2', 'Beta exports oil to Alpha.');
    await user.click(within(quote).getByRole('button', { name: 'New relation…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New relation' });
    const form = within(dialog).getByRole('form', { name: 'New relation' });
    // From is the selected node.
    expect(within(form).getByRole('combobox', { name: 'From' })).toHaveValue('Beta');
    expect(within(form).getByRole('region', { name: 'Evidence' })).toHaveTextContent(
      'Beta exports oil to Alpha. (p2)',
    );
    await user.clear(within(form).getByRole('combobox', { name: 'From' }));
    await user.type(within(form).getByRole('combobox', { name: 'From' }), 'Gamma Oil');
    await user.clear(within(form).getByRole('combobox', { name: 'To' }));
    await user.type(within(form).getByRole('combobox', { name: 'To' }), 'Alpha');
    await user.type(
      within(form).getByRole('textbox', { name: 'Relation, read from “Gamma Oil” to “Alpha”' }),
      'is paid by',
    );
    expect(form).toHaveTextContent('Reads: The author argues that Gamma Oil is paid by Alpha.');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Status' }), 'Risk');
    await user.click(within(form).getByRole('button', { name: 'Make relation' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const s = store.getState();
    const made = s.graph.edges.at(-1)!;
    expect(made).toMatchObject({
      source: 'gamma-oil',
      target: 'alpha',
      relation: 'is paid by',
      status: 'risk',
      attribution: 'author',
      domains: ['political'],
      year: null,
      evidence: [{ block: 'p2', quote: 'Beta exports oil to Alpha.' }],
    });
    expect(s.selection).toEqual({ type: 'edge', id: made.id });
    expect(useAuthoringUi.getState().relationEvidence).toBeNull();
  });

  it('refuses a year that is not a number, keeping the form', async () => {
    const { user, store } = ownMap();
    act(() =>
      useAuthoringUi.getState().set({ relationEvidence: [{ block: 'p1', quote: 'Alpha' }] }),
    );
    const form = await screen.findByRole('form', { name: 'New relation' });
    await user.clear(within(form).getByRole('combobox', { name: 'From' }));
    await user.type(within(form).getByRole('combobox', { name: 'From' }), 'Alpha');
    await user.clear(within(form).getByRole('combobox', { name: 'To' }));
    await user.type(within(form).getByRole('combobox', { name: 'To' }), 'Beta');
    await user.type(within(form).getByRole('textbox', { name: /^Relation, read from/ }), 'met');
    await user.type(within(form).getByRole('textbox', { name: /^Year/ }), 'soon');
    await user.click(within(form).getByRole('button', { name: 'Make relation' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'The year is to be a whole number, such as 2013.',
    );
    expect(within(form).getByRole('textbox', { name: /^Year/ })).toHaveValue('soon');
    expect(store.getState().graph.edges).toHaveLength(smallDataset.graph.edges.length);
  });

  it('says what is missing in the form’s words', async () => {
    const { user, store } = ownMap();
    act(() =>
      useAuthoringUi.getState().set({ relationEvidence: [{ block: 'p1', quote: 'Alpha' }] }),
    );
    const form = await screen.findByRole('form', { name: 'New relation' });
    await user.clear(within(form).getByRole('combobox', { name: 'From' }));
    await user.type(within(form).getByRole('combobox', { name: 'From' }), 'Alpha');
    await user.clear(within(form).getByRole('combobox', { name: 'To' }));
    await user.type(within(form).getByRole('combobox', { name: 'To' }), 'Alpha');
    const phrase = within(form).getByRole('textbox', { name: /^Relation, read from/ });
    await user.type(phrase, 'rivals');
    const make = within(form).getByRole('button', { name: 'Make relation' });
    await user.click(make);
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'A relation joins two different nodes: choose another than “Alpha” for To.',
    );
    await user.clear(within(form).getByRole('combobox', { name: 'To' }));
    await user.type(within(form).getByRole('combobox', { name: 'To' }), 'Beta');
    await user.click(within(form).getByRole('checkbox', { name: 'Political' }));
    await user.click(make);
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Not made: choose at least one category.',
    );
    expect(phrase).toHaveValue('rivals');
    expect(store.getState().graph.edges).toHaveLength(smallDataset.graph.edges.length);
  });

  it('finds each end by its name or another name the text uses, and says when none is called so', async () => {
    const { user, store } = ownMap();
    act(() =>
      useAuthoringUi.getState().set({ relationEvidence: [{ block: 'p1', quote: 'Alpha' }] }),
    );
    const form = await screen.findByRole('form', { name: 'New relation' });
    const from = within(form).getByRole('combobox', { name: 'From' });
    await user.clear(from);
    await user.type(from, 'Epsilon');
    await user.type(within(form).getByRole('combobox', { name: 'To' }), 'Alphaville');
    await user.type(within(form).getByRole('textbox', { name: /^Relation, read from/ }), 'visits');
    await user.click(within(form).getByRole('button', { name: 'Make relation' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'No node is called “Epsilon”: choose the node it goes from among the suggestions.',
    );
    await user.clear(from);
    await user.type(from, 'beta');
    await user.click(within(form).getByRole('button', { name: 'Make relation' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // "Alphaville" is a name the text gives Alpha.
    expect(store.getState().graph.edges.at(-1)).toMatchObject({ source: 'beta', target: 'alpha' });
  });

  it('says a relation needs two nodes when the map has fewer', async () => {
    const alpha = smallDataset.graph.nodes[0]!;
    const { user } = ownMap({ ...smallDataset, graph: { nodes: [alpha], edges: [] } });
    const quote = await selectWords(user, 'p1', 'Alpha');
    expect(within(quote).getByRole('button', { name: 'New relation…' })).toBeDisabled();
    act(() =>
      useAuthoringUi.getState().set({ relationEvidence: [{ block: 'p1', quote: 'Alpha' }] }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'New relation' });
    expect(dialog).toHaveTextContent(
      'A relation joins two nodes: make at least two from the text first.',
    );
    expect(within(dialog).queryByRole('form')).toBeNull();
  });
});
