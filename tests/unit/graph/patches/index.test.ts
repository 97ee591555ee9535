import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PATCHED_VERSIONS,
  cytoscapeVersion,
  installExportPatches,
  installPatches,
} from '../../../../src/graph/patches';

const instances: cytoscape.Core[] = [];
const drawn = () => {
  const container = document.createElement('div');
  document.body.append(container);
  const cy = cytoscape({ container });
  instances.push(cy);
  return cy;
};

afterEach(() => {
  for (const cy of instances.splice(0)) {
    const container = cy.container();
    cy.destroy();
    container?.remove();
  }
  vi.restoreAllMocks();
});

describe('installPatches', () => {
  it('was written for the installed cytoscape (upgrading means checking every patch again)', () => {
    expect(PATCHED_VERSIONS).toContain(cytoscapeVersion());
  });

  it('installs every patch on a drawn instance', () => {
    expect(installPatches(drawn()).names).toEqual([
      'emptyFirstFrame',
      'directFirstFrame',
      'roundPolygonPath',
    ]);
  });

  it('installs nothing on a headless instance, which has no renderer', () => {
    const cy = cytoscape({ headless: true });
    instances.push(cy);
    expect(installPatches(cy).names).toEqual([]);
  });

  it('installs nothing on another cytoscape version, and says so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cy = drawn();
    const renderer = (
      cy as unknown as { renderer(): { drawRoundPolygonPath: unknown } }
    ).renderer();
    const before = renderer.drawRoundPolygonPath;
    expect(installPatches(cy, '3.99.0').names).toEqual([]);
    expect(renderer.drawRoundPolygonPath).toBe(before);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('not 3.99.0: none installed'));
    expect(installExportPatches(cy, '3.99.0')).toBe(false);
  });

  it('gives an export copy the round polygon fix only', () => {
    const cy = drawn();
    expect(installExportPatches(cy)).toBe(true);
  });
});
