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
  expect(await page.evaluate(() => window.cy!.edges().length)).toBe(graph.edges.length);

  const legend = page.getByRole('complementary', { name: 'Legend' });
  for (const name of [
    'Political',
    'Economic',
    'Energy',
    'Humanitarian',
    'Established',
    'Proposed',
    'Contested',
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
  const { bundled, lone } = await page.evaluate(() => {
    const cy = window.cy!;
    const ids = cy.edges('.bundled').map((e) => e.id());
    const points = (e: ReturnType<typeof cy.edges>[number]) => [
      e.sourceEndpoint(),
      e.targetEndpoint(),
      ...(e.controlPoints() ?? []),
    ];
    const ours = Object.fromEntries(cy.edges().map((e) => [e.id(), points(e)]));
    // The same edges as cytoscape bundles them when it looks for parallel edges itself.
    const bundles = cy.edges('.bundled');
    bundles.removeClass('bundled');
    cy.edges().style('curve-style', 'bezier');
    const theirs = Object.fromEntries(cy.edges().map((e) => [e.id(), points(e)]));
    cy.edges().removeStyle('curve-style');
    bundles.addClass('bundled');
    const apart = (id: string) =>
      ours[id]!.length !== theirs[id]!.length
        ? Infinity
        : Math.max(
            ...ours[id]!.map((p, i) =>
              Math.hypot(p.x - theirs[id]![i]!.x, p.y - theirs[id]![i]!.y),
            ),
          );
    const hub = cy.edges(
      '[source = "china"][target = "kazakhstan"], [source = "kazakhstan"][target = "china"]',
    );
    return {
      bundled: {
        count: ids.length,
        hub: hub.length,
        hubApart: Math.max(...hub.map((e) => apart(e.id()))),
        apart: Math.max(...ids.map(apart)),
      },
      lone: cy
        .edges()
        .not('.bundled')
        .filter((e) => e.style('curve-style') !== 'straight' || apart(e.id()) > 0.01)
        .map((e) => e.id()),
    };
  });
  // The 17 relations between China and Kazakhstan fan out exactly as before.
  expect(bundled.hub).toBe(17);
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
  // The map's style application carries out cytoscape's cache triggers once per element
  // (src/graph/styleTriggers.ts): every bound and derived state must still be current.
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
  // src/graph/firstFrame.ts relies on these internals of cytoscape's canvas renderer; an upgrade
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

test('a click on a sphere is drawn in the click’s own task, not in a later animation frame (cytoscape internals present)', async ({
  page,
}) => {
  // src/graph/drawNow.ts draws the wanted frame at the end of the task that changed the map, through
  // these internals of cytoscape's renderer; without them the map would wait for the next frame.
  await openMap(page);
  const internals = await page.evaluate(() => {
    const r = (window.cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    return {
      render: typeof r.render,
      callbacks: Array.isArray(r.beforeRenderCallbacks),
      requested: typeof r.requestedFrame,
    };
  });
  expect(internals).toEqual({ render: 'function', callbacks: true, requested: 'boolean' });

  await page.evaluate(() => {
    const probe = { renders: 0, atClick: -1, inClickTask: null as boolean | null, hidden: 0 };
    (window as unknown as { __probe: typeof probe }).__probe = probe;
    window.cy!.on('render', () => probe.renders++);
    // Cytoscape also draws in idle frames (filling its caches): count only the click's own draws,
    // from the start of its dispatch (capture on the window comes first) to the end of its task.
    window.addEventListener('click', () => (probe.atClick = probe.renders), {
      capture: true,
      once: true,
    });
    // Bubbles to the document after the app's own handler; the map's draw is a microtask queued by
    // that handler, so it has run by the time this one does, if it runs in the click's task at all.
    document.addEventListener(
      'click',
      () =>
        queueMicrotask(() => {
          probe.inClickTask = probe.renders > probe.atClick;
          probe.hidden = window.cy!.elements('.hidden').length;
        }),
      { once: true },
    );
  });
  await page.getByRole('checkbox', { name: /^Energy/ }).click();
  const probe = await page.evaluate(
    () => (window as unknown as { __probe: { inClickTask: boolean; hidden: number } }).__probe,
  );
  expect(probe.hidden).toBeGreaterThan(0);
  expect(probe.inClickTask).toBe(true);
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

test('the built cytoscape chunk has the functions its first paint calls in parentheses (compile hints)', async ({
  page,
}) => {
  // build/compileHints.ts: V8 compiles a parenthesised function expression as the file streams in.
  const hinted = (
    JSON.parse(readFileSync('build/compile-hints.cytoscape.json', 'utf8')) as {
      functions: string[];
    }
  ).functions.length;
  await openMap(page);
  const chunk = await page.evaluate(async () => {
    const link = [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].find(
      (l) => /\/cytoscape-[\w-]{8}\.js$/.test(l.href),
    );
    return link ? (await fetch(link.href)).text() : null;
  });
  expect(chunk, 'a modulepreload link to cytoscape’s chunk').not.toBeNull();
  // Cytoscape's chunk has ~230 of its own (IIFEs, call arguments), ~60 of them hinted functions: so
  // 230 without the hints, ~810 with all 648, under `hinted + 100` with a tenth of them lost.
  expect(chunk!.match(/\(function\b/g)?.length ?? 0).toBeGreaterThanOrEqual(hinted + 100);
});

test('plain relations are drawn batched, highlighted and dragged ones by cytoscape; a relation is still clicked on the map (cytoscape internals present)', async ({
  page,
}) => {
  // src/graph/edgeBatch.ts draws the article's plain relations in one path per look, through these
  // internals of cytoscape's canvas renderer, and has cytoscape skip them.
  await openMap(page);
  const internals = await page.evaluate(() => {
    const r = (window.cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    const own = (name: string) => Object.prototype.hasOwnProperty.call(r, name);
    return {
      layered: [typeof r.drawLayeredElements, own('drawLayeredElements')],
      cached: [typeof r.drawCachedElement, own('drawCachedElement')],
      arrowWidth: typeof r.getArrowWidth,
      gradient: typeof r.createGradientStyleFor,
    };
  });
  expect(internals).toEqual({
    layered: ['function', true],
    cached: ['function', true],
    arrowWidth: 'function',
    gradient: 'function',
  });

  // Which edges cytoscape draws itself from now on (its own drawEdge), and how many frames it draws.
  await page.evaluate(() => {
    const cy = window.cy!;
    const proto = Object.getPrototypeOf((cy as unknown as { renderer(): object }).renderer()) as {
      drawEdge: (context: unknown, edge: { id(): string }, ...rest: unknown[]) => unknown;
    };
    const drawEdge = proto.drawEdge;
    const spy = { edges: new Set<string>(), frames: 0 };
    (window as unknown as { __spy: typeof spy }).__spy = spy;
    proto.drawEdge = function (context, edge, ...rest) {
      spy.edges.add(edge.id());
      return drawEdge.call(this, context, edge, ...rest);
    };
    cy.on('render', () => spy.frames++);
  });
  const drawnByCytoscape = () =>
    page.evaluate(async () => {
      const spy = (window as unknown as { __spy: { edges: Set<string>; frames: number } }).__spy;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const seen = { edges: [...spy.edges].sort(), frames: spy.frames };
      spy.edges.clear();
      spy.frames = 0;
      return seen;
    });
  const reset = () => drawnByCytoscape();

  // A filter redraws every element: no plain relation by cytoscape.
  await reset();
  await page.getByRole('checkbox', { name: /^Energy/ }).uncheck();
  const afterFilter = await drawnByCytoscape();
  expect(afterFilter.frames).toBeGreaterThan(0);
  expect(afterFilter.edges).toEqual([]);
  await page.getByRole('checkbox', { name: /^Energy/ }).check();

  // The longest straight, solid, one-sphere relation that comes down to its target (whose label,
  // below it, would cover an arrowhead coming up): its line painted in its colour.
  const edge = await page.evaluate(() => {
    const cy = window.cy!;
    const rect = cy.container()!.getBoundingClientRect();
    const onScreen = (p: { x: number; y: number }) => ({
      x: p.x * cy.zoom() + cy.pan().x,
      y: p.y * cy.zoom() + cy.pan().y,
    });
    type Drawn = {
      sourceEndpoint(): { x: number; y: number };
      targetEndpoint(): { x: number; y: number };
      pstyle(name: string): { value: unknown; pfValue: unknown };
      _private: { rscratch: { arrowEndX: number; arrowEndY: number; tgtArrowAngle: number } };
    };
    const candidates = cy
      .edges('.single.established')
      .filter((e) => !e.hasClass('bundled'))
      .toArray()
      .map((ele) => {
        const e = ele as typeof ele & Drawn;
        const s = onScreen(e.sourceEndpoint());
        const t = onScreen(e.targetEndpoint());
        return { e, s, t, length: Math.hypot(t.x - s.x, t.y - s.y) };
      })
      .filter(({ s, t }) => t.y - s.y > 50)
      .sort((a, b) => b.length - a.length);
    const { e, s, t } = candidates[0]!;
    const canvas = cy
      .container()!
      .querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]')!;
    const ratio = canvas.width / cy.width();
    const context = canvas.getContext('2d')!;
    const near = (p: { x: number; y: number }, colour: number[]) => {
      const [r, g, b, a] = context.getImageData(
        Math.floor(p.x * ratio),
        Math.floor(p.y * ratio),
        1,
        1,
      ).data;
      const off = Math.max(
        Math.abs(r! - colour[0]!),
        Math.abs(g! - colour[1]!),
        Math.abs(b! - colour[2]!),
      );
      return off < 40 && a! > 200;
    };
    const line = e.pstyle('line-color').value as number[];
    const along = [0.3, 0.4, 0.5, 0.6, 0.7].filter((f) =>
      near({ x: s.x + (t.x - s.x) * f, y: s.y + (t.y - s.y) * f }, line),
    ).length;
    return {
      id: e.id(),
      along,
      middle: { x: rect.left + (s.x + t.x) / 2, y: rect.top + (s.y + t.y) / 2 },
    };
  });
  expect(edge.along).toBeGreaterThanOrEqual(3);

  // Its arrowhead, close up (at the opening zoom it is some 3 px wide): a point inside the triangle
  // and off the line that ends beneath it, (0.08, -0.25) of its size as cytoscape places its
  // triangle (-0.15,-0.3 / 0,0 / 0.15,-0.3, turned by the angle), is in the arrowhead's grey.
  const viewport = await page.evaluate((id) => {
    const cy = window.cy!;
    const before = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    const e = cy.getElementById(id) as unknown as {
      _private: { rscratch: { arrowEndX: number; arrowEndY: number } };
    };
    const { arrowEndX: x, arrowEndY: y } = e._private.rscratch;
    cy.zoom({ level: 3, position: { x, y } });
    return before;
  }, edge.id);
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const arrowhead = await page.evaluate((id) => {
    const cy = window.cy!;
    const e = cy.getElementById(id) as unknown as {
      pstyle(name: string): { value: unknown; pfValue: unknown };
      _private: { rscratch: { arrowEndX: number; arrowEndY: number; tgtArrowAngle: number } };
    };
    const { arrowEndX, arrowEndY, tgtArrowAngle: angle } = e._private.rscratch;
    const size = (
      cy as unknown as { renderer(): { getArrowWidth(width: number, scale: number): number } }
    )
      .renderer()
      .getArrowWidth(Number(e.pstyle('width').pfValue), Number(e.pstyle('arrow-scale').value));
    const [px, py] = [0.08 * size, -0.25 * size];
    const x = (arrowEndX + px * Math.cos(angle) - py * Math.sin(angle)) * cy.zoom() + cy.pan().x;
    const y = (arrowEndY + px * Math.sin(angle) + py * Math.cos(angle)) * cy.zoom() + cy.pan().y;
    const canvas = cy
      .container()!
      .querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]')!;
    const ratio = canvas.width / cy.width();
    const [r, g, b, a] = canvas
      .getContext('2d')!
      .getImageData(Math.floor(x * ratio), Math.floor(y * ratio), 1, 1).data;
    const grey = e.pstyle('target-arrow-color').value as number[];
    return (
      Math.max(Math.abs(r! - grey[0]!), Math.abs(g! - grey[1]!), Math.abs(b! - grey[2]!)) < 30 &&
      a! > 200
    );
  }, edge.id);
  expect(arrowhead).toBe(true);
  await page.evaluate((view) => window.cy!.viewport(view), viewport);

  // Clicked where it is drawn, the relation is selected; cytoscape draws it then (labelled), and no
  // other relation.
  await reset();
  await page.mouse.click(edge.middle.x, edge.middle.y);
  await expect
    .poll(() => page.evaluate(() => window.silkgraph!.store.getState().selection))
    .toEqual({ type: 'edge', id: edge.id });
  expect((await drawnByCytoscape()).edges).toEqual([edge.id]);
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.silkgraph!.store.getState().selectElement(null));

  // A node being dragged: cytoscape draws it and its relations on its drag layer as it moves, plain
  // or not (the pointer over it hovers it, which labels its relations: that is ended first).
  const node = 'cnnc';
  const { at, connected } = await page.evaluate((id) => {
    const cy = window.cy!;
    const n = cy.getElementById(id);
    const p = n.renderedPosition();
    const rect = cy.container()!.getBoundingClientRect();
    return {
      at: { x: rect.left + p.x, y: rect.top + p.y },
      connected: n
        .connectedEdges()
        .filter((e) => e.visible())
        .map((e) => e.id())
        .sort(),
    };
  }, node);
  expect(connected.length).toBeGreaterThan(0);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + 10, at.y + 5, { steps: 2 });
  await page.evaluate(() => window.silkgraph!.store.getState().hoverNode(null));
  expect(
    await page.evaluate(() => window.cy!.edges('.hover-edge, .selected, .on-path').length),
  ).toBe(0);
  await reset();
  await page.mouse.move(at.x + 30, at.y + 20, { steps: 4 });
  const whileDragging = await drawnByCytoscape();
  await page.mouse.up();
  expect(whileDragging.edges).toEqual(connected);
});
