import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../../../src/features/export/ExportMenu';
import { smallArticle, smallDataset } from '../../../fixtures/small';
import { recordDownloads } from '../../recordDownloads';
import { renderWithStore } from '../../renderWithStore';

const saved = recordDownloads();

const item = () =>
  screen.findByRole('button', { name: /^Evidence as Web Annotations \(JSON-LD\)/ });

describe('Export: evidence as Web Annotations', () => {
  it('saves every passage of the map as a JSON-LD annotation collection, whatever the filters', async () => {
    const { store } = renderWithStore(<ExportMenu />);
    // Filters that show nothing do not change what is written: it is the whole map's evidence.
    store.getState().showNoSpheres();
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(await item());

    await vi.waitFor(() => expect(saved).toHaveLength(1));
    const { blob, name } = saved[0]!;
    expect(name).toBe('a-small-article-annotations.jsonld');
    expect(blob.type).toBe('application/ld+json');
    const json = JSON.parse(await blob.text());
    expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.type).toBe('AnnotationCollection');
    const passages =
      smallDataset.graph.nodes.reduce((n, x) => n + x.evidence.length, 0) +
      smallDataset.graph.edges.reduce((n, x) => n + x.evidence.length, 0);
    expect(json.total).toBe(passages);
    expect(json.first.items).toHaveLength(passages);
    expect(store.getState().notices.at(-1)).toMatchObject({
      kind: 'info',
      text: expect.stringContaining(`Saved ${name}: ${passages} annotations`),
    });
  });

  it('is offered only for a map that has a text', async () => {
    renderWithStore(<ExportMenu />, {
      ...smallDataset,
      article: { ...smallArticle, blocks: [], sections: [] },
      graph: {
        nodes: smallDataset.graph.nodes.map((n) => ({ ...n, evidence: [] })),
        edges: [],
      },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(await item()).toBeDisabled();
    expect(await item()).toHaveAccessibleName(/needs a text/);
  });
});
