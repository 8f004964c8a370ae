import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { openApp, waitForMap } from './app_page.ts';

const appUrl = inject('appUrl');
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);
const injected = (page: Page) => page.evaluate(() => document.querySelectorAll('img[src="x"], #app script').length);

/** Serves the real geodata with HTML and script planted in every string a reader sees. */
async function poison(page: Page) {
  await page.route('**/geodata/kars-1921.topojson', async (route) => {
    const topology = await (await route.fetch()).json();
    for (const f of topology.objects.layer.geometries) {
      f.properties.name = `${IMG}${f.properties.name}`;
      f.properties.note = SCRIPT;
      f.properties.sources[0].locator = IMG;
    }
    await route.fulfill({ json: topology });
  });
  await page.route('**/geodata/excerpts.json', async (route) => {
    const json = await (await route.fetch()).json();
    json.excerpts[0].text = `${SCRIPT}${IMG}`;
    json.excerpts[0].dates = ['1921-10-13'];
    json.excerpts[0].layers = ['kars-1921'];
    await route.fulfill({ json });
  });
  await page.route('**/geodata/gazetteer.json', async (route) => {
    const json = await (await route.fetch()).json();
    json.places[0].names['name:en'] = IMG;
    json.places[0].historical = [SCRIPT];
    await route.fulfill({ json });
  });
  await page.route('**/geodata/sources.json', async (route) => {
    const json = await (await route.fetch()).json();
    for (const item of json) if (item.id === 'treaty-kars-1921') {
      item.title = IMG;
      item.URL = 'javascript:window.__pwned=3';
    }
    await route.fulfill({ json });
  });
}

describe('no HTML from data', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('shows hostile feature properties, sources, excerpts and place names as text, and runs nothing', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await poison(page);
    await page.goto(`${appUrl}#date=1922-01-01&layers=kars-1921&map=6.5/40.6/43.1&at=40.6/43.1`);
    await waitForMap(page);
    const details = page.locator('.details');
    await details.waitFor();
    expect(await details.textContent()).toContain(`${IMG}Kars, Ardahan`);
    expect(await details.textContent()).toContain(SCRIPT);
    expect(await page.locator('.excerpts').textContent()).toContain(IMG);
    // The hostile title shows as text, and its javascript: address is not made a link.
    expect(await page.locator('.details .sources li', { hasText: IMG }).count()).toBeGreaterThan(0);
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    await page.getByLabel('Find a place').fill('<img');
    expect(await page.getByRole('listbox').getByRole('option').first().textContent()).toContain(IMG);
    expect(await pwned(page)).toBeNull();
    expect(await injected(page)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads a hostile URL hash as text: quiet notice, defaults, nothing run', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=${encodeURIComponent(IMG)}&layers=${encodeURIComponent(SCRIPT)}&map=${encodeURIComponent(IMG)}&compare=${encodeURIComponent(`${IMG},x`)}`);
    const notice = await page.locator('.notice').textContent();
    expect(notice).toContain('<img src=x');
    expect(await page.locator('.current-date').textContent()).toBe('10 August 1920');
    expect(await pwned(page)).toBeNull();
    expect(await injected(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
