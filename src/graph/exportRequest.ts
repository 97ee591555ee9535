import { bySpheres } from '../domain/wording';
import type { Core } from 'cytoscape';
import { describeView, viewName } from '../domain/viewDescription';
import { legendOf } from '../domain/legend';
import type { AppState, ExportRequest } from '../store/store';
import { downloadBlob, exportFileName, isoDate } from '../lib/download';
import { withExportCopy } from './exportCopy';
import { exportPng, mapPicture, mapSettled, type ImageText } from './exportImage';
import { exportSvg } from './exportSvg';

const px = (n: number) => n.toLocaleString('en-US');

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
    subtitle: `${sourceLine(state)}${describeView(state.graph, state)} Silkgraph, ${isoDate(new Date())}.`,
    caption: tourCaption(state),
    // The legend over the map: spheres, line styles, whose claims, shapes, the pie.
    legend: legendOf(state.graph, state.spheres, bySpheres(state.spheres) ? 'sphere' : 'category'),
  };
  try {
    if (request.format === 'png') {
      const { blob, width, height } = await exportPng(cy, request.scale, text, underlay);
      const name = exportFileName(`${viewName(state)}-${request.scale}x`, 'png');
      downloadBlob(blob, name);
      state.notify('info', `Saved ${name} (${px(width)} × ${px(height)} px)`);
    } else {
      const blob = await exportSvg(cy, text);
      const name = exportFileName(viewName(state), 'svg');
      downloadBlob(blob, name);
      state.notify('info', `Saved ${name}`);
    }
  } catch (error) {
    state.notify(
      'error',
      error instanceof Error ? error.message : `The ${request.format.toUpperCase()} export failed.`,
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

/** "Source: China Studies Centre. " for a text with an author; nothing for a graph without one. */
function sourceLine(state: AppState): string {
  return state.article.author ? `Source: ${state.article.author}. ` : '';
}

/** In the tour, the step's title and caption go into the picture, as on the slide. */
function tourCaption(state: AppState): string | undefined {
  const step = state.tourStep === null ? undefined : state.tour?.steps[state.tourStep];
  return step ? `${state.tourStep! + 1}. ${step.title}: ${step.caption}` : undefined;
}
