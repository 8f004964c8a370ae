import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { BASEMAP_COLORS } from '../../src/map/basemap_style.ts';
import { openApp, pixelAt, screenshot, waitForMap } from './app_page.ts';

const appUrl = inject('appUrl');
const hex = (c: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];
const distance = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
const LAND_SAMPLES: [number, number][] = [[39.0, 34.5], [42.5, 33.0], [38.5, 31.5], [33.7, 38.6], [33.8, 30.5], [36.0, 38.0]];
const SEA_SAMPLES: [number, number][] = [[31.0, 42.6], [34.5, 42.3], [33.0, 34.5], [31.5, 34.0], [38.5, 42.5], [35.1, 35.0]];
/** How many sample points show the colour (within a small tolerance). */
async function matching(page: Page, samples: [number, number][], color: string): Promise<number> {
  let count = 0;
  for (const [lon, lat] of samples) if (distance(await pixelAt(page, lon, lat), hex(color)) < 12) count++;
  return count;
}

describe('the explorer on a real basemap, offline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  // The basemap alone: no historical layer switched on (the default view tints Anatolia).
  const basemapOnly = `${appUrl}#layers=`;

  it('draws land, sea and labels with no request leaving the origin and no errors', async () => {
    const { page, requests, errors } = await openApp(browser, basemapOnly);
    await screenshot(page, 'desktop-default');
    const origin = new URL(appUrl).origin;
    const offOrigin = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(offOrigin).toEqual([]);
    expect(requests.some((u) => u.endsWith('basemap/ne-50m.json'))).toBe(true);
    expect(requests.some((u) => u.endsWith('.woff2'))).toBe(true);
    // The labels' glyphs come from the files shipped with the app, not drawn in the browser.
    expect(requests.some((u) => decodeURI(u).endsWith('/glyphs/Noto Sans Regular/0-255.pbf'))).toBe(true);
    expect(errors).toEqual([]);

    // Central Anatolia is land, the Black Sea and the Levantine Sea are sea: the canvas shows both
    // (most samples, since a place label may sit on one).
    expect(await matching(page, LAND_SAMPLES, BASEMAP_COLORS.land)).toBeGreaterThanOrEqual(4);
    expect(await matching(page, SEA_SAMPLES, BASEMAP_COLORS.sea)).toBeGreaterThanOrEqual(4);

    // The default view holds Anatolia, the Straits, the Caucasus and the Levant.
    const bounds = await page.evaluate(() => (window.explorerMap as { getBounds(): { toArray(): number[][] } }).getBounds().toArray());
    const [[west, south], [east, north]] = bounds as [[number, number], [number, number]];
    for (const [lon, lat] of [[26.4, 40.2], [44.8, 41.7], [35.2, 31.8], [32.85, 39.93]] as const) {
      expect(lon > west && lon < east && lat > south && lat < north, `${lon},${lat} in view`).toBe(true);
    }

    // Labels were laid out with the shipped glyphs (no glyph server exists to fall back on).
    const labels = await page.evaluate(() =>
      (window.explorerMap as { queryRenderedFeatures(o: object): { properties: { 'label:en': string } }[] })
        .queryRenderedFeatures({ layers: ['sea-labels', 'modern-country-labels'] })
        .map((f) => f.properties['label:en']),
    );
    expect(labels).toContain('Black Sea');
    expect(labels.some((l) => ['TURKEY', 'SYRIA', 'IRAQ', 'IRAN', 'GEORGIA', 'ARMENIA', 'AZERBAIJAN'].includes(l))).toBe(true);
    await page.close();
  });

  it('draws its first frame once the basemap and the default layers are all in', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    // At every frame MapLibre renders before the map has loaded, the centre pixel of the canvas
    // (a preserved drawing buffer: whatever was last drawn) is read back.
    // Shader programs linked are counted, by the frame they were linked in.
    await page.addInitScript(() => {
      const seen: number[] = [];
      const links: { loaded: boolean; count: number }[] = [];
      let linked = 0;
      const link = WebGL2RenderingContext.prototype.linkProgram;
      WebGL2RenderingContext.prototype.linkProgram = function (program) {
        linked++;
        link.call(this, program);
      };
      Object.assign(window, { earlyAlphas: seen, linksByFrame: links });
      const wait = setInterval(() => {
        const map = window.explorerMap as { loaded(): boolean; on(e: string, f: () => void): void; getCanvas(): HTMLCanvasElement } | undefined;
        if (!map) return;
        clearInterval(wait);
        map.on('render', () => {
          links.push({ loaded: map.loaded(), count: linked });
          linked = 0;
          if (map.loaded()) return;
          const canvas = map.getCanvas();
          const gl = canvas.getContext('webgl2')!;
          const pixel = new Uint8Array(4);
          gl.readPixels(canvas.width >> 1, canvas.height >> 1, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
          seen.push(pixel[3]!);
        });
      }, 1);
    });
    await page.goto(appUrl);
    await waitForMap(page);
    const early = await page.evaluate(() => (window as unknown as { earlyAlphas: number[] }).earlyAlphas);
    // MapLibre rendered several frames while tiles came in, and none of them drew anything...
    expect(early.length).toBeGreaterThan(2);
    expect(early.filter((alpha) => alpha !== 0)).toEqual([]);
    // ...while they compiled the shaders the map needs, so that the first frame drawn compiles at
    // most those of a layer whose only tiles came with the last batch (on a busy machine, one or two).
    const links = await page.evaluate(() => (window as unknown as { linksByFrame: { loaded: boolean; count: number }[] }).linksByFrame);
    const first = links.findIndex((frame) => frame.loaded);
    const before = links.slice(0, first).reduce((sum, frame) => sum + frame.count, 0);
    expect(before).toBeGreaterThan(5);
    expect(links[first]!.count).toBeLessThan(before / 2);
    // ...and the first frame drawn is the whole map, overlays included: Anatolia under the Sevres zones.
    expect(distance(await pixelAt(page, 32.85, 39.2), hex(BASEMAP_COLORS.land))).toBeGreaterThan(12);
    expect(distance(await pixelAt(page, 33.0, 34.5), hex(BASEMAP_COLORS.sea))).toBeLessThan(12);
    await page.close();
  });

  it('fetches each data file once, the layers from the start of the load', async () => {
    const { page, requests } = await openApp(browser, appUrl);
    const data = requests.filter((u) => new URL(u).pathname.includes('/geodata/'));
    // A preload the code's fetch() cannot reuse (another mode or credentials) downloads twice.
    expect(data.filter((u, i) => data.indexOf(u) !== i)).toEqual([]);
    expect(data.filter((u) => u.endsWith('.topojson')).length).toBe(17);
    // Named in index.html, the layers are asked for before MapLibre's worker (which the map asks
    // for as it starts), not once the catalogue's answer has been read.
    const worker = requests.findIndex((u) => u.includes('maplibre-gl-worker'));
    expect(requests.findIndex((u) => u.endsWith('sykes-picot-1916.topojson'))).toBeLessThan(worker);
    expect(requests.findIndex((u) => u.endsWith('tours/sevres-to-lausanne.json'))).toBeLessThan(worker);
    await page.close();
  });

  it('toggles the modern borders and loads the 1:10m basemap from the origin when zoomed in', async () => {
    const { page, requests, errors } = await openApp(browser, appUrl);
    const rendered = (layer: string) =>
      page.evaluate((id) => (window.explorerMap as { queryRenderedFeatures(o: object): unknown[] }).queryRenderedFeatures({ layers: [id] }).length, layer);
    expect(await rendered('modern-borders-50m')).toBeGreaterThan(0);
    await page.getByLabel('Modern borders (reference)').uncheck();
    await waitForMap(page);
    expect(await rendered('modern-borders-50m')).toBe(0);
    await page.getByLabel('Modern borders (reference)').check();

    await page.evaluate(() => (window.explorerMap as { jumpTo(o: object): void }).jumpTo({ center: [41.6, 41.6], zoom: 8 }));
    await waitForMap(page);
    await screenshot(page, 'desktop-batumi-10m');
    expect(requests.some((u) => u.endsWith('basemap/ne-10m.json'))).toBe(true);
    expect(await rendered('land-10m')).toBeGreaterThan(0);
    expect(await rendered('modern-borders-10m')).toBeGreaterThan(0);
    expect(requests.every((u) => u.startsWith(new URL(appUrl).origin) || u.startsWith('data:') || u.startsWith('blob:'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone screen', async () => {
    const { page, errors } = await openApp(browser, basemapOnly, { width: 390, height: 844 });
    await screenshot(page, 'phone-default');
    expect(await matching(page, LAND_SAMPLES, BASEMAP_COLORS.land)).toBeGreaterThanOrEqual(4);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('without WebGL', () => {
  it('says so in plain words and keeps the panel working', async () => {
    const noGl = await launchChromium(['--disable-webgl', '--disable-3d-apis']);
    try {
      const { page, errors } = await openApp(noGl, appUrl);
      await expect(page.locator('.map-notice').textContent()).resolves.toContain('cannot draw the map');
      expect(await page.getByRole('checkbox', { name: 'Treaty of Kars, 13 October 1921' }).isChecked()).toBe(true);
      expect(await page.locator('.excerpt').count()).toBeGreaterThan(0);
      await page.getByLabel('Modern borders (reference)').uncheck();
      expect(await page.getByLabel('Modern borders (reference)').isChecked()).toBe(false);
      await screenshot(page, 'no-webgl');
      expect(errors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});
