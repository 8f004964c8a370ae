import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { MultiPolygon, Polygon } from 'geojson';
import { launchChromium } from '../../src/cli/chromium.ts';
import { startPreviewServer } from '../../src/cli/preview_server.ts';
import { scaleGeodata } from '../../src/cli/scale_geodata.ts';
import { dayOf, featureInterval, isActiveOn } from '../../src/data/dates.ts';
import { decodeLayer, topologyPath } from '../../src/data/decode_layer.ts';
import { createPointInArea } from '../../src/data/point_in_area.ts';
import { openApp, shownFeatures, waitForMap } from './app_page.ts';

const LAYER = 'control-1914-1918';
const ERZURUM: [number, number] = [41.28, 39.9];

/**
 * A layer too large to keep whole in its map source (over 5,000 features: the app's copy with
 * every feature's life cut into 40 parts gives this one 6,000 and more) keeps only the features
 * in force, sent again at each date change; the map must still draw exactly the right one.
 */
describe('a layer too large to keep whole in its source', () => {
  let browser: Browser;
  let dir: string;
  let server: { url: string; close(): Promise<void> };
  let parts: { id: string; interval: ReturnType<typeof featureInterval>; atErzurum: boolean }[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'large-layers-'));
    cpSync('dist', dir, { recursive: true });
    scaleGeodata(dir, 39);
    const layer = decodeLayer(JSON.parse(readFileSync(topologyPath(join(dir, 'geodata', `${LAYER}.geojson`)), 'utf8')));
    parts = layer.features.map((f) => ({
      id: f.properties!.id as string,
      interval: featureInterval(f.properties!.start_date, f.properties!.end_date),
      atErzurum: f.geometry.type.endsWith('Polygon') && createPointInArea(f.geometry as Polygon | MultiPolygon)(...ERZURUM),
    }));
    server = await startPreviewServer(dir, 0);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The ids of the features the map shows at Erzurum, and of those the source holds in its tiles. */
  const drawn = async (page: Page) => ({
    atErzurum: [...new Set((await shownFeatures(page, [`${LAYER}:fill`], { at: ERZURUM })).map((f) => f.properties.id as string))],
    inSource: await page.evaluate((layer) => new Set((window.explorerMap as { querySourceFeatures(s: string): { properties: { id: string } }[] }).querySourceFeatures(layer).map((f) => f.properties.id)).size, LAYER),
  });

  it('draws the part in force at Erzurum before and after a date change, and keeps only the features in force', async () => {
    expect(parts.length).toBeGreaterThan(5000);
    const { page, errors } = await openApp(browser, `${server.url}#date=1916-06-01&layers=${LAYER}&map=6/39.9/41.3`);
    // After the map's first idle the app makes every layer's source (filling those it can keep whole).
    await page.waitForFunction((layer) => (window.explorerMap as { getSource(id: string): unknown }).getSource(layer), LAYER, { polling: 'raf', timeout: 30_000 });
    for (const date of ['1916-06-01', '1915-06-01', '1917-09-01']) {
      await page.evaluate((d) => window.explorerSetDate!(d), date);
      await waitForMap(page);
      const inForce = parts.filter((p) => isActiveOn(p.interval, dayOf(date)!));
      const { atErzurum, inSource } = await drawn(page);
      expect(atErzurum.sort(), date).toEqual(inForce.filter((p) => p.atErzurum).map((p) => p.id).sort());
      expect(atErzurum.length, date).toBeGreaterThan(0);
      // The whole layer hidden in the source would put thousands of ids in its tiles.
      expect(inSource, date).toBeLessThanOrEqual(inForce.length);
      expect(inSource, date).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  });
});
