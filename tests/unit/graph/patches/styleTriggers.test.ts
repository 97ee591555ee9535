import type { Core, SingularElementArgument } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInDataset } from '../../../../src/app/dataset';
import {
  coalesceStyleTriggers,
  setStyleTriggerCoalescing,
} from '../../../../src/graph/patches/styleTriggers';
import { styledMap } from '../styledMap';

const make = () => styledMap();

/** What the caches the triggers look after decide: style values, visibility, bounds, z-order. */
function snapshot(cy: Core) {
  // takesUpSpace and interactive are cytoscape's, missing from its type definitions.
  type Derived = { takesUpSpace(): boolean; interactive(): boolean };
  const state = (ele: SingularElementArgument) => ({
    style: ele.style() as Record<string, unknown>,
    // Cached per element until cytoscape's triggers clear them; an edge's depend on its nodes'.
    displayed: (ele as unknown as Derived).takesUpSpace(),
    visible: ele.visible(),
    interactive: (ele as unknown as Derived).interactive(),
    opacity: ele.effectiveOpacity(),
    box: ele.boundingBox({ includeLabels: false }),
  });
  return {
    elements: Object.fromEntries(cy.elements().map((ele) => [ele.id(), state(ele)])),
    order: cy
      .elements()
      .filter((ele) => ele.visible())
      .map((ele) => ele.id()),
  };
}

/** The same changes the app makes: hiding and showing elements, classes for the highlight. */
function change(cy: Core) {
  const china = cy.getElementById('china');
  cy.batch(() => {
    china.addClass('hidden');
    cy.edges('.multi').addClass('dimmed');
    cy.getElementById('kazakhstan').addClass('selected');
  });
  const afterHide = snapshot(cy);
  cy.batch(() => {
    china.removeClass('hidden');
    cy.getElementById('astana').addClass('hidden');
    cy.edges('.multi').removeClass('dimmed');
  });
  return { afterHide, afterShow: snapshot(cy) };
}

let instances: Core[] = [];
afterEach(() => {
  setStyleTriggerCoalescing(true);
  for (const cy of instances) cy.destroy();
  instances = [];
});

describe('coalesceStyleTriggers', () => {
  it('is in place with the installed cytoscape (an upgrade that changed its internals fails here)', () => {
    const cy = make();
    instances.push(cy);
    expect(coalesceStyleTriggers(cy)).toBe(true);
    expect(coalesceStyleTriggers(cy)).toBe(true);
  });

  it('leaves every element as cytoscape itself would: on load, on hiding a hub, on showing it again', () => {
    coalesceStyleTriggers(make());
    setStyleTriggerCoalescing(false);
    const plain = make();
    setStyleTriggerCoalescing(true);
    const coalesced = make();
    instances.push(plain, coalesced);

    expect(snapshot(coalesced)).toEqual(snapshot(plain));
    const plainChanges = change(plain);
    const coalescedChanges = change(coalesced);
    expect(coalescedChanges).toEqual(plainChanges);
    // The changes did something.
    expect(coalescedChanges.afterHide.elements['china']!.style['display']).toBe('none');
    expect(coalescedChanges.afterShow.elements['china']!.style['display']).toBe('element');
    expect(coalescedChanges.afterShow.elements['astana']!.style['display']).toBe('none');
    const chinaEdge = builtInDataset.graph.edges.find(
      (e) => e.source === 'china' || e.target === 'china',
    )!;
    expect(coalescedChanges.afterHide.elements[chinaEdge.id]!.displayed).toBe(false);
    expect(coalescedChanges.afterShow.elements[chinaEdge.id]!.displayed).toBe(
      chinaEdge.source !== 'astana' && chinaEdge.target !== 'astana',
    );
  });

  it('builds a node’s connected edges once per style application, not once per property', () => {
    coalesceStyleTriggers(make());
    const proto = Object.getPrototypeOf(make().collection()) as { connectedEdges: () => unknown };
    const original = proto.connectedEdges;
    let calls = 0;
    proto.connectedEdges = function (this: unknown, ...args: unknown[]) {
      calls++;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    try {
      setStyleTriggerCoalescing(false);
      instances.push(make());
      const plainCalls = calls;
      calls = 0;
      setStyleTriggerCoalescing(true);
      instances.push(make());
      expect(calls).toBeLessThan(plainCalls / 5);
    } finally {
      proto.connectedEdges = original;
    }
  });
});
