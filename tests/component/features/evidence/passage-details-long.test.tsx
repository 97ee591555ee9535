import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { builtInDataset } from '../../../../src/app/dataset';
import { elementsByBlock, type ElementRef } from '../../../../src/domain/evidence';
import { ATTRIBUTION_SHORT, STATUS_LABELS } from '../../../../src/domain/palette';
import { labelsById, relationSentence } from '../../../../src/domain/relations';
import { syntheticDataset, type SyntheticDataset } from '../../../fixtures/synthetic';
import { DetailsPanel } from '../../../../src/features/evidence/DetailsPanel';
import { PassageDetails } from '../../../../src/features/evidence/PassageDetails';
import { selectDisplayed } from '../../../../src/store/derived';
import type { AppStore, DatasetSlice } from '../../../../src/store/store';
import { smallDataset } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

// A passage of an imported graph can support thousands of elements: the panel lists a page of its
// nodes and a page of its relations. The article's passages, a handful of elements each, list whole.

const number = new Intl.NumberFormat('en-US');
const supports = () => screen.getByRole('list', { name: 'What this passage supports' });
// `hidden: true` skips jsdom's computed-style walk per element, seconds over a list of a hundred
// buttons; the "Show more" buttons are also queried as accessible ones, once.
const items = () => within(supports()).getAllByRole('button', { hidden: true });
const names = () => items().map((b) => b.textContent);
const button = (name: string) => screen.getByRole('button', { name, hidden: true });

/** What the panel should list for a passage, in order, as the list did before it was paged. */
function expected(store: AppStore, block: string) {
  const state = store.getState();
  const displayed = selectDisplayed(state);
  const labels = labelsById(state.graph);
  const refs = elementsByBlock(state.graph).get(block) ?? [];
  const nodes = refs.filter((r) => r.type === 'node' && displayed.nodes.has(r.id));
  const edges = refs.filter((r) => r.type === 'edge' && displayed.edges.has(r.id));
  const edgesById = new Map(state.graph.edges.map((e) => [e.id, e]));
  const name = (ref: ElementRef) => {
    const edge = ref.type === 'edge' ? edgesById.get(ref.id) : undefined;
    return edge
      ? [
          relationSentence(edge, labels),
          STATUS_LABELS[edge.status].toLowerCase(),
          ...(edge.attribution ? [ATTRIBUTION_SHORT[edge.attribution]] : []),
        ].join(', ')
      : (labels.get(ref.id) ?? ref.id);
  };
  return {
    nodes: nodes.map(name),
    edges: edges.map(name),
    hidden: refs.length - nodes.length - edges.length,
  };
}

describe('PassageDetails for a passage that supports thousands of elements', () => {
  let big: SyntheticDataset;
  let passage: string;
  beforeAll(() => {
    big = syntheticDataset({ nodes: 5000, edges: 20000, seed: 20131 });
    // The passage that supports the most (about 3,600 elements).
    passage = [...elementsByBlock(big.graph)].sort((a, b) => b[1].length - a[1].length)[0]![0];
  });

  function setup() {
    const user = userEvent.setup();
    const rendered = renderWithStore(<DetailsPanel />, smallDataset);
    act(() => rendered.store.getState().replaceDataset(big));
    act(() => rendered.store.getState().selectElement({ type: 'passage', id: passage }));
    return { user, ...rendered };
  }

  it('lists the first 50 nodes and 50 relations in order, says how many there are, and offers more', () => {
    const { store } = setup();
    const all = expected(store, passage);
    expect(all.nodes.length + all.edges.length).toBeGreaterThan(3000);
    expect(names()).toEqual([...all.nodes.slice(0, 50), ...all.edges.slice(0, 50)]);
    const hint = `Showing 50 of ${number.format(all.nodes.length)} nodes and 50 of ${number.format(all.edges.length)} relations.`;
    expect(screen.getByText(hint)).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: `Show 50 more nodes (${number.format(all.nodes.length - 50)} not shown)`,
      }),
    ).toHaveAccessibleDescription(hint);
    expect(
      button(`Show 50 more relations (${number.format(all.edges.length - 50)} not shown)`),
    ).toHaveAccessibleDescription(hint);
  }, 30_000);

  it('shows the next nodes on request, moves focus to the first of them, and keeps the page on a filter toggle', async () => {
    const { user, store } = setup();
    const all = expected(store, passage);
    await user.click(
      button(`Show 50 more nodes (${number.format(all.nodes.length - 50)} not shown)`),
    );
    expect(names()).toEqual([...all.nodes.slice(0, 100), ...all.edges.slice(0, 50)]);
    expect(document.activeElement).toBe(items()[50]);
    expect(document.activeElement).toHaveTextContent(all.nodes[50]!);
    expect(
      screen.getByText(
        `Showing 100 of ${number.format(all.nodes.length)} nodes and 50 of ${number.format(all.edges.length)} relations.`,
      ),
    ).toBeInTheDocument();
    expect(
      button(`Show 50 more nodes (${number.format(all.nodes.length - 100)} not shown)`),
    ).toBeInTheDocument();

    // A filter toggle lists what is still displayed, as far as the user had got.
    act(() => store.getState().toggleSphere('energy'));
    const fewer = expected(store, passage);
    expect(fewer.hidden).toBeGreaterThan(0);
    expect(names()).toEqual([...fewer.nodes.slice(0, 100), ...fewer.edges.slice(0, 50)]);
    expect(
      screen.getByText(`${fewer.hidden} more hidden by the filters.`, { exact: true }),
    ).toBeInTheDocument();

    // Another passage starts again from one page.
    const other = [...elementsByBlock(store.getState().graph).keys()].find((b) => b !== passage)!;
    act(() => store.getState().selectElement({ type: 'passage', id: other }));
    const next = expected(store, other);
    expect(names()).toEqual([...next.nodes.slice(0, 50), ...next.edges.slice(0, 50)]);
  }, 30_000);

  it('selects what the user clicks in a long list', async () => {
    const { user, store } = setup();
    const all = expected(store, passage);
    await user.click(button(all.edges[49]!));
    expect(store.getState().selection?.type).toBe('edge');
    act(() => store.getState().selectElement({ type: 'passage', id: passage }));
    await user.click(button(all.nodes[0]!));
    expect(store.getState().selection?.type).toBe('node');
  }, 30_000);
});

