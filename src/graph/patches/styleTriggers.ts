import type { Core } from 'cytoscape';

// Fixes: cytoscape's applyContextStyle runs every trigger of every property it sets (a node's
// connected edges collected 40 times over), the largest part of styling the article before its
// first paint. Upstream would need checkTriggers batched per call; no report filed yet.

/**
 * How: the triggers of the properties set in one `applyContextStyle` call are collected, and each
 * one that fired is carried out once when the call ends, in cytoscape's own order. Nothing reads
 * the caches in between (style values are read from the element, not its style cache), so the
 * element, its edges and the renderer end in the same state. Other paths that set a property
 * (bypasses, mappers, animations) are cytoscape's own. The change is made once, on the style
 * prototype every instance shares.
 */

interface Element {
  removed(): boolean;
  dirtyStyleCache(): void;
  dirtyCompoundBoundsCache(): void;
  dirtyBoundingBoxCache(): void;
  connectedEdges(): { forEach(fn: (edge: Element) => void): void };
  parallelEdges(): { forEach(fn: (edge: Element) => void): void };
  cy(): { notify(event: string, ele: Element): void };
}

type Trigger = ((from: unknown, to: unknown, ele: Element) => boolean) | undefined;

interface PropertyDef {
  triggersZOrder?: Trigger;
  triggersBounds?: Trigger;
  triggersBoundsOfConnectedEdges?: Trigger;
  triggersBoundsOfParallelEdges?: Trigger;
}

interface StylePrototype {
  properties: Record<string, PropertyDef>;
  applyContextStyle(this: StylePrototype, meta: unknown, style: unknown, ele: Element): unknown;
  checkTriggers(this: StylePrototype, ele: Element, name: string, from: unknown, to: unknown): void;
}

/** The triggers fired while one element's context style is applied. */
interface Pending {
  ele: Element;
  style: boolean;
  zOrder: boolean;
  bounds: boolean;
  connectedEdges: boolean;
  parallelEdges: boolean;
}

let installed = false;
let enabled = true;
let pending: Pending | null = null;

const fires = (trigger: Trigger, from: unknown, to: unknown, ele: Element) =>
  trigger != null && trigger(from, to, ele);

/** What cytoscape's `checkTriggers` does, once for all the properties set in one call. */
function carryOut(p: Pending): void {
  const { ele } = p;
  if (p.style) ele.dirtyStyleCache();
  if (ele.removed()) return;
  if (p.zOrder) ele.cy().notify('zorder', ele);
  if (p.bounds) {
    ele.dirtyCompoundBoundsCache();
    ele.dirtyBoundingBoxCache();
  }
  if (p.connectedEdges) ele.connectedEdges().forEach((edge) => edge.dirtyBoundingBoxCache());
  if (p.parallelEdges) ele.parallelEdges().forEach((edge) => edge.dirtyBoundingBoxCache());
}

function isStylePrototype(proto: unknown): proto is StylePrototype {
  const p = proto as Partial<StylePrototype> | null;
  return (
    !!p &&
    typeof p.applyContextStyle === 'function' &&
    typeof p.checkTriggers === 'function' &&
    typeof p.properties === 'object' &&
    p.properties !== null &&
    typeof p.properties.display?.triggersBounds === 'function'
  );
}

/**
 * Makes every cytoscape instance's style application carry out each trigger once per element and
 * call. Idempotent; returns whether the change is in place.
 */
export function coalesceStyleTriggers(cy: Core): boolean {
  if (installed) return true;
  const proto: unknown = Object.getPrototypeOf((cy as unknown as { style(): unknown }).style());
  if (!isStylePrototype(proto)) return false;
  const applyContextStyle = proto.applyContextStyle;
  const checkTriggers = proto.checkTriggers;

  proto.applyContextStyle = function (meta, style, ele) {
    if (!enabled || pending) return applyContextStyle.call(this, meta, style, ele);
    const mine: Pending = {
      ele,
      style: false,
      zOrder: false,
      bounds: false,
      connectedEdges: false,
      parallelEdges: false,
    };
    pending = mine;
    try {
      return applyContextStyle.call(this, meta, style, ele);
    } finally {
      pending = null;
      carryOut(mine);
    }
  };

  proto.checkTriggers = function (ele, name, from, to) {
    const p = pending;
    if (!p || p.ele !== ele) {
      checkTriggers.call(this, ele, name, from, to);
      return;
    }
    p.style = true;
    if (ele.removed()) return;
    const prop = this.properties[name];
    if (!prop) return;
    if (!p.zOrder && fires(prop.triggersZOrder, from, to, ele)) p.zOrder = true;
    if (!p.bounds && fires(prop.triggersBounds, from, to, ele)) p.bounds = true;
    if (!p.connectedEdges && fires(prop.triggersBoundsOfConnectedEdges, from, to, ele))
      p.connectedEdges = true;
    if (!p.parallelEdges && fires(prop.triggersBoundsOfParallelEdges, from, to, ele))
      p.parallelEdges = true;
  };

  installed = true;
  return true;
}

/** For tests: compare with cytoscape's own behaviour by switching the change off and on. */
export function setStyleTriggerCoalescing(on: boolean): void {
  enabled = on;
}
