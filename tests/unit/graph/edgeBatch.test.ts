import cytoscape, { type Core, type EdgeSingular } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import {
  batchEdges,
  drawPlainEdges,
  edgeBatchSupported,
  plainLook,
  traceArrow,
  type BatchElement,
} from '../../../src/graph/edgeBatch';
import { EDGE_OPACITY, overWhite } from '../../../src/graph/elements';
import { styledMap } from './styledMap';

/** The article's map without a renderer; each edge given a drawn geometry, as cytoscape's renderer would. */
function articleMap(): Core {
  const cy = styledMap();
  cy.edges().forEach((edge, i) => {
    const rs = (edge as unknown as BatchElement)._private.rscratch;
    const curved = edge.hasClass('bundled');
    Object.assign(rs, {
      edgeType: curved ? 'bezier' : 'straight',
      allpts: curved ? [0, 0, 5, 5, 10 + i, 0] : [0, 0, 10 + i, 0],
      arrowEndX: 10 + i,
      arrowEndY: 0,
      tgtArrowAngle: Math.PI / 2,
    });
  });
  return cy;
}

const asBatch = (edge: EdgeSingular | cytoscape.SingularElementArgument) =>
  edge as unknown as BatchElement;
/** The rgb channels of a #rrggbb colour. */
const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const solid = (cy: Core) => cy.edges('.single.established').not('.bundled')[0]!;

let cy: Core;
afterEach(() => cy?.destroy());

describe('plainLook', () => {
  it('reads a plain relation’s look from the stylesheet: its blended colour, width, arrowhead', () => {
    cy = articleMap();
    const edge = solid(cy);
    const look = plainLook(asBatch(edge))!;
    const [r, g, b] = channels(overWhite(edge.data('colour') as string));
    expect(look).toMatchObject({
      alpha: 1,
      width: 2.5,
      dash: [],
      stroke: `rgba(${r},${g},${b},1)`,
      arrow: { scale: 0.9 },
    });
    // The arrowhead in its blend over white too (EDGE_OPACITY).
    expect(look.arrow!.fill).toBe(`rgba(${channels(overWhite('#555555')).join(',')},1)`);
  });

  it('gives a contested relation its short dashes and a multi-sphere one its gradient', () => {
    cy = articleMap();
    expect(plainLook(asBatch(cy.edges('.contested')[0]!))!.dash).toEqual([2, 5]);
    expect(plainLook(asBatch(cy.edges('.proposed')[0]!))!.dash).toEqual([6, 4]);
    expect(plainLook(asBatch(cy.edges('.multi')[0]!))!.stroke).toBeNull();
  });

  it('draws a dimmed relation faint, as the stylesheet says', () => {
    cy = articleMap();
    const edge = solid(cy).addClass('dimmed');
    expect(plainLook(asBatch(edge))!.alpha).toBeCloseTo(0.15 / EDGE_OPACITY);
  });

  it('batches a hovered relation without a label (around a hub), in its full colour and width', () => {
    cy = articleMap();
    const edge = solid(cy);
    const look = plainLook(asBatch(edge))!;
    edge.addClass('hover-edge');
    const hovered = plainLook(asBatch(edge))!;
    expect(hovered).not.toBeNull();
    expect(hovered.width).toBeGreaterThan(look.width);
    // Its full colours (STRONG_EDGE), where a plain relation has their blend over white.
    expect(hovered.stroke).toBe(`rgba(${channels(edge.data('colour') as string).join(',')},1)`);
    expect(hovered.stroke).not.toBe(look.stroke);
    expect(hovered.arrow?.fill).toBe('rgba(85,85,85,1)');

    // Drawn over the others, which come first in the map's order here.
    const others = cy.edges('.single').not('.bundled').not(edge).slice(0, 5);
    const { context, calls } = recordingContext();
    const eles = [edge, ...others] as unknown as BatchElement[];
    expect(drawPlainEdges(context, eles, renderer)).toBe(6);
    const strokes = calls.filter((c) => c.startsWith('stroke:'));
    expect(strokes.at(-1)).toBe(`stroke:${hovered.stroke}`);
  });

  it('leaves to cytoscape what is highlighted (labels, underlays), hidden, dragged or not worked out', () => {
    cy = articleMap();
    for (const state of ['hover-edge hover-label', 'selected', 'on-path']) {
      const edge = solid(cy).addClass(state);
      expect(plainLook(asBatch(edge)), state).toBeNull();
      edge.removeClass(state);
    }
    const edge = solid(cy);
    expect(plainLook(asBatch(edge))).not.toBeNull();
    edge.addClass('hidden');
    expect(plainLook(asBatch(edge))).toBeNull();
    edge.removeClass('hidden');
    const rs = asBatch(edge)._private.rscratch;
    rs.inDragLayer = true;
    expect(plainLook(asBatch(edge))).toBeNull();
    rs.inDragLayer = false;
    rs.badLine = true;
    expect(plainLook(asBatch(edge))).toBeNull();
    rs.badLine = false;
    rs.edgeType = 'haystack';
    expect(plainLook(asBatch(edge))).toBeNull();
    rs.edgeType = 'straight';
    expect(plainLook(asBatch(edge))).not.toBeNull();
    // Straight, but a filled triangle rather than a stroked line.
    edge.style('curve-style', 'straight-triangle');
    expect(plainLook(asBatch(edge))).toBeNull();
    edge.removeStyle('curve-style');
    // Compared with the nodes' z-index, it might belong above some of them.
    edge.style('z-index-compare', 'manual');
    expect(plainLook(asBatch(edge))).toBeNull();
    edge.removeStyle('z-index-compare');
    expect(plainLook(asBatch(edge))).not.toBeNull();
    // A node is never the batch's.
    expect(plainLook(cy.nodes()[0]! as unknown as BatchElement)).toBeNull();
  });
});

