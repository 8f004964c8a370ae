import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, JSHandle, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { featureInterval, isActiveOn, dayOf } from '../../src/data/dates.ts';
import { compareLayers } from '../../src/data/compare_layers.ts';
import type { LayerCollection } from '../../src/data/contract.ts';
import { openApp, screenshot, settledAddress, shownFeatures } from './app_page.ts';

const appUrl = inject('appUrl');
const layer = (id: string) => JSON.parse(readFileSync(`geodata/${id}.geojson`, 'utf8')) as LayerCollection;
/** Layers as they stood on a day: their features in force then, in one collection. */
const layersOn = (ids: string[], date: string): LayerCollection => ({
  type: 'FeatureCollection',
  features: ids.flatMap((id) => layer(id).features.filter((f) => isActiveOn(featureInterval(f.properties.start_date, f.properties.end_date), dayOf(date)!))),
});
/** The layers of the group `control`, from the catalogue: the ground held. */
const HELD: string[] = JSON.parse(readFileSync('geodata/datapackage.json', 'utf8')).resources.filter((r: { group: string }) => r.group === 'control').map((r: { name: string }) => r.name);
const rendered = async (page: Page, map: number, id: string) => (await shownFeatures(page, [`${id}:fill`], { compareMap: map })).length;
type CompareMap = { getLayer(id: string): unknown; once(e: string, f: () => void): void; triggerRepaint(): void };

/**
 * Waits until the compare view shows its maps, one per entry of `layers`, each with those style
 * layers made, and then for each map's `idle` after a repaint asked for then (nothing moving,
 * every tile in). `previous` is the maps the view showed before a change of mode: the app makes
 * new maps for the new mode, in a task of its own, and destroys the old ones.
 */
async function settledCompareMaps(page: Page, layers: string[][], previous?: JSHandle): Promise<void> {
  await page.waitForFunction(
    ({ layers, previous }) => {
      const maps = (window as unknown as { explorerCompareMaps?: CompareMap[] }).explorerCompareMaps;
      return maps !== undefined && maps !== previous && maps.length === layers.length && maps.every((m, i) => layers[i]!.every((id) => m.getLayer(id)));
    },
    { layers, previous },
    { polling: 'raf', timeout: 60_000 },
  );
  await page.evaluate(() =>
    Promise.all(
      (window as unknown as { explorerCompareMaps: CompareMap[] }).explorerCompareMaps.map(
        (m) =>
          new Promise<void>((resolve) => {
            m.once('idle', () => resolve());
            m.triggerRepaint();
          }),
      ),
    ),
  );
}
const km2 = (v: number) => `${Math.round(v).toLocaleString('en-GB')} km²`;

