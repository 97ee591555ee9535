import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseGraphFile } from '../../../../src/domain/formats';
import { ImportReport } from '../../../../src/features/import/ImportReport';
import { ReportButton } from '../../../../src/features/import/ReportButton';
import { importSession, INITIAL_SESSION } from '../../../../src/features/import/importSession';
import { LAST_IMPORT_KEY } from '../../../../src/features/import/persist';
import { prepareImport } from '../../../../src/features/import/prepare';
import { renderWithStore } from '../../renderWithStore';

// Node "b" is declared twice and one edge points at a node that does not exist: two repairs.
const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="g" for="node" attr.name="group" attr.type="string"/>
  <key id="r" for="node" attr.name="region" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="g">red</data><data key="r">north</data></node>
    <node id="b"><data key="g">red</data><data key="r">south</data></node>
    <node id="b"><data key="g">blue</data></node>
    <node id="c"><data key="g">blue</data><data key="r">north</data></node>
    <node id="d"><data key="g">blue</data><data key="r">south</data></node>
    <edge source="a" target="b"/>
    <edge source="c" target="zz"/>
  </graph>
</graphml>`;

// As the import worker prepares it (through structuredClone, as its messages are), and as
// openGraphFile puts it on the map.
function lastImport(text = GRAPHML, name = 'groups.graphml') {
  const { dataset, report, sphereAttribute, silkgraph, colourings } = structuredClone(
    prepareImport(parseGraphFile({ name, text }), name),
  );
  return { fileName: name, report, dataset, sphereAttribute, silkgraph, colourings };
}

function openReport(text = GRAPHML, name = 'groups.graphml') {
  const last = lastImport(text, name);
  const view = renderWithStore(<ImportReport />);
  act(() => {
    view.store.getState().replaceDataset(last.dataset);
    importSession.setState({ last, reportOpen: true });
  });
  return view;
}

beforeEach(() => {
  importSession.setState(INITIAL_SESSION);
  localStorage.clear();
});

describe('ImportReport', () => {
  afterEach(() => vi.restoreAllMocks());

  it('stays short for thousands of repairs: one group per kind, a few examples, all downloadable', async () => {
    // 2,000 relations to nodes that do not exist, 500 rows with a cell too many.
    const rows = Array.from({ length: 2000 }, (_, i) => `a,ghost${i},${i < 500 ? `${i},x` : i}`);
    const edges = `source,target,w\na,b,1\n${rows.join('\n')}\n`;
    const last = structuredClone(
      prepareImport(
        parseGraphFile({
          name: 'e.csv',
          text: edges,
          nodes: { name: 'n.csv', text: 'id\na\nb\n' },
        }),
        'e.csv',
      ),
    );
    const view = renderWithStore(<ImportReport />);
    act(() => {
      view.store.getState().replaceDataset(last.dataset);
      importSession.setState({
        last: { ...last, fileName: 'e.csv' },
        reportOpen: true,
      });
    });
    const repairs = screen.getByRole('list', { name: 'Repairs' });
    const groups = within(repairs)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === repairs);
    expect(groups.map((g) => g.querySelector('.im-group')!.textContent)).toEqual([
      '2,000 relations dropped: an end is missing or unknown',
      '500 rows with more cells than columns: the extra ignored',
    ]);
    expect(within(groups[0]!).getAllByRole('listitem')).toHaveLength(4);
    expect(groups[0]).toHaveTextContent('… and 1,997 more');
    // Every line of the dialog: a screenful, not thousands.
    expect(screen.getByRole('dialog').querySelectorAll('li').length).toBeLessThan(20);

    let saved: Blob | null = null;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await userEvent.click(screen.getByRole('button', { name: 'Download all 2,500 repairs (CSV)' }));
    expect(click).toHaveBeenCalled();
    const csv = await saved!.text();
    expect(csv.trim().split('\n')).toHaveLength(2501);
    expect(csv).toContain(
      '"dangling-edge-dropped","e.csv line 2002","edge points to unknown target node ""ghost1999"": dropped"',
    );
  });

  it('lists the format, the counts, the attributes and every repair with where it was made', () => {
    openReport();
    const dialog = screen.getByRole('dialog', { name: 'Opened groups.graphml' });
    expect(dialog).toHaveTextContent(
      'groups.graphml was read as GraphML: 4 nodes and 1 relation, directed.',
    );
    const table = within(dialog).getByRole('table', { name: 'Node attributes' });
    expect(within(table).getByRole('row', { name: 'group string 2' })).toBeInTheDocument();
    const repairs = within(dialog)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(repairs.some((r) => /line 8.*"b"/.test(r!))).toBe(true);
    expect(repairs.some((r) => /line 12.*zz/.test(r!))).toBe(true);
  });

  it('says so when nothing had to be repaired', () => {
    openReport(GRAPHML.replace(/\n *<node id="b"><data key="g">blue.*/, '').replace('zz', 'a'));
    expect(screen.getByText('No repairs were needed.')).toBeInTheDocument();
  });

  it('remembers strict mode for the next import', async () => {
    openReport();
    const box = screen.getByRole('checkbox', {
      name: 'Strict mode: refuse files that need repairs',
    });
    expect(box).not.toBeChecked();
    await userEvent.click(box);
    expect(box).toBeChecked();
    expect(importSession.getState().strict).toBe(true);
    expect(localStorage.getItem('silkgraph:strict-import')).toBe('true');
  });

  it('switches the spheres to another attribute’s values, and to one sphere for nothing', async () => {
    const { store } = openReport();
    const select = screen.getByRole('combobox', { name: 'Colour and filter by' });
    expect(select).toHaveValue('group');
    expect(store.getState().spheres.map((s) => s.label)).toEqual(['red', 'blue']);
    await userEvent.selectOptions(select, 'region');
    expect(store.getState().spheres.map((s) => s.label)).toEqual(['north', 'south']);
    expect(store.getState().filters.spheres).toEqual(['north', 'south']);
    const domainOf = (id: string) => store.getState().graph.nodes.find((n) => n.id === id)!.domains;
    expect(domainOf('a')).toEqual(['north']);
    expect(domainOf('c')).toEqual(['north']);
    expect(domainOf('d')).toEqual(['south']);
    // The recoloured graph is kept for the next visit, in a task of its own.
    await waitFor(() =>
      expect(
        JSON.parse(localStorage.getItem(LAST_IMPORT_KEY)!).dataset.spheres.map(
          (s: { label: string }) => s.label,
        ),
      ).toEqual(['north', 'south']),
    );
    await userEvent.selectOptions(select, '');
    expect(store.getState().spheres.map((s) => s.label)).toEqual(['All']);
  });

  it('moves the focus to Close once the report is drawn', async () => {
    openReport();
    const close = screen.getByRole('button', { name: 'Close' });
    await waitFor(() => expect(close).toHaveFocus());
  });

  it('closes with Close and with Escape', async () => {
    openReport();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => importSession.setState({ reportOpen: true }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('can be opened again from the header once closed, while that import is on the map', async () => {
    const user = userEvent.setup();
    const last = lastImport();
    renderWithStore(
      <>
        <ReportButton />
        <ImportReport />
      </>,
    );
    expect(screen.queryByRole('button', { name: 'Import report' })).toBeNull();
    act(() =>
      importSession.setState({
        last,
        reportOpen: true,
      }),
    );
    // Open: the dialog is there and the header button is not needed.
    expect(screen.queryByRole('button', { name: 'Import report' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Import report' }));
    expect(screen.getByRole('dialog', { name: 'Opened groups.graphml' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Colour and filter by' })).toHaveValue('group');
  });
});
