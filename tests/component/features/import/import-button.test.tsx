import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseGraphFile } from '../../../../src/domain/formats';
import { ImportButton } from '../../../../src/features/import/ImportButton';
import { ImportProgress } from '../../../../src/features/import/ImportProgress';
import { ImportReport } from '../../../../src/features/import/ImportReport';
import { importSession, INITIAL_SESSION } from '../../../../src/features/import/importSession';
import {
  ImportStopped,
  parseHere as parseOnPage,
  type ParseFile,
} from '../../../../src/features/import/parseFile';
import { prepareImport, type PreparedImport } from '../../../../src/features/import/prepare';
import { LAST_IMPORT_KEY } from '../../../../src/features/import/persist';
import { smallDataset } from '../../../fixtures/small';
import { renderWithStore } from '../../renderWithStore';

const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <nodes><node id="a" label="Astana"/><node id="b" label="&lt;img src=x onerror=alert(1)&gt;"/></nodes>
    <edges><edge id="e1" source="a" target="b"/></edges>
  </graph>
</gexf>`;

// The parse function, injected: the real parser on the page instead of the worker (jsdom has none).
const parseHere: ParseFile = (files, options) => parseOnPage(files, options);

const fileOf = (text: string, name: string) => new File([text], name, { type: 'text/plain' });

beforeEach(() => {
  importSession.setState(INITIAL_SESSION);
  localStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

describe('ImportButton', () => {
  it('opens a file from the picker: the graph replaces the article and the report opens', async () => {
    const { store } = renderWithStore(
      <>
        <ImportButton parse={parseHere} />
        <ImportReport />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Open graph…' })).toBeInTheDocument();
    await userEvent.upload(screen.getByLabelText('Open a graph file'), fileOf(GEXF, 'two.gexf'));
    const dialog = await screen.findByRole('dialog', { name: 'Opened two.gexf' });
    expect(dialog).toHaveTextContent(
      'two.gexf was read as GEXF: 2 nodes and 1 relation, directed.',
    );
    expect(store.getState().graph.nodes.map((n) => n.label)).toEqual([
      'Astana',
      '<img src=x onerror=alert(1)>',
    ]);
    expect(store.getState().article.blocks).toEqual([]);
    expect(JSON.parse(localStorage.getItem(LAST_IMPORT_KEY)!).version).toBe(1);
  });

  it('says what is being opened while it is read', async () => {
    let finish!: (r: PreparedImport) => void;
    const slow: ParseFile = () => new Promise((resolve) => (finish = resolve));
    renderWithStore(
      <>
        <ImportButton parse={slow} />
        <ImportProgress />
      </>,
    );
    await userEvent.upload(screen.getByLabelText('Open a graph file'), fileOf(GEXF, 'big.gexf'));
    expect(screen.getByRole('status')).toHaveTextContent('Opening big.gexf…');
    finish(prepareImport(parseGraphFile({ name: 'big.gexf', text: GEXF }), 'big.gexf'));
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });

  it('keeps the graph on screen and names the problem when a file cannot be read', async () => {
    const { store } = renderWithStore(<ImportButton parse={parseHere} />);
    const broken = GEXF.slice(0, GEXF.indexOf('<edges>') + 10);
    await userEvent.upload(
      screen.getByLabelText('Open a graph file'),
      fileOf(broken, 'broken.gexf'),
    );
    await waitFor(() => expect(store.getState().notices).toHaveLength(1));
    expect(store.getState().notices[0]).toMatchObject({
      kind: 'error',
      text: expect.stringMatching(/^Could not open broken\.gexf: GEXF: line \d+: /),
    });
    expect(store.getState().graph).toBe(smallDataset.graph);
    expect(localStorage.getItem(LAST_IMPORT_KEY)).toBeNull();
  });

  it('opens a CSV edge list with its node list, chosen together', async () => {
    const { store } = renderWithStore(
      <>
        <ImportButton parse={parseHere} />
        <ImportReport />
      </>,
    );
    await userEvent.upload(screen.getByLabelText('Open a graph file'), [
      fileOf('id,label,group\na,Astana,x\nb,Almaty,y\nc,Beijing,y\n', 'nodes.csv'),
      fileOf('source,target\na,b\nb,c\n', 'edges.csv'),
    ]);
    const dialog = await screen.findByRole('dialog', { name: 'Opened nodes.csv + edges.csv' });
    expect(dialog).toHaveTextContent('read as CSV: 3 nodes and 2 relations, undirected.');
    expect(store.getState().graph.nodes.map((n) => n.label)).toEqual([
      'Astana',
      'Almaty',
      'Beijing',
    ]);
  });

  it('cancels an import in progress: the map stays as it was', async () => {
    const hanging: ParseFile = (_, { signal }) =>
      new Promise((_resolve, reject) =>
        signal?.addEventListener('abort', () => reject(new ImportStopped('cancelled'))),
      );
    const { store } = renderWithStore(
      <>
        <ImportButton parse={hanging} />
        <ImportProgress />
      </>,
    );
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    await userEvent.upload(screen.getByLabelText('Open a graph file'), fileOf(GEXF, 'slow.gexf'));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(store.getState().notices).toMatchObject([
        { kind: 'info', text: 'Cancelled opening slow.gexf: the map is as it was.' },
      ]),
    );
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(store.getState().graph).toBe(smallDataset.graph);
  });

  it('stops an import that runs past its time limit, and says so', async () => {
    localStorage.setItem('silkgraph:import-time-limit-ms', '50');
    const { store } = renderWithStore(<ImportButton parse={parseHere} />);
    const file = fileOf(GEXF, 'stuck.gexf');
    // A read that never ends, as a stuck parse would.
    vi.spyOn(file, 'arrayBuffer').mockReturnValue(new Promise(() => {}));
    await userEvent.upload(screen.getByLabelText('Open a graph file'), file);
    await waitFor(() => expect(store.getState().notices).toHaveLength(1));
    expect(store.getState().notices[0]?.kind).toBe('error');
    expect(store.getState().notices[0]?.text).toMatch(
      /^Stopped opening stuck\.gexf after 0\.05 s, the time limit for 0\.0 MB: .* The map is as it was\.$/,
    );
    expect(store.getState().graph).toBe(smallDataset.graph);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { store } = renderWithStore(<ImportButton />);
    const file = fileOf('x', 'huge.graphml');
    Object.defineProperty(file, 'size', { value: 60 * 1024 * 1024 });
    const read = vi.spyOn(file, 'arrayBuffer');
    await userEvent.upload(screen.getByLabelText('Open a graph file'), file);
    await waitFor(() => expect(store.getState().notices).toHaveLength(1));
    expect(store.getState().notices[0]?.text).toBe(
      'Could not open huge.graphml: File: huge.graphml is 60.0 MB; files up to 50.0 MB can be imported',
    );
    expect(read).not.toHaveBeenCalled();
    expect(store.getState().graph).toBe(smallDataset.graph);
  });
});
