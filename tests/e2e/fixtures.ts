import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article, Graph } from '../../src/domain/schema';

export const graph: Graph = JSON.parse(readFileSync(resolve('data/graph.json'), 'utf8'));
export const article: Article = JSON.parse(readFileSync(resolve('data/article.json'), 'utf8'));
export const labelOf = (id: string) => graph.nodes.find((n) => n.id === id)!.label;

/** A page that fails the test on any console error or uncaught exception. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      // Any content-security-policy violation fails the test, whatever the browser logs about it.
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(
            `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
          ),
        ),
      );
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Opens the app (optionally at a hash) and waits until the map has painted its nodes. */
export async function openMap(page: Page, hash = '') {
  await page.goto(`./${hash ? `#${hash}` : ''}`);
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0 && window.cy!.width() > 0);
}

/**
 * Ids of the nodes and relations the map currently shows: a relation drawn, or one of those a
 * bundled link stands for (`collapsed`, not filtered out), not the link itself.
 */
export function shownIds(page: Page) {
  return page.evaluate(() => ({
    nodes: window
      .cy!.nodes()
      .filter((n) => n.visible())
      .map((n) => n.id())
      .sort(),
    edges: window
      .cy!.edges()
      .filter(
        (e) =>
          !e.hasClass('bundle') &&
          (e.visible() || (e.hasClass('collapsed') && !e.hasClass('hidden'))),
      )
      .map((e) => e.id())
      .sort(),
  }));
}

/** Clicks a node where the canvas draws it, as a person would. */
export async function clickNode(page: Page, id: string) {
  const box = await page.evaluate((nodeId) => {
    // The node's position in the graph (a large graph's headless model holds it: window.cyGraph),
    // on screen through the map's camera.
    const cy = window.cy!;
    const p = (window.cyGraph ?? cy).getElementById(nodeId).position();
    const zoom = cy.zoom();
    const pan = cy.pan();
    const r = cy.container()!.getBoundingClientRect();
    return { x: r.left + pan.x + zoom * p.x, y: r.top + pan.y + zoom * p.y };
  }, id);
  await page.mouse.click(box.x, box.y);
}

/** Clicks a relation at its midpoint where the canvas draws it, as a person would. */
export async function clickEdge(page: Page, id: string) {
  const point = await page.evaluate((edgeId) => {
    const cy = window.cy!;
    const p = cy.getElementById(edgeId).renderedMidpoint();
    const r = cy.container()!.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

/** The ids carrying a class on the map. */
export function idsWithClass(page: Page, className: string) {
  return page.evaluate(
    (c) =>
      window
        .cy!.elements(`.${c}`)
        .map((e) => e.id())
        .sort(),
    className,
  );
}

/**
 * A header action, within reach: where the header's row has no room for its actions (a narrow
 * window, longer words, an import's two more buttons), they are behind "Menu", which is opened.
 */
export async function headerAction(page: Page, name: string | RegExp, menuName = 'Menu') {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' });
  const menu = page.getByRole('button', { name: menuName, exact: true });
  if (!(await button.isVisible()) && (await menu.isVisible()))
    if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  return button;
}
