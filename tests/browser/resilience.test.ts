import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { openApp, screenshot, shownFeatures, waitForMap } from './app_page.ts';

const appUrl = inject('appUrl');
const renderedIds = async (page: Page, layer: string) => [...new Set((await shownFeatures(page, [`${layer}:fill`])).map((f) => f.properties.id))].sort();

describe('resilience', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('restores the map with the same layers and date after the WebGL context is lost', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1921-11-01&layers=kars-1921&map=6/40.8/43`);
    const before = await renderedIds(page, 'kars-1921');
    expect(before.length).toBeGreaterThan(0);
    await page.evaluate(async () => {
      const gl = (window.explorerMap as { getCanvas(): HTMLCanvasElement }).getCanvas().getContext('webgl2')!;
      const lose = gl.getExtension('WEBGL_lose_context')!;
      lose.loseContext();
      await new Promise((r) => setTimeout(r, 500));
      lose.restoreContext();
    });
    await page.waitForTimeout(500);
    await page.evaluate(() => (window as unknown as { explorerMap: { triggerRepaint(): void } }).explorerMap.triggerRepaint());
    await waitForMap(page);
    expect(await renderedIds(page, 'kars-1921')).toEqual(before);
    expect(await page.locator('.current-date').textContent()).toBe('1 November 1921');
    await screenshot(page, 'after-context-loss');
    expect(errors.filter((e) => !e.includes('context'))).toEqual([]);
    await page.close();
  });

  it("says so when the map's code cannot be loaded, and keeps the panels", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    await page.route(/\/assets\/map_view-[^/]*\.js$/, (route) => route.abort());
    await page.goto(appUrl);
    await waitForMap(page);
    expect(await page.locator('.map-pane').getAttribute('data-map-status')).toBe('error');
    await expect(page.locator('.map-notice--error').isVisible()).resolves.toBe(true);
    expect(await page.locator('.layer-row').count()).toBeGreaterThan(10);
    await page.close();
  });
});

/** Passes through 1914-1923: 2 in `npm test`, 10 with `npm run test:soak` (SOAK_PASSES=10). */
const PASSES = Number(process.env.SOAK_PASSES ?? 2);

describe('a long session', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it(`plays the slider through 1914-1923 ${PASSES} times and toggles every layer without errors or a growing heap`, async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1914-01-01`);
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
    };
    const checkboxes = page.locator('.layer-row input[type="checkbox"]');
    const pass = async () => {
      for (let year = 1914; year <= 1923; year++) {
        for (const month of ['01', '07']) {
          await page.evaluate((d) => window.explorerSetDate!(d), `${year}-${month}-15`);
          await waitForMap(page);
        }
      }
      for (let i = 0; i < (await checkboxes.count()); i++) {
        await checkboxes.nth(i).click();
        await checkboxes.nth(i).click();
      }
      await waitForMap(page);
    };
    await pass();
    const afterFirst = await heap();
    for (let i = 1; i < PASSES; i++) await pass();
    const afterAll = await heap();
    expect(afterAll).toBeLessThan(afterFirst * 1.1);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000 * Math.max(2, PASSES));
});
