import { Fragment } from 'react';
import {
  categoriesHeader,
  countsLine,
  describeView,
  evidenceRows,
  shownGraphJson,
  toCsv,
  toMarkdown,
  viewName,
} from '../../domain/exportSheet';
import { memoizeLast } from '../../domain/memo';
import { downloadBlob, exportFileName } from '../../lib/download';
import { useApp, useAppStore } from '../../store/context';
import { selectDisplayed } from '../../store/derived';
import type { AppState } from '../../store/store';
import { EmbedButton } from './EmbedButton';
import { HandoutButton } from './HandoutButton';
import { SaveOfflinePageButton } from './SaveOfflinePageButton';
import { saveAnnotations } from './saveAnnotations';
import { exportFailed, GRAPH_EXPORTS, isGrounded, saveGraph, saveMap } from './saveGraphFile';
import { t as translate, type MessageId } from '../../i18n/core';
import { useLanguage, useT } from '../../i18n/react';

const rowsOf = memoizeLast(evidenceRows);
const selectRows = (s: AppState) => rowsOf(s.article, s.graph, selectDisplayed(s), s.spheres);
// The count line is remembered per language: the same rows say it again in another.
const countsOf = memoizeLast((rows: ReturnType<typeof selectRows>, _language: string) =>
  countsLine(rows),
);

type SheetFormat = 'csv' | 'md' | 'json';

/** Saves a sheet computed from the store now; an image goes through the map as an export request. */
function saveSheet(s: AppState, format: SheetFormat): void {
  writeSheet(s, format).catch((error: unknown) => s.notify('error', exportFailed(error)));
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
      translate('export.saved.graph', {
        name,
        nodes: displayed.nodes.size,
        relations: displayed.edges.size,
      }),
    );
    return;
  }
  const rows = selectRows(s);
  const name = exportFileName(`${view}-evidence`, format);
  const blob =
    format === 'csv'
      ? // The byte-order mark makes Excel read the file as UTF-8 (curly quotes, dashes).
        new Blob(['\uFEFF', await toCsv(rows, categoriesHeader(s.spheres))], {
          type: 'text/csv;charset=utf-8',
        })
      : new Blob(
          [
            toMarkdown(
              rows,
              s.article.title,
              describeView(s.graph, s),
              categoriesHeader(s.spheres),
            ),
          ],
          { type: 'text/markdown;charset=utf-8' },
        );
  downloadBlob(blob, name);
  s.notify('info', translate('export.saved.sheet', { name, counts: countsLine(rows) }));
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
  const t = useT();
  const language = useLanguage();
  const requestExport = useApp((s) => s.requestExport);
  // The evidence rows of every shown relation are counted only while the menu is open: on a large
  // graph they cost tens of milliseconds on every filter change.
  const counts = useApp((s) => (open ? countsOf(selectRows(s), language) : ''));
  const relations = useApp((s) => selectDisplayed(s).edges.size);
  const nodes = useApp((s) => selectDisplayed(s).nodes.size);
  const description = useApp((s) => describeView(s.graph, s));
  // Checked only while the menu is open: a pass over every element.
  const grounded = useApp((s) => open && isGrounded(s));
  const hasText = useApp((s) => s.article.blocks.length > 0);

  const item = (label: string, hint: MessageId, action: () => void, disabled = false) => (
    <li>
      <button type="button" className="ex-item" disabled={disabled} onClick={() => choose(action)}>
        <span className="ex-label">{label}</span> <span className="ex-hint">{t(hint)}</span>
      </button>
    </li>
  );

  return (
    <>
      <p className="ex-note">{t('export.panel.note', { description })}</p>
      <h2 className="ex-heading">{t('export.panel.image')}</h2>
      <ul className="ex-list">
        {item('PNG 1×', 'export.png1.hint', () => requestExport({ format: 'png', scale: 1 }))}
        {item('PNG 2×', 'export.png2.hint', () => requestExport({ format: 'png', scale: 2 }))}
        {item('PNG 4×', 'export.png4.hint', () => requestExport({ format: 'png', scale: 4 }))}
        {item('SVG', 'export.svg.hint', () => requestExport({ format: 'svg' }))}
      </ul>
      <h2 className="ex-heading">{t('export.panel.evidence')}</h2>
      <p className="ex-count">{relations === 0 ? t('export.panel.noRelations') : counts}</p>
      <ul className="ex-list">
        {item(
          t('export.sheet.csv.label'),
          'export.sheet.csv.hint',
          () => saveSheet(store.getState(), 'csv'),
          relations === 0,
        )}
        {item(
          t('export.sheet.md.label'),
          'export.sheet.md.hint',
          () => saveSheet(store.getState(), 'md'),
          relations === 0,
        )}
        {item(
          t('export.sheet.json.label'),
          'export.sheet.json.hint',
          () => saveSheet(store.getState(), 'json'),
          nodes === 0,
        )}
      </ul>
      <h2 className="ex-heading">{t('export.panel.tools')}</h2>
      <ul className="ex-list">
        {GRAPH_EXPORTS.map(({ format, label, hint }) => (
          <Fragment key={format}>
            {item(label(), hint, () => saveGraph(store.getState(), format), nodes === 0)}
          </Fragment>
        ))}
      </ul>
      <h2 className="ex-heading">{t('export.panel.publish')}</h2>
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
      <h2 className="ex-heading">{t('export.panel.whole')}</h2>
      <ul className="ex-list">
        {item(
          t('export.mapFile.label'),
          grounded ? 'export.mapFile.hint' : 'export.mapFile.hint.ungrounded',
          () => saveMap(store.getState()),
          !grounded,
        )}
        {item(
          t('export.annotations.label'),
          hasText ? 'export.annotations.hint' : 'export.annotations.hint.noText',
          () => saveAnnotations(store.getState()),
          !hasText,
        )}
      </ul>
    </>
  );
}