describe('traceArrow', () => {
  it('places cytoscape’s triangle at the arrow’s end, turned by its angle', () => {
    const points: [number, number][] = [];
    const path = {
      moveTo: (x: number, y: number) => points.push([x, y]),
      lineTo: (x: number, y: number) => points.push([x, y]),
      closePath: () => {},
    };
    traceArrow(path, 100, 50, 0, 10);
    expect(points).toEqual([
      [98.5, 47],
      [100, 50],
      [101.5, 47],
    ]);
    points.length = 0;
    // A quarter turn: the tip stays at the end, the base turns with the line.
    traceArrow(path, 0, 0, Math.PI / 2, 10);
    expect(points.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10])).toEqual([
      [3, -1.5],
      [0, 0],
      [3, 1.5],
    ]);
  });
});

/** A canvas context that records what is drawn. */
function recordingContext() {
  const calls: string[] = [];
  const context = {
    globalCompositeOperation: 'source-over',
    strokeStyle: '' as unknown,
    fillStyle: '' as unknown,
    lineWidth: 1,
    lineJoin: 'miter',
    lineCap: 'butt',
    lineDashOffset: 0,
    beginPath: () => calls.push('beginPath'),
    moveTo: () => {},
    lineTo: () => {},
    quadraticCurveTo: () => calls.push('curve'),
    closePath: () => {},
    setLineDash: (d: number[]) => calls.push(`dash:${d.join(',')}`),
    stroke: () => calls.push(`stroke:${String(context.strokeStyle)}`),
    fill: () => calls.push(`fill:${context.globalCompositeOperation}:${String(context.fillStyle)}`),
  };
  return { context: context as unknown as CanvasRenderingContext2D, calls };
}

const renderer = {
  getArrowWidth: (width: number, scale: number) => width * 10 * scale,
  createGradientStyleFor: () => 'gradient' as unknown as CanvasGradient,
};

