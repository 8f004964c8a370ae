import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { openApp, pixelAt, screenshot, settledAddress, shownFeatures, waitForMap } from './app_page.ts';

const appUrl = inject('appUrl');
/** Inside the Smyrna zone of Sevres (Ottoman sovereignty, Greek administration), away from any label. */
const SMYRNA_ZONE: [number, number] = [27.75, 38.25];
/** Central Anatolia, left to Turkey by Sevres and claimed by the National Pact. */
const ANATOLIA: [number, number] = [34.3, 39.0];
const claimedAt = async (page: Page, at: [number, number]) => (await shownFeatures(page, ['claimed:fill'], { at })).map((f) => f.properties.power).sort();
const luminance = ([r, g, b]: [number, number, number]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

describe('claims on this day: who wanted a place, when, and who had it', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('counts the parties on the map, answers a place found by keyboard, keeps the mode in the link, and gives the layers back', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1920-08-10&layers=sevres-1920&map=5.50/38.800/31.000`);
    const toggle = page.getByRole('button', { name: 'Claims on this day' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await settledAddress(page)).toContain('&claims=1&');
    // The count's code comes when first asked for: the map shows it once it has come.
    await expect.poll(() => claimedAt(page, SMYRNA_ZONE)).toEqual(['GRC', 'OTT', 'TUR']);
    await waitForMap(page);
    // The map paints each party once: three where Sevres split sovereignty and administration and
    // the National Pact claimed the ground for Ankara, two where only Sevres and the Pact did.
    expect(await claimedAt(page, SMYRNA_ZONE)).toEqual(['GRC', 'OTT', 'TUR']);
    expect(await claimedAt(page, ANATOLIA)).toEqual(['OTT', 'TUR']);
    expect(luminance(await pixelAt(page, ...SMYRNA_ZONE))).toBeLessThan(luminance(await pixelAt(page, ...ANATOLIA)) - 15);
    // The layers the reader chose give way to the count.
    expect(await shownFeatures(page, ['sevres-1920:fill'], { at: ANATOLIA })).toEqual([]);
    expect(await page.locator('.claims-key li').allInnerTexts()).toEqual(['1', '2', '3', '4 or more']);
    await screenshot(page, 'claims-1280');

    // By keyboard: find Smyrna, and the answer is announced.
    const search = page.getByLabel('Find a place');
    await search.fill('Smyrna');
    await search.press('Enter');
    const summary = page.locator('.claims-summary[role="status"]');
    await expect.poll(() => summary.textContent()).toBe('Parties claiming this place on 10 August 1920: 3.');
    expect((await page.locator('.claims-parties > li > strong').allTextContents()).sort()).toEqual(['Grand National Assembly (Ankara) / Republic of Turkey', 'Greece', 'Ottoman Empire (Istanbul government)']);
    expect(await page.locator('.claims-held').textContent()).toBe('Held on the ground: Greece (military occupation)');

    // The link opens in the same mode, elsewhere.
    const hash = await settledAddress(page);
    const { page: other } = await openApp(browser, `${appUrl}${hash}`);
    expect(await other.getByRole('button', { name: 'Claims on this day' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => claimedAt(other, [27.14, 38.42])).toEqual(['GRC', 'OTT', 'TUR']);
    await other.close();

    // Off again: the layers come back, the count goes, and the link forgets the mode.
    // The search centred the map on Smyrna: ask there.
    const smyrna: [number, number] = [27.14, 38.42];
    expect(await claimedAt(page, smyrna)).toEqual(['GRC', 'OTT', 'TUR']);
    await toggle.click();
    await waitForMap(page);
    expect(await claimedAt(page, smyrna)).toEqual([]);
    expect((await shownFeatures(page, ['sevres-1920:fill'], { at: smyrna })).length).toBeGreaterThan(0);
    expect(await settledAddress(page)).not.toContain('claims=');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a projector (1280x720, large type): finds Damascus by keyboard and announces the count again when the day changes', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1919-09-01&claims=1&map=5.20/38.000/35.000`, { width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Large type' }).focus();
    await page.keyboard.press('Enter');
    const search = page.getByLabel('Find a place');
    await search.fill('Damascus');
    await search.press('Enter');
    const summary = page.locator('.claims-summary[role="status"]');
    // Faisal's memorandum and the Syrian Congress (one party), France by Sykes-Picot; the King-Crane recommendation is no party's claim.
    await expect.poll(() => summary.textContent()).toBe('Parties claiming this place on 1 September 1919: 2.');
    expect((await page.locator('.claims-parties > li > strong').allTextContents()).sort()).toEqual(['France', 'Hejaz']);
    expect(await page.locator('.claims-parties').textContent()).not.toContain('King-Crane');
    await waitForMap(page);
    await screenshot(page, 'claims-1280x720-large');
    // A new day by keyboard: the announced count follows (the Kingdom of Syria ended on 24 July 1920; Sevres gave France the mandate).
    const dateField = page.getByLabel('Go to date');
    await dateField.fill('1920-08-10');
    await dateField.press('Enter');
    await expect.poll(() => summary.textContent()).toBe('Parties claiming this place on 10 August 1920: 1.');
    expect(await page.locator('.claims-parties > li > strong').allTextContents()).toEqual(['France']);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [width, height] of [[1920, 1080], [390, 844]] as const) {
    it(`reads on a ${width}x${height} screen: eastern Anatolia on 10 August 1920`, async () => {
      const { page, errors } = await openApp(browser, `${appUrl}#date=1920-08-10&layers=sevres-1920&claims=1&map=5.20/39.000/38.500`, { width, height });
      const key = await page.locator('.claims-key').boundingBox();
      const map = await page.locator('.map-pane').boundingBox();
      // The key sits on the map and leaves most of it free.
      expect(key!.width * key!.height).toBeLessThan(0.3 * map!.width * map!.height);
      // A band across the top, not a block over the middle (on a phone the map is short).
      expect(key!.height).toBeLessThan(0.22 * map!.height);
      expect(key!.y).toBeGreaterThanOrEqual(map!.y);
      await screenshot(page, `claims-${width}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
