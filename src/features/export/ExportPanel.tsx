import { Fragment } from 'react';
import {
  countsLine,
  describeView,
  evidenceRows,
  shownGraphJson,
  toCsv,
  toMarkdown,
  viewName,
} from '../../domain/exportSheet';
import { memoizeLast } from '../../domain/memo';
import { bySpheres } from '../../domain/wording';
import { downloadBlob, exportFileName } from '../../lib/download';
import { useApp, useAppStore } from '../../store/context';
import { selectDisplayed } from '../../store/derived';
import type { AppState } from '../../store/store';
import { EmbedButton } from './EmbedButton';
import { HandoutButton } from './HandoutButton';
import { SaveOfflinePageButton } from './SaveOfflinePageButton';
import { saveAnnotations } from './saveAnnotations';
import { GRAPH_EXPORTS, isGrounded, saveGraph, saveMap } from './saveGraphFile';

const rowsOf = memoizeLast(evidenceRows);
const selectRows = (s: AppState) => rowsOf(s.article, s.graph, selectDisplayed(s), s.spheres);
/** What the sheets call the categories: the article's spheres, or a map's own categories. */
const categoriesWord = (s: AppState) => (bySpheres(s.spheres) ? 'Spheres' : 'Categories');
const countsOf = memoizeLast(countsLine);

type SheetFormat = 'csv' | 'md' | 'json';

/** Saves a sheet computed from the store now; an image goes through the map as an export request. */
function saveSheet(s: AppState, format: SheetFormat): void {
  writeSheet(s, format).catch((error: unknown) =>
    s.notify(
      'error',
      error instanceof Error ? `The export failed: ${error.message}` : 'The export failed.',
    ),
  );
}

async function writeSheet(s: AppState, format: SheetFormat): Promise<void> {
  const view = viewName(s);
  if (format === 'json') {
    const name = exportFileName(`${view}-graph`, 'json');
    const displayed = selectDisplayed(s);
    const json = shownGraphJson(s.graph, displayed, s.spheres);
    downloadBlob(new Blob([json], { type: 'application/json' }), name);
    s.notify(
      'info',
      `Saved ${name} (${displayed.nodes.size} nodes, ${displayed.edges.size} relations)`,
    );
    return;
  }
  const rows = selectRows(s);
  const name = exportFileName(`${view}-evidence`, format);
  const blob =
    format === 'csv'
      ? // The byte-order mark makes Excel read the file as UTF-8 (curly quotes, dashes).
        new Blob(['\uFEFF', await toCsv(rows, categoriesWord(s))], {
          type: 'text/csv;charset=utf-8',
        })
      : new Blob([toMarkdown(rows, s.article.title, describeView(s.graph, s), categoriesWord(s))], {
          type: 'text/markdown;charset=utf-8',
        });
  downloadBlob(blob, name);
  s.notify('info', `Saved ${name} (${countsOf(rows)})`);
}

/**
 * What the Export menu offers, loaded when it is first opened: images of the view, the evidence
 * behind what is shown, the graph for other tools, the embed and the whole map.
 */
export function ExportPanel({
  open,
  choose,
  close,
}: {
  open: boolean;
  /** Runs a choice and closes the menu. */
  choose: (action: () => void) => void;
  /** Closes the menu without a choice (the embed opens its own dialog). */
  close: () => void;
}) {
  const store = useAppStore();
  const requestExport = useApp((s) => s.requestExport);
  // The evidence rows of every shown relation are counted only while the menu is open: on a large
  // graph they cost tens of milliseconds on every filter change.
  const counts = useApp((s) => (open ? countsOf(selectRows(s)) : ''));
  const relations = useApp((s) => selectDisplayed(s).edges.size);
  const nodes = useApp((s) => selectDisplayed(s).nodes.size);
  const description = useApp((s) => describeView(s.graph, s));
  // Checked only while the menu is open: a pass over every element.
  const grounded = useApp((s) => open && isGrounded(s));
  const hasText = useApp((s) => s.article.blocks.length > 0);

  const item = (label: string, hint: string, action: () => void, disabled = false) => (
    <li>
      <button type="button" className="ex-item" disabled={disabled} onClick={() => choose(action)}>
        <span className="ex-label">{label}</span> <span className="ex-hint">{hint}</span>
      </button>
    </li>
  );

  return (
    <>
      <p className="ex-note">Exports follow the filters. {description}</p>
      <h2 className="ex-heading">Image of the current view</h2>
      <ul className="ex-list">
        {item('PNG 1×', 'view, title and legend at screen size', () =>
          requestExport({ format: 'png', scale: 1 }),
        )}
        {item('PNG 2×', 'sharper, for slides', () => requestExport({ format: 'png', scale: 2 }))}
        {item('PNG 4×', 'for print', () => requestExport({ format: 'png', scale: 4 }))}
        {item('SVG', 'vector image, labels as text', () => requestExport({ format: 'svg' }))}
      </ul>
      <h2 className="ex-heading">Evidence behind the shown relations</h2>
      <p className="ex-count">{relations === 0 ? 'The filters show no relations.' : counts}</p>
      <ul className="ex-list">
        {item(
          'Evidence sheet (CSV)',
          'every passage of every shown relation, for spreadsheets',
          () => saveSheet(store.getState(), 'csv'),
          relations === 0,
        )}
        {item(
          'Evidence sheet (Markdown)',
          'a handout, one section per relation with its quotes',
          () => saveSheet(store.getState(), 'md'),
          relations === 0,
        )}
        {item(
          'Shown graph (JSON)',
          'the shown nodes and relations, in graph.json format',
          () => saveSheet(store.getState(), 'json'),
          nodes === 0,
        )}
      </ul>
      <h2 className="ex-heading">Shown graph for other tools</h2>
      <ul className="ex-list">
        {GRAPH_EXPORTS.map(({ format, label, hint }) => (
          <Fragment key={format}>
            {item(label, hint, () => saveGraph(store.getState(), format), nodes === 0)}
          </Fragment>
        ))}
      </ul>
      <h2 className="ex-heading">Publish</h2>
      <ul className="ex-list">
        <li>
          <SaveOfflinePageButton onOpen={close} />
        </li>
        <li>
          <EmbedButton onOpen={close} />
        </li>
        <li>
          <HandoutButton onOpen={close} />
        </li>
      </ul>
      <h2 className="ex-heading">The whole map, whatever the filters</h2>
      <ul className="ex-list">
        {item(
          'Map file (Silkgraph JSON)',
          grounded
            ? 'the text, every node and relation, positions, categories and tour: “Open graph…” opens it again'
            : 'needs a passage for every node and relation; this graph has none: use GEXF or GraphML',
          () => saveMap(store.getState()),
          !grounded,
        )}
        {item(
          'Evidence as Web Annotations (JSON-LD)',
          hasText
            ? 'every passage, for Recogito and Hypothesis; “Import annotations…” reads it back'
            : 'needs a text: this graph has none',
          () => saveAnnotations(store.getState()),
          !hasText,
        )}
      </ul>
    </>
  );
}
