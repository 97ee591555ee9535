import { t } from '../i18n/core';
import { parallelBundles } from './bundles';
import { KIND_SHAPES, shapeOutline, type NodeShape } from './nodeShapes';
import {
  CLAIM_MARK_ROWS,
  KIND_LABELS,
  LINE_DASHES,
  STATUS_LABELS,
  STATUS_LINES,
  type ClaimMark,
} from './palette';
import type { EdgeStatus, Graph, NodeKind, SphereDef } from './schema';
import { EDGE_STATUSES, NODE_KINDS } from './vocabulary';

/**
 * What the map's key says, in one place for the legend over the map and the legends of the PNG and
 * SVG exports, so that they never disagree: the spheres' colours, the statuses' line styles, the
 * marks that say whose claim a relation is (when its relations say), the shapes of the kinds the
 * graph has, and what a node's pie means. Its words are in the interface's language of the call.
 */
export interface Legend {
  spheres: readonly { id: string; label: string; colour: string }[];
  statuses: readonly { status: EdgeStatus; label: string; dash: readonly number[] }[];
  /** The marks on the lines and whose claim each says; empty when no relation says whose it is. */
  claims: readonly { mark: ClaimMark; label: string }[];
  kinds: readonly {
    kind: NodeKind;
    label: string;
    shape: NodeShape;
    /** The shape's outline in the unit square; null for a circle. */
    outline: readonly number[] | null;
  }[];
  /** What the coloured pie inside a node means. */
  pie: string;
  /** What a bundled link is, where the graph has one (more than three relations between a pair). */
  bundle: string | null;
}

/** The legend of a graph coloured by these spheres (an import's categories are called so). */
export function legendOf(
  graph: Graph,
  spheres: readonly SphereDef[],
  noun: 'sphere' | 'category' = 'sphere',
): Legend {
  const present = new Set(graph.nodes.map((n) => n.kind));
  return {
    spheres: spheres.map(({ id, label, colour }) => ({ id, label, colour })),
    statuses: EDGE_STATUSES.map((status) => ({
      status,
      label: STATUS_LABELS[status],
      dash: LINE_DASHES[STATUS_LINES[status]],
    })),
    claims: graph.edges.some((e) => e.attribution) ? CLAIM_MARK_ROWS : [],
    kinds: NODE_KINDS.filter((kind) => present.has(kind)).map((kind) => ({
      kind,
      label: KIND_LABELS[kind],
      shape: KIND_SHAPES[kind],
      outline: shapeOutline(KIND_SHAPES[kind]),
    })),
    bundle: parallelBundles(graph).length > 0 ? t('graph.legend.bundle') : null,
    pie: t('graph.legend.pie', { noun }),
  };
}
