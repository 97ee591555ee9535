import { readFileSync } from 'node:fs';
import { expect, graph, openMap, test } from './fixtures';

test('the built app paints every node of data/graph.json on the canvas, with a legend', async ({
  page,
}) => {
  await openMap(page);
  const onCanvas = await page.evaluate(() => {
    const cy = window.cy!;
    const w = cy.width();
    const h = cy.height();
    return cy.nodes().map((n) => {
      const p = n.renderedPosition();
      return {
        id: n.id(),
        visible: n.visible(),
        inside: p.x >= 0 && p.x <= w && p.y >= 0 && p.y <= h,
      };
    });
  });
  expect(onCanvas.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
  expect(onCanvas.filter((n) => !n.visible || !n.inside)).toEqual([]);
  // Every relation, and a bundled link for each pair with more than three.
  expect(await page.evaluate(() => window.cy!.edges().not('.bundle').length)).toBe(
    graph.edges.length,
  );
  const pairs = new Map<string, number>();
  for (const e of graph.edges) {
    const pair = [e.source, e.target].sort().join('|');
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  const bundled = await page.evaluate(() =>
    window.cy!.edges('.bundle').map((e) => [e.source().id(), e.target().id()].sort().join('|')),
  );
  expect(bundled.sort()).toEqual(
    [...pairs]
      .filter(([, n]) => n > 3)
      .map(([pair]) => pair)
      .sort(),
  );
  expect(bundled).toContain('china|kazakhstan');

  const legend = page.getByRole('complementary', { name: 'Legend' });
  for (const name of [
    'Political',
    'Economic',
    'Energy',
    'Humanitarian',
    'Established',
    'Proposed',
    'Risk',
    'Contested',
    'Reported fact',
    'Author’s assessment',
    'Theoretical reading',
  ])
    await expect(legend.getByText(name, { exact: true })).toBeVisible();
  await expect(page.locator('canvas').first()).toBeVisible();
});

test('the map is not moved by the first paint: nodes sit where data/positions.json puts them', async ({
  page,
}) => {
  await openMap(page);
  const positions = await page.evaluate(() =>
    Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), n.position()])),
  );
  expect(positions).toEqual(JSON.parse(readFileSync('data/positions.json', 'utf8')));
});

test('edges between the same two nodes fan out as cytoscape’s own bundles do; the others are straight', async ({
  page,
}) => {
  await openMap(page);
  // Zoomed in, bundled links open into their relations.
  await page.evaluate(() => window.cy!.zoom(1.5));
  await expect.poll(() => page.evaluate(() => window.cy!.edges('.collapsed').length)).toBe(0);
  const { bundled, lone } = await page.evaluate(() => {
    const cy = window.cy!;
    const ids = cy.edges('.bundled').map((e) => e.id());
    const points = (e: ReturnType<typeof cy.edges>[number]) => [
      e.sourceEndpoint(),
      e.targetEndpoint(),
      ...(e.controlPoints() ?? []),
    ];
    const relations = cy.edges().not('.bundle') as ReturnType<typeof cy.edges>;
    const ours = Object.fromEntries(relations.map((e) => [e.id(), points(e)]));
    // The same edges as cytoscape bundles them when it looks for parallel edges itself.
    const bundles = cy.edges('.bundled');
    bundles.removeClass('bundled');
    relations.style('curve-style', 'bezier');
    const theirs = Object.fromEntries(relations.map((e) => [e.id(), points(e)]));
    relations.removeStyle('curve-style');
    bundles.addClass('bundled');
    const apart = (id: string) =>
      ours[id]!.length !== theirs[id]!.length
        ? Infinity
        : Math.max(
            ...ours[id]!.map((p, i) =>
              Math.hypot(p.x - theirs[id]![i]!.x, p.y - theirs[id]![i]!.y),
            ),
          );
    const hub = relations.filter(
      '[source = "china"][target = "kazakhstan"], [source = "kazakhstan"][target = "china"]',
    );
    return {
      bundled: {
        count: ids.length,
        hub: hub.length,
        hubApart: Math.max(...hub.map((e) => apart(e.id()))),
        apart: Math.max(...ids.map(apart)),
      },
      lone: relations
        .not('.bundled')
        .filter((e) => e.style('curve-style') !== 'straight' || apart(e.id()) > 0.01)
        .map((e) => e.id()),
    };
  });
  // The relations between China and Kazakhstan fan out exactly as cytoscape's own bundle would.
  const between = ['china', 'kazakhstan'];
  expect(bundled.hub).toBe(
    graph.edges.filter((e) => between.includes(e.source) && between.includes(e.target)).length,
  );
  expect(bundled.hub).toBeGreaterThan(15);
  expect(bundled.hubApart).toBeLessThan(0.01);
  // Elsewhere too, but for two short edges between nodes that nearly touch, whose curve cytoscape
  // pushes a few pixels further out of the arrowheads' way.
  expect(bundled.count).toBeGreaterThan(20);
  expect(bundled.apart).toBeLessThan(15);
  expect(lone).toEqual([]);
});

