declare module 'cytoscape-svg' {
  import type { Core, Ext } from 'cytoscape';

  /** The options `cy.svg()` reads (cytoscape-svg 0.4). */
  export interface SvgExportOptions {
    /** The whole graph (true) or the current view (false, the default). */
    full?: boolean;
    scale?: number;
    /** Background colour; transparent when left out. */
    bg?: string;
  }

  /** A core once the extension is registered: `svg()` returns the serialized SVG document. */
  export type CoreWithSvg = Core & { svg(options?: SvgExportOptions): string };

  const svg: Ext;
  export default svg;
}
