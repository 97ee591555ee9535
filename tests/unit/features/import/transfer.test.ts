import { describe, expect, it, vi } from 'vitest';
import { parseGraphFile } from '../../../../src/domain/formats';
import { syntheticDataset } from '../../../fixtures/synthetic';
import { prepareImport } from '../../../../src/features/import/prepare';
import {
  ELEMENTS_PER_MESSAGE,
  messagesOf,
  PreparedReceiver,
  type ImportMessage,
} from '../../../../src/features/import/transfer';
import {
  LAST_IMPORT_KEY,
  keepText,
  keptText,
  MAX_STORED_CHARS,
} from '../../../../src/features/import/persist';

// A graph big enough to go in several slices: the synthetic dataset written as Cytoscape JSON.
const { graph } = syntheticDataset({ nodes: 300, edges: 4500, seed: 3 });
const cyjs = JSON.stringify({
  elements: {
    nodes: graph.nodes.map((n) => ({ data: { id: n.id, name: n.label, group: n.domains[0] } })),
    edges: graph.edges.map((e) => ({
      data: { id: e.id, source: e.source, target: e.target, status: e.status },
    })),
  },
});
const prepared = () => prepareImport(parseGraphFile({ name: 'g.cyjs', text: cyjs }), 'g.cyjs');

/** Sends as the worker does and receives as the page does, through structuredClone. */
function roundTrip(messages: Iterable<[ImportMessage, Transferable[]]>) {
  const receiver = new PreparedReceiver();
  let kinds = '';
  for (const [message, transfer] of messages) {
    kinds += message.kind[0];
    const done = receiver.take(structuredClone(message, { transfer }));
    if (done) return { done, kinds };
  }
  return { done: null, kinds };
}

describe('the prepared import, sent from the worker in slices', () => {
  it('comes back equal to what was prepared, nodes and edges in order', () => {
    const sent = prepared();
    const expected = structuredClone(sent);
    const { done, kinds } = roundTrip(messagesOf(sent));
    expect(done).toEqual(expected);
    expect(done!.dataset.graph.nodes).toHaveLength(300);
    expect(done!.dataset.graph.edges.map((e) => e.id)).toEqual(
      expected.dataset.graph.edges.map((e) => e.id),
    );
    // A head, one slice of nodes, three of edges (4,500 at 2,000 a slice), the end.
    expect(ELEMENTS_PER_MESSAGE).toBe(2000);
    expect(kinds).toBe('hneeee');
  });

  it('sends no slice larger than asked, and transfers the colourings instead of copying them', () => {
    const sent = prepared();
    expect(sent.colourings.length).toBeGreaterThan(1);
    const messages = [...messagesOf(sent, 700)];
    for (const [m] of messages)
      if (m.kind === 'nodes' || m.kind === 'edges') expect(m.items.length).toBeLessThanOrEqual(700);
    expect(messages.filter(([m]) => m.kind === 'edges')).toHaveLength(7);
    const [, transfer] = messages[0]!;
    expect(transfer).toHaveLength(sent.colourings.reduce((n, c) => n + (c.edges ? 2 : 1), 0));
    const received = roundTrip(messages).done!;
    // Transferred: the worker's copies are gone, the page's are whole.
    expect(sent.colourings[1]!.nodes.length).toBe(0);
    expect(received.colourings[1]!.nodes.length).toBe(300);
  });

  it('gives back every value as sent when it shares the strings of ends, spheres and words', () => {
    const sent = prepared();
    const node = sent.dataset.graph.nodes[0]!;
    // An end the nodes do not name, a relation of its own, a sphere the spheres do not list.
    const odd = {
      ...sent.dataset.graph.edges[0]!,
      target: 'ghost',
      relation: 'owes',
      domains: ['x', 'x'],
    };
    sent.dataset.graph.edges.push(odd);
    const expected = structuredClone(sent);
    const { done } = roundTrip(messagesOf(sent));
    expect(done).toEqual(expected);
    expect(done!.dataset.graph.edges.at(-1)).toEqual({ ...odd });
    expect(done!.dataset.graph.nodes[0]).toEqual(node);
  });

  it('keeps an undirected graph undirected', () => {
    const text =
      '<graphml><graph edgedefault="undirected"><node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>';
    const undirected = prepareImport(parseGraphFile({ name: 'u.graphml', text }), 'u.graphml');
    expect(undirected.dataset.graph.directed).toBe(false);
    expect(roundTrip(messagesOf(undirected)).done!.dataset.graph.directed).toBe(false);
    expect(roundTrip(messagesOf(prepared())).done!.dataset.graph).not.toHaveProperty('directed');
  });

  it('says what went wrong: a failure, a slice before the head, a graph cut short', () => {
    expect(() =>
      new PreparedReceiver().take({ kind: 'failed', message: 'GEXF: line 3: bad' }),
    ).toThrow('GEXF: line 3: bad');
    expect(() => new PreparedReceiver().take({ kind: 'nodes', items: [] })).toThrow(/out of order/);
    const cut = [...messagesOf(prepared())].filter(([m], i) => !(m.kind === 'edges' && i === 3));
    expect(() => roundTrip(cut)).toThrow(/incomplete/);
  });
});

describe('the text kept for the next visit, made by the worker', () => {
  it('is the dataset as saveLastImport writes it, and too large a one is only measured', () => {
    const p = prepared();
    expect('text' in p.kept && JSON.parse(p.kept.text)).toEqual({
      version: 1,
      dataset: JSON.parse(JSON.stringify(p.dataset)),
    });
    const big = {
      ...p.dataset,
      article: { ...p.dataset.article, title: 'x'.repeat(MAX_STORED_CHARS) },
    };
    const kept = keptText(big);
    expect(kept).toEqual({ tooLarge: JSON.stringify({ version: 1, dataset: big }).length });
  });

  it('is stored as it is, or removed with a notice when too large', () => {
    localStorage.clear();
    const notify = vi.fn();
    keepText({ text: '{"version":1}' }, notify);
    expect(localStorage.getItem(LAST_IMPORT_KEY)).toBe('{"version":1}');
    keepText({ tooLarge: 5_200_000 }, notify);
    expect(localStorage.getItem(LAST_IMPORT_KEY)).toBeNull();
    expect(notify).toHaveBeenCalledWith(expect.stringMatching(/too large to keep .*5\.2 MB/));
  });
});
