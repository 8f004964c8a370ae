import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { BASEMAP_COLORS } from '../../src/map/basemap_style.ts';
import { HOLD_FIRST_DRAW_MS } from '../../src/map/draw_when_loaded.ts';
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
    // Recorded in the page, for every frame MapLibre renders until the map has first loaded: the
    // calls that put pixels on the canvas (the hold switches them off on the context itself, so
    // the prototype's are called only when a frame really draws), the time since the map's WebGL
    // context was made (the hold's timer starts just after), and which style layers asked for a
    // shader program and which had one linked for them. The map is caught as the app hands it
    // out, before its first frame.
    await page.addInitScript(() => {
      const proto = WebGL2RenderingContext.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
      let draws = 0;
      for (const call of ['drawElements', 'drawArrays', 'clear']) {
        const original = proto[call]!;
        proto[call] = function (this: unknown, ...args: unknown[]) {
          draws++;
          return original.apply(this, args);
        };
      }
      let links = 0;
      const link = proto.linkProgram!;
      proto.linkProgram = function (this: unknown, ...args: unknown[]) {
        links++;
        return link.apply(this, args);
      };
      let contextAt: number | undefined;
      const getContext = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, ...args: unknown[]) => unknown;
      (HTMLCanvasElement.prototype as unknown as { getContext: typeof getContext }).getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
        if (args[0] === 'webgl2') contextAt ??= performance.now();
        return getContext.apply(this, args);
      };
      type Frame = { loaded: boolean; draws: number; ms: number; asked: string[]; linked: string[] };
      const frames: Frame[] = [];
      const asked = new Set<string>();
      const linked = new Set<string>();
      let layer = '(outside any layer)';
      type Painter = { renderLayer(...args: unknown[]): void; programCache: { getProgram(...args: unknown[]): unknown } };
      type Map = { painter: Painter; loaded(): boolean; on(e: string, f: () => void): void };
      let caught: Map | undefined;
      Object.defineProperty(window, 'firstLoadFrames', { value: frames });
      Object.defineProperty(window, 'explorerMap', {
        configurable: true,
        get: () => caught,
        set(map: Map) {
          caught = map;
          const { painter } = map;
          const renderLayer = painter.renderLayer;
          painter.renderLayer = function (this: Painter, ...args: unknown[]) {
            layer = (args[2] as { id: string }).id;
            try {
              return renderLayer.apply(this, args);
            } finally {
              layer = '(outside any layer)';
            }
          };
          const getProgram = painter.programCache.getProgram;
          painter.programCache.getProgram = function (this: unknown, ...args: unknown[]) {
            const before = links;
            const program = getProgram.apply(this, args);
            asked.add(layer);
            if (links > before) linked.add(layer);
            return program;
          };
          map.on('render', () => {
            if (frames.at(-1)?.loaded) return;
            frames.push({ loaded: map.loaded(), draws, ms: performance.now() - contextAt!, asked: [...asked], linked: [...linked] });
            draws = 0;
            asked.clear();
            linked.clear();
          });
        },
      });
    });
    await page.goto(appUrl);
    await waitForMap(page);
    const frames = await page.evaluate(() => (window as unknown as { firstLoadFrames: { loaded: boolean; draws: number; ms: number; asked: string[]; linked: string[] }[] }).firstLoadFrames);
    const firstDrawn = frames.findIndex((f) => f.draws > 0);
    const held = frames.slice(0, firstDrawn);
    // MapLibre rendered at least one frame before everything was in, and that frame put nothing on
    // the canvas but ran the drawing code: programs were asked for (the sea, a background, in every frame).
    expect(held.length).toBeGreaterThan(0);
    expect(held.flatMap((f) => f.asked)).toContain('sea');
    // A frame drawn before the map has loaded is one the hold gave up on: after its timeout (a
    // source that never loads must not leave the map blank; on a busy machine 3 s may not be enough).
    expect(frames.filter((f) => f.draws > 0 && !f.loaded && f.ms < HOLD_FIRST_DRAW_MS)).toEqual([]);
    expect(frames.at(-1)!.loaded).toBe(true);
    // The hold says how it let the first frame through: when the map had loaded, unless its timeout
    // came first; 'unsupported' would mean MapLibre's internals changed under it.
    expect(await page.evaluate(() => window.explorerFirstFrame)).toBe(frames.some((f) => f.draws > 0 && !f.loaded) ? 'timeout' : 'loaded');
    // The first frame drawn compiles programs only for layers that had nothing to draw in any frame
    // held back (their only tiles came with the last batch): the others were compiled while held.
    const askedWhileHeld = new Set(held.flatMap((f) => f.asked));
    expect(frames[firstDrawn]!.linked.filter((id) => askedWhileHeld.has(id))).toEqual([]);
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
    // One file per layer of the catalogue.
    expect(data.filter((u) => u.endsWith('.topojson')).length).toBe((JSON.parse(readFileSync('geodata/datapackage.json', 'utf8')) as { resources: unknown[] }).resources.length);
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
      expect(await page.getByRole('checkbox', { name: 'Treaty of Sèvres (1920)' }).isChecked()).toBe(true);
      // Said as soon as the map fails, which may be before the excerpts have come.
      await page.locator('.excerpt').first().waitFor({ timeout: 20_000 });
      await page.getByLabel('Modern borders (reference)').uncheck();
      expect(await page.getByLabel('Modern borders (reference)').isChecked()).toBe(false);
      await screenshot(page, 'no-webgl');
      expect(errors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });
});
