import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { openApp, pixelAt, screenshot, shownFeatures, waitForMap } from './app_page.ts';

const appUrl = inject('appUrl');
const square = (w: number, s: number, size = 1) => ({ type: 'Polygon', coordinates: [[[w, s], [w + size, s], [w + size, s + size], [w, s + size], [w, s]]] });
const file = (name: string, content: string | Buffer) => ({ name, mimeType: 'application/geo+json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
const pick = (page: Page, f: ReturnType<typeof file>) => page.getByLabel('Add a GeoJSON file (up to 20 MB), or drop it on the map').setInputFiles(f);
/** The import report once it speaks of `name` (reading a file takes a moment). */
const report = async (page: Page, name: string) => {
  await page.locator('.import-report', { hasText: name }).waitFor();
  return page.locator('.import-report').textContent();
};
const userFill = (page: Page) =>
  page.evaluate(() => {
    const map = window.explorerMap as { getStyle(): { layers: { id: string }[] }; queryRenderedFeatures(o: object): unknown[] };
    const layers = map.getStyle().layers.map((l) => l.id).filter((id) => id.startsWith('user-') && id.endsWith(':fill'));
    return layers.length ? map.queryRenderedFeatures({ layers }).length : 0;
  });

/** How many layers the app keeps in this browser's IndexedDB (src/ui/user_layer_store.ts). */
const storedLayers = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const opening = indexedDB.open('ottoman-partition-explorer');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains('user-layers')) return db.close(), resolve(0);
          const counting = db.transaction('user-layers').objectStore('user-layers').count();
          counting.onerror = () => (db.close(), reject(counting.error));
          counting.onsuccess = () => (db.close(), resolve(counting.result));
        };
      }),
  );

/**
 * The colour the map shows over most of a 1-degree square (south-west corner at lon, lat): a 5 x 5
 * grid inside it, the commonest colour, so that a place label or a line over a few points does not count.
 */
async function fillColour(page: Page, lon: number, lat: number): Promise<string> {
  const seen = new Map<string, number>();
  for (let i = 0; i < 5; i++) {
    for (let j = 0; j < 5; j++) {
      const colour = (await pixelAt(page, lon + 0.1 + i * 0.2, lat + 0.1 + j * 0.2)).join(',');
      seen.set(colour, (seen.get(colour) ?? 0) + 1);
    }
  }
  const [[colour, count]] = [...seen].sort((x, y) => y[1] - x[1]) as [[string, number]];
  expect(count, `the commonest colour in the square at ${lon}, ${lat}`).toBeGreaterThan(12);
  return colour;
}

describe('bring your own layer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('draws a valid file, dated features by the slider, and keeps the layer across a reload until removed', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1921-01-01&layers=&map=6/39/31`);
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'Class project A', side: 'north' }, geometry: square(30, 39) },
        { type: 'Feature', properties: { name: 'Class project B', side: 'south', start_date: '1922' }, geometry: square(31.5, 38) },
      ],
    };
    await pick(page, file('class.geojson', JSON.stringify(collection)));
    expect(await report(page, 'class.geojson')).toContain('class.geojson: 2 features drawn.');
    await waitForMap(page);
    expect(await userFill(page)).toBeGreaterThan(0);
    const before = await userFill(page);
    await page.evaluate(() => window.explorerSetDate!('1922-06-01'));
    await waitForMap(page);
    expect(await userFill(page)).toBeGreaterThan(before);
    // One colour for the whole layer, then one per value of "side": the squares part ways on the map.
    const colours = async () => [await fillColour(page, 30, 39), await fillColour(page, 31.5, 38)];
    const [a, b] = await colours();
    expect(a).toEqual(b);
    await page.getByLabel('Colour by').selectOption('side');
    await waitForMap(page);
    const [north, south] = await colours();
    expect(north).not.toEqual(south);
    expect([north, south]).toContain(a);
    await screenshot(page, 'import-class-layer');

    // The app keeps the layer in IndexedDB a moment after drawing it: the reload waits for that.
    await expect.poll(() => storedLayers(page)).toBe(1);
    await page.reload();
    await waitForMap(page);
    await page.locator('.user-layers li').first().waitFor();
    expect(await page.locator('.user-layers').textContent()).toContain('class.geojson');
    await page.getByRole('button', { name: 'Remove class.geojson' }).click();
    await page.locator('.user-layers li').first().waitFor({ state: 'detached' });
    // Gone from the store, so that no reload can bring it back (an empty list alone could be one not read yet).
    await expect.poll(() => storedLayers(page)).toBe(0);
    await page.reload();
    await waitForMap(page);
    expect(await page.locator('.user-layers li').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('explains every problem of a mixed, a malformed, an empty and a 25 MB file, and keeps the other layers', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1921-11-01&layers=kars-1921&map=6/40.8/43`);
    const mixed = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'ok' }, geometry: square(30, 39) }, { type: 'Feature', properties: { name: 'broken' }, geometry: { type: 'Polygon', coordinates: [[[1, 2]]] } }] };
    await pick(page, file('mixed.geojson', JSON.stringify(mixed)));
    expect(await report(page, 'mixed.geojson')).toContain('mixed.geojson: 1 feature drawn, 1 refused.');
    expect(await page.locator('.import-problems li').first().textContent()).toMatch(/^Feature 2 \("broken"\)/);
    await pick(page, file('bad.geojson', '{"type": "FeatureCollection", "features": ['));
    expect(await report(page, 'bad.geojson')).toContain('The file is not valid JSON');
    await pick(page, file('empty.geojson', ''));
    expect(await report(page, 'empty.geojson')).toContain('The file is empty.');
    // 25 MB made in the page: handing that much to setInputFiles is slow.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('.import-picker input')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(25 * 1024 * 1024).fill(32)], 'huge.geojson'));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitForFunction(() => document.querySelector('.import-report')?.textContent?.includes('huge.geojson'));
    expect(await report(page, 'huge.geojson')).toContain('the explorer reads files up to 20 MB');
    await waitForMap(page);
    expect((await shownFeatures(page, ['kars-1921:fill'])).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows HTML and script in imported properties as text, and runs nothing', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1921-01-01&layers=&map=6/39.5/30.5&at=39.5/30.5`);
    const hostile = { type: 'Feature', properties: { name: '<img src=x onerror="window.__pwned=1">', note: '<script>window.__pwned=2</script>' }, geometry: square(30, 39) };
    await pick(page, file('hostile.geojson', JSON.stringify(hostile)));
    await page.locator('.detail--user').waitFor();
    expect(await page.locator('.detail--user').textContent()).toContain('<script>window.__pwned=2</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
