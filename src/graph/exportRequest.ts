import { bySpheres } from '../domain/wording';
import type { Core } from 'cytoscape';
import { describeView, viewName } from '../domain/viewDescription';
import { legendOf } from '../domain/legend';
import type { AppState, ExportRequest } from '../store/store';
import { downloadBlob, exportFileName, isoDate } from '../lib/download';
import { withExportCopy } from './exportCopy';
import { exportPng, mapPicture, mapSettled, type ImageText } from './exportImage';
import { exportSvg } from './exportSvg';
import { formatNumber, t } from '../i18n/core';

/** Carries out an export request from the store: draws the view, saves it, and says what happened. */
export async function runExportRequest(
  cy: Core,
  request: ExportRequest,
  state: AppState,
  /** Under cytoscape's drawing in a PNG: a large graph's layer. */
  underlay?: (scale: number) => CanvasImageSource,
): Promise<void> {
  if (request.format === 'picture') {
    // A handout's picture: the view as the step leaves it, once the camera and labels stand still.
    await mapSettled(cy);
    try {
      request.deliver(await mapPicture(cy, request.scale, request.frame, underlay));
    } catch (error) {
      request.deliver(error instanceof Error ? error : new Error(String(error)));
    }
    return;
  }
  const text: ImageText = {
    title: state.article.title,
    // The map's source goes with it: whose text every node and relation quotes.
    subtitle: subtitleOf(state),
    caption: tourCaption(state),
    // The legend over the map: spheres, line styles, whose claims, shapes, the pie.
    legend: legendOf(state.graph, state.spheres, bySpheres(state.spheres) ? 'sphere' : 'category'),
  };
  try {
    if (request.format === 'png') {
      const { blob, width, height } = await exportPng(cy, request.scale, text, underlay);
      const name = exportFileName(`${viewName(state)}-${request.scale}x`, 'png');
      downloadBlob(blob, name);
      state.notify(
        'info',
        t('export.saved.png', { name, width: formatNumber(width), height: formatNumber(height) }),
      );
    } else {
      const blob = await exportSvg(cy, text);
      const name = exportFileName(viewName(state), 'svg');
      downloadBlob(blob, name);
      state.notify('info', t('export.saved.svg', { name }));
    }
  } catch (error) {
    state.notify(
      'error',
      error instanceof Error
        ? error.message
        : t('export.image.failed', { format: request.format.toUpperCase() }),
    );
  }
}

/**
 * The same for a large graph, whose model the map does not draw: a PNG is the layer's picture with
 * cytoscape's highlighted copies over it, as on screen; an SVG is drawn whole by cytoscape, from a
 * copy of the model (seconds for 25,000 elements).
 */
export async function runLargeExportRequest(
  view: Core,
  model: Core,
  request: ExportRequest,
  state: AppState,
  snapshot: ((scale: number) => CanvasImageSource) | null,
): Promise<void> {
  if (request.format !== 'svg' && snapshot) {
    await runExportRequest(view, request, state, snapshot);
    return;
  }
  await withExportCopy(view, model, (copy) => runExportRequest(copy, request, state));
}

/**
 * The line under the title: the source (for a text with an author), what the filters show, and
 * "Silkgraph" with the day, e.g. "Source: China Studies Centre. All spheres, … shown. Silkgraph, 2025-03-01."
 */
function subtitleOf(state: AppState): string {
  const values = { view: describeView(state.graph, state), date: isoDate(new Date()) };
  return state.article.author
    ? t('export.image.subtitle.source', { ...values, author: state.article.author })
    : t('export.image.subtitle', values);
}

/** In the tour, the step's title and caption go into the picture, as on the slide. */
function tourCaption(state: AppState): string | undefined {
  const step = state.tourStep === null ? undefined : state.tour?.steps[state.tourStep];
  return step
    ? t('export.image.tourCaption', {
        number: state.tourStep! + 1,
        title: step.title,
        caption: step.caption,
      })
    : undefined;
}