describe('comparing Sevres with Lausanne', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('shows both layers under a working swipe divider, with the figures the geodata gives', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#compare=sevres-1920,lausanne-1923,swipe&map=5/39/35`);
    await page.locator('[data-figure="turkey-a"]').waitFor({ timeout: 60_000 });
    await settledCompareMaps(page, [['sevres-1920:fill'], ['lausanne-1923:fill']]);
    expect(await rendered(page, 0, 'sevres-1920')).toBeGreaterThan(0);
    expect(await rendered(page, 1, 'lausanne-1923')).toBeGreaterThan(0);

    const clip = () => page.locator('.compare-map--b').evaluate((el) => (el as HTMLElement).style.clipPath);
    expect(await clip()).toBe('inset(0px 0px 0px 50%)');
    await page.getByLabel('Swipe between the two layers').focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    expect(await clip()).toBe('inset(0px 0px 0px 70%)');
    // The divider itself is the handle: dragged by the mouse to a quarter of the width.
    const handle = (await page.getByRole('slider', { name: 'Swipe between the two layers' }).boundingBox())!;
    const maps = (await page.locator('.compare-maps').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height - 40);
    await page.mouse.down();
    await page.mouse.move(maps.x + maps.width / 2, handle.y + handle.height - 40, { steps: 4 });
    await page.mouse.move(maps.x + maps.width / 4, handle.y + handle.height - 40, { steps: 4 });
    await page.mouse.up();
    expect(await clip()).toBe('inset(0px 0px 0px 25%)');
    await screenshot(page, 'compare-swipe');

    // The same computation the data test checks against an independent one, to 0.5%.
    const expected = compareLayers(layer('sevres-1920'), layer('lausanne-1923'));
    expect(await page.locator('[data-figure="turkey-a"]').textContent()).toBe(km2(expected.turkeyKm2[0]));
    expect(await page.locator('[data-figure="turkey-b"]').textContent()).toBe(km2(expected.turkeyKm2[1]));
    expect(await page.locator('[data-figure="gained"]').textContent()).toBe(km2(expected.gainedKm2));
    const places = await page.locator('.figures-places li').allTextContents();
    expect(places.some((p) => p.startsWith('Smyrna / Izmir: Greece →'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves the two maps together in the split view, and colours what changed hands in the overlay', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#compare=sykes-picot-1916,lausanne-1923,split&map=5/37/38`);
    await settledCompareMaps(page, [['sykes-picot-1916:fill'], ['lausanne-1923:fill']]);
    await page.evaluate(() => (window as unknown as { explorerCompareMaps: { jumpTo(o: object): void }[] }).explorerCompareMaps[0]!.jumpTo({ center: [41, 39], zoom: 6 }));
    const centers = await page.evaluate(() => (window as unknown as { explorerCompareMaps: { getCenter(): { lng: number; lat: number } }[] }).explorerCompareMaps.map((m) => m.getCenter()));
    expect(centers[1]!.lng).toBeCloseTo(41, 3);
    expect(centers[1]!.lat).toBeCloseTo(39, 3);
    await screenshot(page, 'compare-split');

    const split = await page.evaluateHandle(() => (window as unknown as { explorerCompareMaps: unknown }).explorerCompareMaps);
    await page.getByLabel('What changed hands').check();
    await settledCompareMaps(page, [['changed:hatch']], split);
    const changed = await page.evaluate(() => (window as unknown as { explorerCompareMaps: { queryRenderedFeatures(o: object): unknown[] }[] }).explorerCompareMaps[0]!.queryRenderedFeatures({ layers: ['changed:hatch'] }).length);
    expect(changed).toBeGreaterThan(0);
    await screenshot(page, 'compare-overlay');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('compares the ground held on two days, with a key to what changed hands, and keeps the figures closed once closed', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#compare=held@1920-01-01,held@1923-01-01,overlay&map=5/39/33`);
    await page.locator('[data-figure="turkey-a"]').waitFor({ timeout: 120_000 });
    await settledCompareMaps(page, [['changed:hatch']]);
    const expected = compareLayers(layersOn(HELD, '1920-01-01'), layersOn(HELD, '1923-01-01'));
    expect(await page.locator('[data-figure="gained"]').textContent()).toBe(km2(expected.gainedKm2));
    expect(expected.gainedKm2, 'the Greek zone and the French south came back').toBeGreaterThan(50_000);
    const places = await page.locator('.figures-places li').allTextContents();
    expect(places.some((p) => p.startsWith('Smyrna / Izmir: Greece → Grand National Assembly')), places.join('; ')).toBe(true);
    // The key names the largest changes, each with its area.
    const key = await page.locator('.changed-key li').allTextContents();
    expect(key.length).toBeGreaterThan(0);
    expect(key.some((k) => k.startsWith('Greece → Grand National Assembly')), key.join('; ')).toBe(true);
    expect(await page.getByLabel('Day, Left / before').inputValue()).toBe('1920-01-01');
    await screenshot(page, 'compare-two-days');

    await page.locator('.figures summary').click();
    expect(await page.locator('.figures').getAttribute('open')).toBeNull();
    await page.getByLabel('Side by side').check();
    await settledCompareMaps(page, [['control-1918-1923:fill', 'occupations-1918-1923:fill'], ['control-1918-1923:fill', 'occupations-1918-1923:fill']]);
    expect(await page.locator('.figures').getAttribute('open'), 'still closed in another view').toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sets a treaty against the ground held on a chosen day', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#compare=sevres-1920,lausanne-1923,split&date=1920-08-10`);
    await page.locator('[data-figure="turkey-a"]').waitFor({ timeout: 60_000 });
    await page.getByLabel('Layer, Right / after').selectOption('held');
    // Ground held means nothing without a day: the slider's day is taken.
    expect(await page.getByLabel('Day, Right / after').inputValue()).toBe('1920-08-10');
    expect(await settledAddress(page)).toContain("compare=sevres-1920,held@1920-08-10,split");
    const expected = compareLayers(layer('sevres-1920'), layersOn(HELD, '1920-08-10'));
    await expect.poll(() => page.locator('[data-figure="turkey-b"]').textContent(), { timeout: 60_000 }).toBe(km2(expected.turkeyKm2[1]));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('comparing the National Pact with the treaties that answered it', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('sets the Pact against Sevres, then against Lausanne, with the figures the geodata gives', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#compare=national-pact-1920,sevres-1920,swipe&map=5/39/36`);
    await page.locator('[data-figure="turkey-a"]').waitFor({ timeout: 60_000 });
    await settledCompareMaps(page, [['national-pact-1920:fill'], ['sevres-1920:fill']]);
    expect(await rendered(page, 0, 'national-pact-1920')).toBeGreaterThan(0);
    const figures = async () => Object.fromEntries(await Promise.all(['turkey-a', 'turkey-b', 'gained', 'lost'].map(async (f) => [f, await page.locator(`[data-figure="${f}"]`).textContent()])));
    const expected = (b: string) => {
      const r = compareLayers(layer('national-pact-1920'), layer(b));
      return { 'turkey-a': km2(r.turkeyKm2[0]), 'turkey-b': km2(r.turkeyKm2[1]), gained: km2(r.gainedKm2), lost: km2(r.lostKm2) };
    };
    const sevres = expected('sevres-1920');
    expect(await figures()).toEqual(sevres);
    // Sevres left Turkey far less than the Pact claimed: Smyrna went to Greek administration.
    expect(await page.locator('.figures-places li').allTextContents()).toContain('Smyrna / Izmir: Ottoman Empire → Greece');
    await screenshot(page, 'compare-pact-sevres');

    const lausanne = expected('lausanne-1923');
    await page.getByLabel('Right / after').selectOption('lausanne-1923');
    await expect.poll(figures, { timeout: 60_000 }).toEqual(lausanne);
    // Lausanne kept Smyrna and lost Mosul and the Arab lands the Pact claimed: closer to the Pact than Sevres.
    expect(Number(lausanne['turkey-b'].replace(/\D/g, ''))).toBeGreaterThan(Number(sevres['turkey-b'].replace(/\D/g, '')));
    await settledCompareMaps(page, [['national-pact-1920:fill'], ['lausanne-1923:fill']]);
    await screenshot(page, 'compare-pact-lausanne');
    expect(errors).toEqual([]);
    await page.close();
  });
});
