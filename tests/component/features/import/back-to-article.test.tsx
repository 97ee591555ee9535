import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseGraphFile } from '../../../../src/domain/formats';
import { toDataset } from '../../../../src/domain/importDataset';
import { ArticleReader } from '../../../../src/features/reader/ArticleReader';
import { DetailsPanel } from '../../../../src/features/evidence/DetailsPanel';
import { BackToArticle } from '../../../../src/features/import/BackToArticle';
import { LAST_IMPORT_KEY, saveLastImport } from '../../../../src/features/import/persist';
import { smallDataset } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

const NO_TEXT = 'This graph came without source text: there are no passages to show.';
const imported = () =>
  toDataset(parseGraphFile({ name: 'g.csv', text: 'source,target\na,b\n' }).graph, {
    sphereAttribute: null,
    fileName: 'g.csv',
  });

beforeEach(() => localStorage.clear());

describe('Back to the article', () => {
  it('shows only while another graph is on the map, and puts the article back for good', async () => {
    const { store } = renderWithStore(<BackToArticle dataset={smallDataset} />);
    expect(screen.queryByRole('button', { name: 'Back to the article' })).toBeNull();
    act(() => {
      store.getState().replaceDataset(imported());
      saveLastImport(imported(), (m) => store.getState().notify('error', m));
    });
    await userEvent.click(screen.getByRole('button', { name: 'Back to the article' }));
    expect(store.getState().graph).toBe(smallDataset.graph);
    expect(store.getState().article).toBe(smallDataset.article);
    expect(localStorage.getItem(LAST_IMPORT_KEY)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Back to the article' })).toBeNull();
  });
});

describe('a graph without source text', () => {
  it('is said plainly in the details panel and the reader, and not for the article', () => {
    const { store } = renderWithStore(
      <>
        <DetailsPanel />
        <ArticleReader />
      </>,
    );
    expect(screen.queryByText(NO_TEXT)).toBeNull();
    act(() => store.getState().replaceDataset(imported()));
    expect(screen.getAllByText(NO_TEXT)).toHaveLength(2);
    act(() => store.getState().selectElement({ type: 'node', id: 'a' }));
    expect(screen.getByRole('region', { name: 'Details' })).toHaveTextContent(NO_TEXT);
    // Said once each: no count of passages, no evidence that "could not be found in this article".
    const reader = screen.getByRole('region', { name: 'Article' });
    expect(reader).not.toHaveTextContent(/passages? supports?/);
    expect(reader).not.toHaveTextContent(/Evidence for/);
    expect(screen.queryByText(/in this article/)).toBeNull();
  });

  it('asks the map to lay out an import without positions, and only to fit a placed one', () => {
    const { store } = renderWithStore(<BackToArticle dataset={smallDataset} />);
    act(() => store.getState().replaceDataset(imported()));
    expect(store.getState().camera).toMatchObject({ kind: 'arrange', layout: true });
    const placed = Object.fromEntries(
      smallDataset.graph.nodes.map((n, i) => [n.id, { x: i, y: 0 }]),
    );
    act(() => store.getState().replaceDataset({ ...smallDataset, positions: placed }));
    expect(store.getState().camera).toMatchObject({ kind: 'arrange', layout: false });
  });
});