test('cytoscape’s caches agree with a fresh computation after filtering, selecting and hovering', async ({
  page,
}) => {
  // The map's patches (src/graph/patches/) must leave every bound and derived state as cytoscape
  // itself keeps it.
  await openMap(page);
  const stale = () =>
    page.evaluate(() => {
      const cy = window.cy!;
      const wrong: string[] = [];
      type Derived = { takesUpSpace(): boolean; interactive(): boolean };
      cy.elements().forEach((element) => {
        const ele = element as typeof element & Derived;
        const cached = {
          box: ele.boundingBox(),
          space: ele.takesUpSpace(),
          visible: ele.visible(),
          interactive: ele.interactive(),
        };
        (ele as unknown as { _private: { styleCache: unknown } })._private.styleCache = null;
        const fresh = {
          box: ele.boundingBox({ useCache: false } as never),
          space: ele.takesUpSpace(),
          visible: ele.visible(),
          interactive: ele.interactive(),
        };
        if (JSON.stringify(cached) !== JSON.stringify(fresh)) wrong.push(ele.id());
      });
      return wrong;
    });
  expect(await stale()).toEqual([]);
  const energy = page.getByRole('checkbox', { name: /^Energy/ });
  await energy.uncheck();
  expect(await page.evaluate(() => window.cy!.elements('.hidden').length)).toBeGreaterThan(0);
  expect(await stale()).toEqual([]);
  await page.evaluate(() =>
    window.silkgraph!.store.getState().selectElement({ type: 'node', id: 'china' }),
  );
  expect(await stale()).toEqual([]);
  await energy.check();
  await page.evaluate(() => window.silkgraph!.store.getState().hoverNode('kazakhstan'));
  expect(await stale()).toEqual([]);
});

test('the first frame is drawn without texture caches, which are back afterwards (cytoscape internals present)', async ({
  page,
}) => {
  // src/graph/patches/firstFrame.ts relies on these internals of cytoscape's canvas renderer; an upgrade
  // without them would quietly lose ~200 ms of the first paint.
  await openMap(page);
  const state = await page.evaluate(() => {
    const renderer = (
      window.cy as unknown as {
        renderer(): { render?: unknown; data: Record<string, { getElement?: unknown }> };
      }
    ).renderer();
    const caches = ['eleTxrCache', 'lblTxrCache', 'slbTxrCache', 'tlbTxrCache'].map((name) => {
      const cache = renderer.data[name];
      return {
        name,
        method: typeof cache?.getElement,
        overridden: !!cache && Object.prototype.hasOwnProperty.call(cache, 'getElement'),
      };
    });
    return { render: typeof renderer.render, caches };
  });
  expect(state.render).toBe('function');
  expect(state.caches).toEqual(
    ['eleTxrCache', 'lblTxrCache', 'slbTxrCache', 'tlbTxrCache'].map((name) => ({
      name,
      method: 'function',
      overridden: false,
    })),
  );
});

test('the built entry script carries the article’s graph as JSON.parse of a string, not an object literal', async ({
  page,
}) => {
  // build/jsonModules.ts: V8 parses a string and then JSON faster than the same data as a literal.
  await openMap(page);
  const entry = await page.evaluate(async () => {
    const src = document.querySelector<HTMLScriptElement>('script[type="module"][src]')!.src;
    return (await fetch(src)).text();
  });
  // Booleans, so that a failure does not print the whole chunk.
  expect(/JSON\.parse\(["'`]\{"nodes":\[\{"id":"china"/.test(entry), 'graph as JSON.parse').toBe(
    true,
  );
  expect(/nodes:\[\{id:["'`]china/.test(entry), 'graph as an object literal').toBe(false);
});
