import { expect, openMap, test } from './fixtures';

test('the built page carries a strict content security policy, and nothing on it violates it', async ({
  page,
  consoleErrors,
}) => {
  await openMap(page);
  expect(consoleErrors).toEqual([]);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-inline');
  // Cytoscape did not need to inject its own <style>: the page's stylesheet gives its container position.
  expect(await page.locator('style#__________cytoscape_stylesheet').count()).toBe(0);
  expect(await page.evaluate(() => getComputedStyle(window.cy!.container()!).position)).toBe(
    'relative',
  );
  // An injected inline script is refused, and the refusal is reported (then cleared, as expected here).
  const refused = await page.evaluate(
    () =>
      new Promise<boolean>((done) => {
        const s = document.createElement('script');
        (window as unknown as { injected?: boolean }).injected = false;
        s.textContent = 'window.injected = true';
        document.body.append(s);
        setTimeout(() => done(!(window as unknown as { injected?: boolean }).injected), 50);
      }),
  );
  expect(refused).toBe(true);
  await expect
    .poll(() => consoleErrors.some((e) => e.includes('CSP violation: script-src')))
    .toBe(true);
  consoleErrors.splice(0);
});