describe('drawPlainEdges', () => {
  it('strokes the relations of one look in one path and fills their arrowheads in one fill', () => {
    cy = articleMap();
    const same = cy.edges('.single.established').not('.bundled');
    const colours = new Set(same.map((e) => plainLook(asBatch(e))!.stroke));
    const { context, calls } = recordingContext();
    const drawn = drawPlainEdges(context, same.toArray() as unknown as BatchElement[], renderer);
    expect(drawn).toBe(same.length);
    expect(calls.filter((c) => c.startsWith('stroke:'))).toHaveLength(colours.size);
    expect(calls.filter((c) => c.startsWith('fill:'))).toEqual([
      `fill:source-over:rgba(${channels(overWhite('#555555')).join(',')},1)`,
    ]);
  });

  it('draws each gradient relation with its own gradient, curves as curves, and skips nodes and highlighted relations', () => {
    cy = articleMap();
    const multi = cy.edges('.multi.bundled')[0]!;
    const hovered = solid(cy).addClass('hover-edge hover-label');
    const { context, calls } = recordingContext();
    const eles = [cy.nodes()[0]!, multi, hovered] as unknown as BatchElement[];
    expect(drawPlainEdges(context, eles, renderer)).toBe(1);
    expect(calls.filter((c) => c.startsWith('stroke:'))).toEqual(['stroke:gradient']);
    expect(calls).toContain('curve');
  });

  it('draws faint relations first and clears under a faint arrowhead, as cytoscape does', () => {
    cy = articleMap();
    const [faint, strong] = cy
      .edges('.single.established')
      .not('.bundled')
      .toArray() as EdgeSingular[];
    faint!.addClass('dimmed');
    const { context, calls } = recordingContext();
    drawPlainEdges(context, [strong, faint] as unknown as BatchElement[], renderer);
    const strokes = calls.filter((c) => c.startsWith('stroke:'));
    expect(strokes[0]).toMatch(/,0\.17\d*\)$/);
    expect(strokes[strokes.length - 1]).toMatch(/,1\)$/);
    const fills = calls.filter((c) => c.startsWith('fill:'));
    expect(fills[0]).toMatch(/^fill:destination-out:/);
    expect(fills[1]).toMatch(/^fill:source-over:.*,0\.17\d*\)$/);
    // The strong line comes after the faint arrowhead's clearing, which cannot cut into it.
    expect(calls.indexOf(strokes[strokes.length - 1]!)).toBeGreaterThan(calls.indexOf(fills[0]!));
  });
});

describe('batchEdges', () => {
  it('does nothing on a renderer without those internals (headless)', () => {
    cy = cytoscape({ headless: true });
    expect(edgeBatchSupported(cy)).toBe(false);
    const batch = batchEdges(cy);
    batch.setEnabled(false);
    batch.dispose();
  });

  /** A stand-in for cytoscape's canvas renderer: its two drawing methods on a prototype, logging. */
  function fakeRenderer(log: string[]) {
    const proto = {
      drawLayeredElements(_context: unknown, eles: ArrayLike<BatchElement>) {
        log.push(`layered:${eles.length}`);
      },
      drawCachedElement(_context: unknown, ele: BatchElement) {
        log.push(`cytoscape:${ele._private.group}`);
      },
      getArrowWidth: renderer.getArrowWidth,
      createGradientStyleFor: renderer.createGradientStyleFor,
    };
    return Object.create(proto) as typeof proto;
  }

  it('draws the batch before cytoscape’s frame and has cytoscape skip plain edges, while enabled', () => {
    cy = articleMap();
    const log: string[] = [];
    const r = fakeRenderer(log);
    const map = { renderer: () => r } as unknown as Core;
    expect(edgeBatchSupported(map)).toBe(true);
    const batch = batchEdges(map);
    const plain = solid(cy);
    const hovered = cy
      .edges('.single.established')
      .not('.bundled')[1]!
      .addClass('hover-edge hover-label');
    const node = cy.nodes()[0]!;
    const eles = [node, plain, hovered] as unknown as BatchElement[];
    const { context, calls } = recordingContext();
    r.drawLayeredElements(context, eles);
    for (const ele of eles) r.drawCachedElement(context, ele);
    expect(calls.filter((c) => c.startsWith('stroke:'))).toHaveLength(1);
    expect(log).toEqual(['layered:3', 'cytoscape:nodes', 'cytoscape:edges']);

    log.length = 0;
    batch.setEnabled(false);
    r.drawLayeredElements(context, eles);
    for (const ele of eles) r.drawCachedElement(context, ele);
    expect(log).toEqual(['layered:3', 'cytoscape:nodes', 'cytoscape:edges', 'cytoscape:edges']);

    batch.dispose();
    expect(Object.prototype.hasOwnProperty.call(r, 'drawLayeredElements')).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(r, 'drawCachedElement')).toBe(false);
  });
});
