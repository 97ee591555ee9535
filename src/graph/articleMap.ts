import type { Core } from 'cytoscape';
import type { AppState, AppStore, ExportRequest } from '../store/store';
import { MAP_ZOOM, elementsOf, type Places, type SizedMap } from './sizedMap';
import { STYLESHEET } from './stylesheet';
import { syncToCy } from './sync';

const FIT_PADDING = 30;

/** An article-sized graph: cytoscape holds, styles and draws every element itself. */
export class ArticleMap implements SizedMap {
  readonly large = false;
  readonly loading = false;
  readonly layoutOptions = {};

  /** `restyle`: the instance has another map's look (a large graph was on it before). */
  constructor(
    private readonly cy: Core,
    private readonly store: AppStore,
    restyle: boolean,
  ) {
    if (restyle) {
      cy.style(STYLESHEET);
      cy.minZoom(MAP_ZOOM.min);
    }
  }

  get graph(): Core {
    return this.cy;
  }

  load(state: AppState, placed: Places, done: () => void): void {
    const { cy } = this;
    const elements = elementsOf(state, placed, false);
    cy.batch(() => cy.elements().remove());
    // Added and classed in one batch, so styles are computed once, then framed.
    cy.batch(() => {
      cy.add(elements);
      this.sync(this.store.getState());
    });
    performance.mark('silkgraph:elements-added');
    done();
    // Framing computes every element's style, label and bounds: most of the first paint's work.
    performance.mark('silkgraph:framed');
  }

  sync(state: AppState): void {
    syncToCy(this.cy, state);
  }

  fit(): void {
    const shown = this.cy.elements().not('.hidden');
    this.cy.fit(shown.nonempty() ? shown : undefined, FIT_PADDING);
  }

  places(): Places {
    return new Map(this.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  }

  nodeDragged(): void {}

  async exportImage(request: ExportRequest, state: AppState): Promise<void> {
    // Drawing exports is code most visits never run: it loads on the first export.
    const { runExportRequest } = await import('./exportRequest');
    await runExportRequest(this.cy, request, state);
  }

  destroy(): void {
    this.cy.batch(() => this.cy.elements().remove());
  }
}
