import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import type { Feature, FeatureCollection } from 'geojson';
import type { FilterSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { DayInterval } from '../data/dates.ts';

/** A page loaded from a cold cache, and what its first load cost. */
export interface LoadedPage {
  context: BrowserContext;
  page: Page;
  /** Navigation start to the map's first idle with everything the page shows by default. */
  loadMs: number;
  /** Every response body fetched until then, gzipped one by one and added up. */
  fetchedKbGz: number;
  /** The main thread's JavaScript heap after a garbage collection. */
  heapMb: number;
}

/** One geodata layer as the map draws it, with each feature's [start, end) in days. */
export interface TimedLayer {
  id: string;
  features: Feature[];
  intervals: DayInterval[];
}

/**
 * How a date change reaches the map: `app` through the slider's own code path
 * (`explorerSetDate`), `repaint` a plain repaint (the floor), `naive` setData of every layer
 * filtered in JS with no "only when changed" shortcut, `ohm` OpenHistoricalMap's technique
 * (all features loaded once, then every style layer's filter rewritten per date).
 */
export type Technique = 'app' | 'repaint' | 'naive' | 'ohm';

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)` calls;
 * functions handed to page.evaluate run in the page, where that helper does not exist.
 */
const NAME_HELPER = 'globalThis.__name = (fn) => fn;';

/**
 * Opens a URL in a new browser context (so nothing is cached) and times it to the map's first
 * idle the way the browser tests wait: `[data-map-status="ready"]`, then an idle if a render is
 * still pending.
 *
 * @throws Error when the page reports no WebGL or a map error instead of a map
 */
export async function loadCold(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<LoadedPage> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript({ content: NAME_HELPER });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const responses: Response[] = [];
  const record = (r: Response) => responses.push(r);
  // On the context, so that requests made by MapLibre's worker are counted too.
  context.on('response', record);
  const start = performance.now();
  await page.goto(url);
  const status = await page.waitForSelector('[data-map-status="ready"], [data-map-status="no-webgl"], [data-map-status="error"]', { timeout: 90_000 });
  const state = await status.getAttribute('data-map-status');
  if (state !== 'ready') throw new Error(`${url}: the map did not load (status ${state}). ${errors.join(' ')}`);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.explorerMap as MapLibreMap;
        if (map.loaded()) return resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
  const loadMs = performance.now() - start;
  context.off('response', record);
  const sizes = await Promise.all(responses.map((r) => r.body().then((b) => gzipSync(b).length, () => 0)));
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { context, page, loadMs, fetchedKbGz: sizes.reduce((a, b) => a + b, 0) / 1024, heapMb: usedSize / 1024 / 1024 };
}

/** Width and height of the app's map, so that the bare page draws exactly as many pixels. */
export function mapSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const canvas = (window.explorerMap as MapLibreMap).getCanvas();
    return { width: Math.round(canvas.clientWidth), height: Math.round(canvas.clientHeight) };
  });
}

/**
 * Times one date change per date with a technique, each from the call until the map's next
 * `idle` (a repaint is always requested, so an unchanged date still ends in an idle), measured
 * inside the page. One untimed change to the last date comes first, so that the first timed one
 * is a real change and nothing is paid for the first time.
 *
 * @param layers - the geodata layers as served; used by `naive` and `ohm`
 * @param ohmSource - the text of `@openhistoricalmap/maplibre-gl-dates`'s index.js; used by `ohm`
 */
export function timeDateChanges(page: Page, technique: Technique, dates: { iso: string; day: number }[], layers: TimedLayer[], ohmSource: string): Promise<number[]> {
  return page.evaluate(
    async ({ technique, dates, layers, ohmSource }) => {
      const map = window.explorerMap as MapLibreMap;
      const settle = (change: () => void) =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          map.once('idle', () => resolve(performance.now() - start));
          change();
          map.triggerRepaint();
        });
      const source = (id: string) => map.getSource(id) as GeoJSONSource;
      const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
      const layerIds = new Set(layers.map((l) => l.id));
      const styleLayers = map.getStyle().layers.filter((l) => 'source' in l && layerIds.has(l.source)).map((l) => l.id);
      // The package is CommonJS and registers itself on window.maplibregl when that exists; the
      // app imports MapLibre as a module, so it exports its helpers to the `module` given here.
      const ohm = { exports: {} as { dateRangeFromISODate(iso: string): unknown; constrainFilterByDateRange(filter: unknown, range: unknown): FilterSpecification } };
      if (technique === 'ohm') {
        new Function('module', 'exports', ohmSource)(ohm, ohm.exports);
        await settle(() => layers.forEach((l) => source(l.id).setData(collection(l.features))));
      }
      const change: Record<typeof technique, (date: { iso: string; day: number }) => void> = {
        app: (date) => window.explorerSetDate!(date.iso),
        repaint: () => {},
        naive: (date) => layers.forEach((l) => source(l.id).setData(collection(l.features.filter((_, i) => l.intervals[i]!.start <= date.day && date.day < l.intervals[i]!.end)))),
        ohm: (date) => {
          const range = ohm.exports.dateRangeFromISODate(date.iso);
          for (const id of styleLayers) map.setFilter(id, ohm.exports.constrainFilterByDateRange(map.getFilter(id), range));
        },
      };
      const times: number[] = [];
      await settle(() => change[technique](dates[dates.length - 1]!));
      for (const date of dates) times.push(await settle(() => change[technique](date)));
      return times;
    },
    { technique, dates, layers, ohmSource },
  );
}
