import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { openApp, settledAddress, waitForMap } from './app_page.ts';

const appUrl = inject('appUrl');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const results = await page.evaluate(() => (window as unknown as { axe: { run(o?: object): Promise<{ passes: unknown[]; violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run());
  if (results.passes.length < 10) throw new Error(`axe-core checked too little (${results.passes.length} rules passed): did it run on the app?`);
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('accessibility (axe-core)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('the main view with a selection has no serious or critical violations, and the map has a text alternative', async () => {
    const { page } = await openApp(browser, `${appUrl}#date=1921-11-01&layers=control-1918-1923,kars-1921&at=40.6/43.1`);
    await page.locator('.timeline-list li').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const label = await page.locator('.map').getAttribute('aria-label');
    expect(label).toContain('1 November 1921');
    expect(label).toContain('Treaty of Kars');
    await page.close();
  });

  it('the compare view has none either', async () => {
    const { page } = await openApp(browser, `${appUrl}#compare=sevres-1920,lausanne-1923,swipe`);
    await page.locator('[data-figure="turkey-a"]').waitFor({ timeout: 60_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('skips to the map and the slider, and Enter on the map asks about the crosshair at its centre', async () => {
    const { page } = await openApp(browser, `${appUrl}#date=1921-11-01&map=6.00/40.600/43.100`);
    await waitForMap(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the map');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('date-range');
    await page.getByRole('button', { name: 'Skip to the map' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CANVAS');
    // The crosshair is drawn only while the map has the keyboard.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.map')!, '::after').content)).not.toBe('none');
    await page.keyboard.press('Enter');
    // Kars, at the map's centre: the timeline lists its periods and the link names the centre.
    await page.locator('.timeline-list li').first().waitFor();
    const at = /at=([\d.]+)\/([\d.]+)/.exec(await settledAddress(page))!;
    expect(Math.abs(Number(at[1]) - 40.6)).toBeLessThan(0.05);
    expect(Math.abs(Number(at[2]) - 43.1)).toBeLessThan(0.05);
    await page.close();
  });

  it('a tour step, the import report and a phone-width view have none either', async () => {
    const tour = await openApp(browser, `${appUrl}#tour=sevres-to-lausanne&step=3`);
    await tour.page.locator('.tour h2').waitFor();
    expect(await seriousViolations(tour.page), 'tour').toEqual([]);
    await tour.page.close();

    const imported = await openApp(browser, `${appUrl}#date=1920-08-10`);
    const geojson = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'A class line', start_date: '1920' }, geometry: { type: 'Point', coordinates: [32.85, 39.93] } }, { type: 'Feature', properties: {}, geometry: null }] });
    await imported.page.getByLabel('Add a GeoJSON file (up to 20 MB), or drop it on the map').setInputFiles({ name: 'class.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(geojson) });
    await imported.page.locator('.import-report', { hasText: 'class.geojson' }).waitFor();
    expect(await seriousViolations(imported.page), 'import').toEqual([]);
    await imported.page.close();

    const phone = await openApp(browser, `${appUrl}#date=1921-11-01&at=40.6/43.1`, { width: 390, height: 844 });
    await phone.page.locator('.timeline-list li').first().waitFor();
    expect(await seriousViolations(phone.page), 'phone').toEqual([]);
    await phone.page.getByRole('button', { name: 'Layers and tools' }).click();
    expect(await seriousViolations(phone.page), 'phone, drawer open').toEqual([]);
    await phone.page.close();
  });

  it('the Soviet aid panel, open with its chart, table and entries, has none either', async () => {
    const { page } = await openApp(browser, `${appUrl}#date=1921-06-15`);
    await page.getByRole('button', { name: 'Soviet aid in figures' }).click();
    await page.locator('.aid-entries li').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows where the keyboard focus is', async () => {
    const { page } = await openApp(browser, `${appUrl}#date=1921-11-01`);
    await page.getByLabel('Find a place').focus();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });
});
