import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { exportAnnotations } from '../../../../src/domain/authoring/webAnnotations';
import type { Graph } from '../../../../src/domain/schema';
import AuthoringBar from '../../../../src/features/authoring/AuthoringBar';
import { smallArticle, smallDataset, smallGraph } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

// The map with a second passage for Alpha: exported, it is the file; without it, the map on screen.
const second = { block: 'p1', quote: 'Alpha’s capital is Alphaville.' };
const full: Graph = {
  ...smallGraph,
  nodes: smallGraph.nodes.map((n) =>
    n.id === 'alpha' ? { ...n, evidence: [...n.evidence, second] } : n,
  ),
};

function setUp() {
  const { store } = renderWithStore(<AuthoringBar />);
  act(() => store.getState().openOwnMap(smallDataset, null));
  return { store, s: () => store.getState() };
}

const fileOf = (content: string, name = 'notes.jsonld') =>
  new File([content], name, { type: 'application/ld+json' });

async function importFile(file: File) {
  await userEvent.upload(screen.getByLabelText('Import a Web Annotations file'), file, {
    applyAccept: false,
  });
  return screen.findByRole('dialog');
}

describe('Import annotations', () => {
  it('is a button of the Edit map toolbar that opens a file picker for JSON-LD', () => {
    setUp();
    const bar = screen.getByRole('toolbar', { name: 'Edit map' });
    expect(within(bar).getByRole('button', { name: 'Import annotations…' })).toBeVisible();
    expect(within(bar).getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    expect(screen.getByLabelText('Import a Web Annotations file')).toHaveAttribute(
      'accept',
      expect.stringContaining('.jsonld'),
    );
  });

  it('adds the placed passages in one undo step and lists what it could not place, as text', async () => {
    const { s } = setUp();
    const collection = exportAnnotations(smallArticle, full);
    collection.first.items.push(
      {
        ...collection.first.items[0]!,
        id: 'urn:x:missing',
        target: {
          ...collection.first.items[0]!.target,
          selector: [
            { type: 'TextQuoteSelector', exact: '<b>Not in the text</b>', prefix: '', suffix: '' },
            { type: 'TextPositionSelector', start: 5000, end: 5010 },
          ],
        },
      },
      {
        ...collection.first.items[0]!,
        id: 'urn:x:unknown',
        body: [
          {
            type: 'SpecificResource',
            purpose: 'identifying',
            source: 'urn:silkgraph:small:node:ghost',
          },
        ],
      },
    );
    const dialog = await importFile(fileOf(JSON.stringify(collection)));

    expect(dialog).toHaveAccessibleName('Annotations imported');
    expect(dialog).toHaveTextContent('1 passage was added to 1 node or relation');
    const added = within(dialog).getByRole('list', { name: 'Passages added' });
    expect(within(added).getByRole('listitem')).toHaveTextContent('Node “Alpha”: 1 passage');
    expect(dialog).toHaveTextContent(
      `${collection.first.items.length - 3} passages were already evidence`,
    );
    const unplaced = within(dialog).getByRole('list', { name: 'Annotations not placed' });
    const items = within(unplaced).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('(urn:x:missing): its quote is not in the text');
    expect(items[1]).toHaveTextContent('it names node "ghost", which the map does not have');
    expect(dialog.querySelector('b')).toBeNull();

    expect(s().graph.nodes.find((n) => n.id === 'alpha')!.evidence).toContainEqual(second);
    expect(s().past).toHaveLength(1);
    act(() => s().undo());
    expect(s().graph).toBe(smallGraph);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('changes nothing when nothing could be placed, or all was already there', async () => {
    const { s } = setUp();
    const dialog = await importFile(
      fileOf(JSON.stringify(exportAnnotations(smallArticle, smallGraph))),
    );
    expect(dialog).toHaveAccessibleName('No annotations imported');
    expect(dialog).toHaveTextContent('the map is unchanged');
    expect(dialog).toHaveTextContent('passages were already evidence');
    expect(s().past).toHaveLength(0);
  });

  it('refuses a file that is not JSON, or holds no annotations, with the reason', async () => {
    const { s } = setUp();
    let dialog = await importFile(fileOf('{"@context": oops', 'broken.json'));
    expect(dialog).toHaveAccessibleName('Annotations not imported');
    expect(dialog).toHaveTextContent('“broken.json”: The file is not JSON');
    expect(dialog).toHaveTextContent('The map is unchanged.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));

    dialog = await importFile(fileOf('{"hello": 1}', 'other.json'));
    expect(dialog).toHaveTextContent('Nothing was imported: the file holds no Web Annotations');
    expect(s().past).toHaveLength(0);
    expect(s().graph).toBe(smallGraph);
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const { s } = setUp();
    const big = fileOf('[]', 'big.jsonld');
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
    const dialog = await importFile(big);
    expect(dialog).toHaveTextContent('The file is 21.0 MB; annotation files up to 20 MB');
    expect(s().past).toHaveLength(0);
  });
});