describe('PassageDetails paging to the end', () => {
  // A smaller graph and a page of 20, so every page can be walked through.
  const dataset = syntheticDataset({ nodes: 300, edges: 700, seed: 4 });
  const [passage, refs] = [...elementsByBlock(dataset.graph)].sort(
    (a, b) => b[1].length - a[1].length,
  )[0]!;
  const block = dataset.article.blocks.find((b) => b.id === passage)!;

  it('says what each step adds until nothing is left, and then offers no more', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <PassageDetails block={block} onSelect={vi.fn()} pageSize={20} />,
      {
        ...dataset,
        spheres: smallDataset.spheres,
      } satisfies DatasetSlice,
    );
    const all = expected(store, passage);
    expect(refs.length).toBe(all.nodes.length + all.edges.length);
    expect(all.edges.length).toBeGreaterThan(40);
    expect(all.edges.length % 20).not.toBe(0);
    let shown = 20;
    while (shown < all.edges.length) {
      const remaining = all.edges.length - shown;
      const name =
        remaining === 1
          ? 'Show the remaining relation'
          : remaining <= 20
            ? `Show the remaining ${remaining} relations`
            : `Show 20 more relations (${remaining} not shown)`;
      await user.click(button(name));
      expect(document.activeElement).toHaveTextContent(all.edges[shown]!);
      shown += 20;
    }
    expect(names()).toEqual([...all.nodes.slice(0, 20), ...all.edges]);
    expect(
      screen.queryByRole('button', { name: /relations? \(|remaining relation/, hidden: true }),
    ).toBeNull();
    expect(
      screen.getByText(new RegExp(`and all ${all.edges.length} relations\\.$`)),
    ).toBeInTheDocument();
  }, 30_000);
});

describe('PassageDetails on the article’s passages', () => {
  it('lists every passage whole, in order, with no paging, whatever the filters', () => {
    const { store } = renderWithStore(<DetailsPanel />, builtInDataset);
    const passages = [...elementsByBlock(builtInDataset.graph).keys()];
    expect(passages.length).toBeGreaterThan(20);
    for (const spheres of [['political', 'economic', 'energy', 'humanitarian'], ['economic']]) {
      act(() => store.setState({ filters: { ...store.getState().filters, spheres } }));
      for (const id of passages) {
        act(() => store.getState().selectElement({ type: 'passage', id }));
        const all = expected(store, id);
        if (all.nodes.length + all.edges.length === 0)
          expect(screen.queryByRole('list', { name: 'What this passage supports' })).toBeNull();
        else expect(names(), id).toEqual([...all.nodes, ...all.edges]);
        expect(screen.queryByRole('button', { name: /^Show (\d+ more|the remaining)/ })).toBeNull();
        expect(screen.queryByText(/^Showing /)).toBeNull();
      }
    }
  }, 30_000);
});
