import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import type { Feature } from 'geojson';
import type { FilterSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { DayInterval } from '../data/dates.ts';

/** A page loaded from a cold cache, and what its first load cost. */
export interface LoadedPage {
  context: BrowserContext;
  page: Page;
  /** Navigation start to the map's first idle with everything the page shows by default. */
  loadMs: number;
  /** Every response the page received until then, its worker's included. */
  responses: Response[];
  /** How its map's first frame was let through ('loaded', 'timeout', 'unsupported'), or 'none' for a page with no hold. */
  firstFrame: string;
  /** Where the load's time went, to tell a slow load's cause: see {@link LoadPhases}. */
  phases: LoadPhases;
}

/**
 * Milestones of one load, in ms from the navigation's start, and the main thread's long tasks
 * until the map settled: a load slow for want of the network shows a late `fetched`, one slow
 * for want of CPU long tasks (or a late first frame with an early `fetched`), one held by the
 * first frame's timeout a `firstFrame` near 3 s after `mapMade`.
 */
export interface LoadPhases {
  /** The HTML received. */
  html: number;
  /** The last file fetched before the map settled received (the data, the map's code, tiles). */
  fetched: number;
  /** The map's first frame let through (see src/map/draw_when_loaded.ts), or -1 for a page with no hold. */
  firstFrame: number;
  /** The page said its map was ready (`data-map-status`), which ends the load unless the map is busy again by then. */
  ready: number;
  /** The map's first idle from then on: the load's end. */
  settled: number;
  /** Milliseconds of the main thread in tasks of 50 ms or more, and how many, until then. */
  longTaskMs: number;
  longTasks: number;
  /** Frames the map drew after its first until it settled: more than one or two, and the first frame was not the whole map. */
  framesAfterFirst: number;
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

/** The map pane once a load has ended: the first idle, or a page that cannot show a map. */
export const MAP_SETTLED = '[data-map-status="ready"], [data-map-status="no-webgl"], [data-map-status="error"]';

/** What the bench's init script keeps in the page: see {@link settleClock}. */
interface ClockWindow {
  __mapSettledAt?: number;
  __mapLoadedAt?: number;
  __firstFrameAt?: number;
  __framesAfterFirst: number;
  __longTasks: PerformanceEntry[];
  explorerFirstFrame?: string;
  explorerMap?: MapLibreMap;
}

/**
 * Notes in the page, at the moment each happens: when its map's first frame is let through, the
 * frames drawn after it, the main thread's long tasks, when an element first takes a settled
 * `data-map-status`, and when the load ends: then, if the map has nothing left to draw, else at
 * its next idle (a baseline page may say it is ready with a frame still to draw). Decided in the
 * page, not by the driver: Playwright polls a selector at growing intervals (500 ms apart after
 * the first 0.7 s, which made every load late by a share of a poll), and on a busy machine its
 * next look could come after the app had begun filling its sources a second after the map
 * settled, and then timed that background work too (loads of 6-8 s against 2 s).
 */
function settleClock(settled: string): void {
  const w = window as unknown as ClockWindow;
  w.__longTasks = [];
  w.__framesAfterFirst = 0;
  new PerformanceObserver((list) => w.__longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
  let firstFrame: string | undefined;
  Object.defineProperty(w, 'explorerFirstFrame', {
    get: () => firstFrame,
    set: (how: string) => {
      firstFrame = how;
      w.__firstFrameAt = performance.now();
    },
  });
  let map: MapLibreMap | undefined;
  Object.defineProperty(w, 'explorerMap', {
    get: () => map,
    set: (made: MapLibreMap) => {
      map = made;
      made.on('render', () => w.__firstFrameAt !== undefined && w.__mapLoadedAt === undefined && w.__framesAfterFirst++);
    },
  });
  new MutationObserver((_, observer) => {
    if (!document.querySelector(settled)) return;
    observer.disconnect();
    w.__mapSettledAt = performance.now();
    if (!map || map.loaded()) w.__mapLoadedAt = w.__mapSettledAt;
    else {
      map.once('idle', () => (w.__mapLoadedAt = performance.now()));
      map.triggerRepaint();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-status'], childList: true });
}

/**
 * Opens a URL in a new browser context (so nothing is cached) and times it, in the page, from
 * the navigation's start to the map's first idle the way the browser tests wait:
 * `[data-map-status="ready"]`, then an idle if a render is still pending.
 *
 * @throws Error when the page reports no WebGL or a map error instead of a map
 */
export async function loadCold(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<LoadedPage> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript({ content: NAME_HELPER });
  await context.addInitScript(settleClock, MAP_SETTLED);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const responses: Response[] = [];
  const record = (r: Response) => responses.push(r);
  // On the context, so that requests made by MapLibre's worker are counted too.
  context.on('response', record);
  await page.goto(url);
  // Polled at every frame, so that the driver's view of the page (its CPU time, what it fetched)
  // ends with the load, not half a second later.
  await page.waitForFunction(() => (window as unknown as ClockWindow).__mapLoadedAt !== undefined, undefined, { polling: 'raf', timeout: 90_000 });
  const state = await page.evaluate((settled) => document.querySelector(settled)!.getAttribute('data-map-status'), MAP_SETTLED);
  if (state !== 'ready') throw new Error(`${url}: the map did not load (status ${state}). ${errors.join(' ')}`);
  context.off('response', record);
  const firstFrame = await page.evaluate(() => window.explorerFirstFrame ?? 'none');
  const phases = await page.evaluate((): LoadPhases => {
    const w = window as unknown as Required<ClockWindow>;
    const settled = w.__mapLoadedAt;
    const long = w.__longTasks.filter((t) => t.startTime < settled);
    const fetched = performance.getEntriesByType('resource').filter((r) => r.startTime < settled);
    return {
      html: Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd),
      fetched: Math.round(Math.max(0, ...fetched.map((r) => (r as PerformanceResourceTiming).responseEnd))),
      firstFrame: Math.round(w.__firstFrameAt ?? -1),
      ready: Math.round(w.__mapSettledAt),
      settled: Math.round(settled),
      longTaskMs: Math.round(long.reduce((sum, t) => sum + t.duration, 0)),
      longTasks: long.length,
      framesAfterFirst: w.__framesAfterFirst,
    };
  });
  return { context, page, loadMs: phases.settled, responses, firstFrame, phases };
}

/**
 * What some responses weigh gzipped one by one (a font or a PNG hardly shrinks), in KB. Each
 * URL counts once: a file asked for twice (a font the map loads after the page did) comes the
 * second time from the browser's cache.
 */
export async function gzippedKb(responses: Response[]): Promise<number> {
  const once = responses.filter((r, i) => responses.findIndex((o) => o.url() === r.url()) === i);
  const sizes = await Promise.all(once.map((r) => r.body().then((b) => gzipSync(b).length, () => 0)));
  return sizes.reduce((a, b) => a + b, 0) / 1024;
}

/** The main thread's JavaScript heap after a garbage collection, in MB (workers not included). */
export async function heapMb(loaded: LoadedPage): Promise<number> {
  const cdp = await loaded.context.newCDPSession(loaded.page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** Width and height of the app's map, so that the bare page draws exactly as many pixels. */
export function mapSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const canvas = (window.explorerMap as MapLibreMap).getCanvas();
    return { width: Math.round(canvas.clientWidth), height: Math.round(canvas.clientHeight) };
  });
}

/** What a page keeps for the naive and OHM techniques between calls. */
interface BenchWindow {
  benchLayers: TimedLayer[];
  benchOhm?: { dateRangeFromISODate(iso: string): unknown; constrainFilterByDateRange(filter: unknown, range: unknown): FilterSpecification };
}

/**
 * Readies a loaded page for timing `technique`. First it waits for the app's service worker to
 * be installed and for the map to have made and filled the sources of every layer (it fills each
 * as it makes it, once the map has settled, then settles again): all of that would otherwise
 * compete with the first timings. A baseline (naive, ohm) gets a page of its own, since it
 * replaces the sources' data, and the app's feature states are cleared there, so that the app's
 * hiding of features out of force takes no part in it. The naive technique gets the layers it
 * filters; OHM's (`ohmSource`: the text of `@openhistoricalmap/maplibre-gl-dates`'s index.js)
 * every feature of every layer loaded into its source once, dates left to the filters.
 */
export async function prepareTechniques(page: Page, layers: TimedLayer[], technique: Technique, ohmSource?: string): Promise<void> {
  await page.evaluate(async (ids) => {
    const map = window.explorerMap as MapLibreMap;
    for (let tries = 0; tries < 300; tries++) {
      if ((await navigator.serviceWorker.getRegistration())?.active && ids.every((id) => map.getSource(id))) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('within 30 s, the service worker did not install or the map did not make the source of every layer');
  }, layers.map((l) => l.id));
  return page.evaluate(
    ({ layers, technique, ohmSource }) =>
      new Promise<void>((resolve) => {
        const bench = window as unknown as BenchWindow;
        bench.benchLayers = layers;
        const map = window.explorerMap as MapLibreMap;
        if (technique === 'naive' || technique === 'ohm') for (const l of layers) map.removeFeatureState({ source: l.id });
        if (technique === 'ohm') {
          // The package is CommonJS and registers itself on window.maplibregl when that exists;
          // the app imports MapLibre as a module, so the helpers go to the `module` given here.
          const module = { exports: {} as NonNullable<BenchWindow['benchOhm']> };
          new Function('module', 'exports', ohmSource!)(module, module.exports);
          bench.benchOhm = module.exports;
          for (const l of layers) (map.getSource(l.id) as GeoJSONSource).setData({ type: 'FeatureCollection', features: l.features });
        }
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
    { layers, technique, ohmSource },
  );
}

/**
 * Times one date change with a technique, from the call until the map's next `idle`, inside
 * the page. A repaint is always requested, so a change that alters nothing still ends in an idle.
 * After the app's own change, the next change timed on the same page must wait for
 * {@link addressWritten}.
 */
export function timeChange(page: Page, technique: Technique, date: { iso: string; day: number }): Promise<number> {
  return page.evaluate(
    async ({ technique, date }) => {
      // Two frames first: the GPU process serves every page of the run, so a change timed while
      // it still draws the previous one's frames would be charged for them.
      await new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled)));
      // Then a task of its own, as a reader's change comes: a key or a drag on the slider, the
      // play button's interval (a frame asked for in the slider's input handler ran at the next
      // frame, 4-23 ms later in 20 steps of a drag, never in a frame under way). Begun right here,
      // inside the second frame's animation callbacks, the change's panels were painted in that
      // frame and the map's own request for a frame went to the next one: two frames that no
      // reader's change takes. Beside a busy core that cost the app's change a median of 49-57 ms
      // against 27-33 ms begun in a task (repaint 23-24 ms either way; scratch, 50 changes each).
      await new Promise((task) => setTimeout(task, 0));
      return new Promise<number>((resolve) => {
        const map = window.explorerMap as MapLibreMap;
        const { benchLayers: layers, benchOhm: ohm } = window as unknown as BenchWindow;
        const change: Record<typeof technique, () => void> = {
          app: () => window.explorerSetDate!(date.iso),
          repaint: () => {},
          naive: () => {
            for (const l of layers) {
              const features = l.features.filter((_, i) => l.intervals[i]!.start <= date.day && date.day < l.intervals[i]!.end);
              (map.getSource(l.id) as GeoJSONSource).setData({ type: 'FeatureCollection', features });
            }
          },
          ohm: () => {
            const range = ohm!.dateRangeFromISODate(date.iso);
            const sources = new Set(layers.map((l) => l.id));
            for (const layer of map.getStyle().layers) {
              if ('source' in layer && sources.has(layer.source)) map.setFilter(layer.id, ohm!.constrainFilterByDateRange(map.getFilter(layer.id), range));
            }
          },
        };
        const start = performance.now();
        map.once('idle', () => resolve(performance.now() - start));
        change[technique]();
        map.triggerRepaint();
      });
    },
    { technique, date },
  );
}

/**
 * Waits (untimed) until the app has written a date to its address bar, which it does once the
 * view has rested 250 ms: that write is not on the way to the map's idle, and must not land in
 * the next change timed on the page. Timing other pages meanwhile costs the run nothing.
 */
export async function addressWritten(page: Page, date: { iso: string }): Promise<void> {
  await page.waitForFunction((iso) => location.hash.includes(`date=${iso}`), date.iso, { timeout: 10_000 });
}
