import cytoscape, { type Core } from 'cytoscape';
import { drawEmptyFrame, drawFirstFrameDirect } from './firstFrame';
import { fixRoundPolygonPath } from './roundPolygonPath';

/**
 * The only place the app changes cytoscape's private internals. Each patch was written against
 * these versions: on any other, none is installed (the map works, a little slower, and the SVG
 * export's round diamonds may be lost) and a unit test fails until each patch is checked again.
 */
export const PATCHED_VERSIONS: readonly string[] = ['3.35.0'];

/** The installed cytoscape's version (its type definitions leave the field out). */
export const cytoscapeVersion = (): string => (cytoscape as unknown as { version: string }).version;

/** Which patches are in place on an instance, and how to take back what is per instance. */
export interface InstalledPatches {
  names: string[];
  /** Undoes what must not outlive the instance's binding (the first frame's direct drawing). */
  uninstall: () => void;
}

/**
 * Installs every patch on a new drawn instance, before its elements are added: an empty first
 * frame, a first frame with the graph drawn without texture caches, and the round polygon path fix
 * for SVG export. A headless instance has no renderer to patch.
 */
export function installPatches(cy: Core, version = cytoscapeVersion()): InstalledPatches {
  if (!PATCHED_VERSIONS.includes(version)) {
    console.warn(
      `Silkgraph's cytoscape patches were written for ${PATCHED_VERSIONS.join(', ')}, not ${version}: none installed.`,
    );
    return { names: [], uninstall: () => {} };
  }
  const names: string[] = [];
  if (drawEmptyFrame(cy)) names.push('emptyFirstFrame');
  const restoreTextures = drawFirstFrameDirect(cy);
  if (restoreTextures) names.push('directFirstFrame');
  if (fixRoundPolygonPath(cy)) names.push('roundPolygonPath');
  return { names, uninstall: () => restoreTextures?.() };
}

/** The patches an offscreen instance needs to draw an export (made for that, never shown). */
export function installExportPatches(cy: Core, version = cytoscapeVersion()): boolean {
  return PATCHED_VERSIONS.includes(version) && fixRoundPolygonPath(cy);
}
