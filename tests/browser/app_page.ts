import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { MAP_SETTLED } from '../../src/cli/map_timings.ts';

export interface AppPage {
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Console errors and uncaught page errors, as text. */
  errors: string[];
}

export const SCREENSHOT_DIR = 'artifacts/screenshots';

/**
 * Opens the built app in a fresh page, recording every request and every error, and waits
 * until the map (or the no-WebGL notice) is ready. `beforeLoad` prepares the page before it
 * loads (init scripts, routes).
 */
export async function openApp(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
  options: { serviceWorkers?: 'allow' | 'block'; locale?: string; beforeLoad?: (page: Page) => Promise<unknown> } = {},
): Promise<AppPage> {
  // Service workers are blocked unless a test is about them: a cached app would hide what page.route serves.
  // The browser speaks British English unless a test says otherwise, so that the app opens in English.
  const page = await browser.newPage({ viewport, serviceWorkers: options.serviceWorkers ?? 'block', locale: options.locale ?? 'en-GB' });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  // Every test that asserts "no errors" also asserts "no Content Security Policy violation".
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  await options.beforeLoad?.(page);
  await page.goto(url);
  await waitForMap(page);
  return { page, requests, errors };
}

/**
 * Waits until the map has settled: status ready (its first idle) or no map, then an `idle` after
 * a repaint asked for now. MapLibre fires `idle` only after a frame that left nothing to do: no
 * camera moving, every source and tile loaded, nothing left to place. (`loaded()` alone is true
 * in the middle of a flight, and before a change just made has reached the worker.)
 */
export async function waitForMap(page: Page): Promise<void> {
  // Polled at every frame: waitForSelector's polls are 500 ms apart after the first 0.7 s.
  await page.waitForFunction((settled) => document.querySelector(settled), MAP_SETTLED, { polling: 'raf', timeout: 90_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.explorerMap as { once(e: string, f: () => void): void; triggerRepaint(): void } | undefined;
        if (!map) return resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/**
 * Waits until the app has brought the address bar up to date with its view (it writes once the
 * view has rested), and returns the hash. Call it once the change has been made: the app marks
 * the address out of date in the same task as the change.
 */
export async function settledAddress(page: Page): Promise<string> {
  await page.waitForFunction(() => window.explorerAddressCurrent === true, undefined, { polling: 'raf', timeout: 20_000 });
  return page.evaluate(() => location.hash);
}

/**
 * Starts listening for the main map's next `moveend` (call it before what moves the map); the
 * function returned waits for it, and then for the map to settle.
 */
export async function nextMoveEnd(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    const w = window as unknown as { explorerMap: { once(e: string, f: () => void): void }; moveEnded?: boolean };
    w.moveEnded = false;
    w.explorerMap.once('moveend', () => (w.moveEnded = true));
  });
  return async () => {
    await page.waitForFunction(() => (window as unknown as { moveEnded?: boolean }).moveEnded === true, undefined, { polling: 'raf', timeout: 30_000 });
    await waitForMap(page);
  };
}

/** Saves a screenshot under the git-ignored artifacts folder and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path });
  return path;
}

/** The RGB colour the map canvas shows at a longitude/latitude. */
export async function pixelAt(page: Page, lon: number, lat: number): Promise<[number, number, number]> {
  return (await pixelsAround(page, lon, lat, 0))[0]!;
}

/** The RGB colours of the canvas pixels within `radius` device pixels of a longitude/latitude (a square, row by row). */
export function pixelsAround(page: Page, lon: number, lat: number, radius: number): Promise<[number, number, number][]> {
  return page.evaluate(([lon, lat, radius]) => {
    const map = window.explorerMap as { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement };
    const { x, y } = map.project([lon, lat]);
    const source = map.getCanvas();
    const ratio = source.width / source.clientWidth;
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const context = copy.getContext('2d')!;
    context.drawImage(source, 0, 0);
    const side = 2 * radius + 1;
    const data = context.getImageData(Math.round(x * ratio) - radius, Math.round(y * ratio) - radius, side, side).data;
    return Array.from({ length: side * side }, (_, i) => [data[i * 4]!, data[i * 4 + 1]!, data[i * 4 + 2]!] as [number, number, number]);
  }, [lon, lat, radius] as const);
}

/**
 * What some style layers draw (at a point, if given), on the main map or on compare map
 * `compareMap`: features out of force stay in their tiles, hidden by feature state, and are
 * left out here as they are on screen.
 */
export function shownFeatures(page: Page, layers: string[], options: { at?: [number, number]; compareMap?: number } = {}): Promise<{ properties: Record<string, unknown>; geometryType: string }[]> {
  return page.evaluate(({ layers, at, compareMap }) => {
    type Rendered = { properties: Record<string, unknown>; geometry: { type: string }; state: { hidden?: boolean } };
    type MapHandle = { project(p: [number, number]): unknown; queryRenderedFeatures(...args: unknown[]): Rendered[] };
    const map = (compareMap === undefined ? window.explorerMap : (window as unknown as { explorerCompareMaps: unknown[] }).explorerCompareMaps[compareMap]) as MapHandle;
    const rendered = at ? map.queryRenderedFeatures(map.project(at), { layers }) : map.queryRenderedFeatures({ layers });
    return rendered.filter((f) => !f.state.hidden).map((f) => ({ properties: f.properties, geometryType: f.geometry.type }));
  }, { layers, at: options.at, compareMap: options.compareMap });
}
