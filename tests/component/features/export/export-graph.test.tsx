import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseGraphFile } from '../../../../src/domain/formats';
import { ExportMenu } from '../../../../src/features/export/ExportMenu';
import { toDataset } from '../../../../src/domain/importDataset';
import { smallDataset, smallTour } from '../../../fixtures/small';
import { recordDownloads } from '../../recordDownloads';
import { renderWithStore } from '../../renderWithStore';

const saved = recordDownloads();

async function exportAs(label: RegExp) {
  await userEvent.click(screen.getByRole('button', { name: 'Export' }));
  // The menu's items are a lazy chunk: loaded on the first open, in this file or an earlier one.
  await userEvent.click(await screen.findByRole('button', { name: label }));
}

describe('Export menu: graph files', () => {
  it('saves the shown graph as GEXF that reads back with its spheres and evidence', async () => {
    const { store } = renderWithStore(<ExportMenu />);
    await exportAs(/^Graph as GEXF/);
    await waitFor(() => expect(store.getState().notices).toHaveLength(1));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(/^silkgraph-.*-graph-\d{4}-\d\d-\d\d\.gexf$/);
    const back = parseGraphFile({ name: saved[0]!.name, text: await saved[0]!.blob.text() });
    expect(back.graph.silkgraph?.nodes).toEqual(smallDataset.graph.nodes);
    expect(store.getState().notices.at(-1)?.text).toMatch(
      /^Saved .*\.gexf \(\d+ nodes, \d+ relations\)$/,
    );
  });

  it('saves CSV as two files, edges and nodes', async () => {
    const { store } = renderWithStore(<ExportMenu />);
    await exportAs(/^CSV \(edges \+ nodes\)/);
    await waitFor(() => expect(store.getState().notices).toHaveLength(1));
    expect(saved).toHaveLength(2);
    expect(saved.map((s) => s.name.replace(/-\d{4}-\d\d-\d\d/, ''))).toEqual([
      'silkgraph-map-graph-edges.csv',
      'silkgraph-map-graph-nodes.csv',
    ]);
  });

  it('follows the filters: only shown nodes are saved', async () => {
    const { store } = renderWithStore(<ExportMenu />);
    store.getState().showOnlySphere('energy');
    await exportAs(/^GraphML/);
    await waitFor(() => expect(store.getState().notices).toHaveLength(1));
    expect(saved).toHaveLength(1);
    const back = parseGraphFile({ name: 'x.graphml', text: await saved[0]!.blob.text() });
    expect(back.graph.nodes.length).toBeLessThan(smallDataset.graph.nodes.length);
  });
});

describe('Export menu: the whole map as a map file', () => {
  it('saves text, every node and relation, categories and tour, whatever the filters', async () => {
    const { store } = renderWithStore(<ExportMenu />);
    store.getState().replaceDataset({ ...smallDataset, tour: smallTour }, 'article');
    store.getState().showOnlySphere('energy');
    await exportAs(/^Map file \(Silkgraph JSON\)/);
    await waitFor(() => expect(store.getState().notices).toHaveLength(1));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(/^a-small-article-silkgraph-\d{4}-\d\d-\d\d\.json$/);
    const back = parseGraphFile({ name: saved[0]!.name, text: await saved[0]!.blob.text() });
    expect(back.graph.silkgraph).toEqual(smallDataset.graph);
    expect(back.graph.article).toEqual(smallDataset.article);
    expect(back.graph.map).toEqual({ categories: smallDataset.spheres, tour: smallTour });
    expect(store.getState().notices[0]?.text).toMatch(
      /^Saved .*\.json \(0\.0 MB: the text, \d+ nodes, \d+ relations, the tour of 3 steps\)\. Open it with “Open graph…” to get this map back\.$/,
    );
  });

  it('is offered only for a map whose every node and relation has its passage', async () => {
    const { store } = renderWithStore(<ExportMenu />);
    const bare = parseGraphFile({ name: 'g.csv', text: 'source,target\na,b\n' }).graph;
    store.getState().replaceDataset(toDataset(bare, { sphereAttribute: null, fileName: 'g.csv' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(
      screen.getByRole('button', { name: /^Map file \(Silkgraph JSON\)/ }),
    ).toHaveAccessibleName(/needs a passage for every node and relation/);
    expect(screen.getByRole('button', { name: /^Map file/ })).toBeDisabled();
  });
});
