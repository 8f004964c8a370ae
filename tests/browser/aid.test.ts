import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { parseAidLedger, routesInUse, sumsByCategory } from '../../src/data/aid_ledger.ts';
import { dayOf } from '../../src/data/dates.ts';
import { openApp, screenshot, waitForMap } from './app_page.ts';

const appUrl = inject('appUrl');
const { entries } = parseAidLedger(JSON.parse(readFileSync(fileURLToPath(new URL('../../geodata/soviet-aid-ledger.json', import.meta.url)), 'utf8')));
const number = new Intl.NumberFormat('en-GB');

/** The ledger's summed figures on a day, as the panel's table should write them, by category and status. */
function expectedTable(date: string): Record<string, [string, string]> {
  const sums = sumsByCategory(entries, dayOf(date)!);
  const figure = (category: string, status: string) => number.format(sums.find((s) => s.category === category && s.status === status)?.quantity ?? 0);
  return Object.fromEntries(['gold_rubles', 'rifles', 'machine_guns', 'guns', 'cartridges', 'shells'].map((c) => [c, [figure(c, 'delivered'), figure(c, 'promised')]]));
}

/** The panel's table as it stands: category -> [delivered, promised]. */
function shownTable(page: Page): Promise<Record<string, [string, string]>> {
  return page.$$eval('#aid-table tbody tr', (rows) => Object.fromEntries(rows.map((r) => [r.getAttribute('data-category')!, [r.querySelector('[data-status=delivered]')!.textContent!, r.querySelector('[data-status=promised]')!.textContent!]])));
}

/** Moves the date the way the slider does, and waits for the chart's mark to reach it. */
async function moveTo(page: Page, date: string): Promise<void> {
  await page.evaluate((d) => window.explorerSetDate!(d), date);
  await page.waitForFunction((day) => document.querySelector('.aid-today')?.getAttribute('data-day') === String(day), dayOf(date)!, { polling: 'raf' });
}

/** The route ids the map's band marks, from its source. */
function markedRoutes(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const source = (window.explorerMap as { getSource(id: string): { getData(): Promise<{ features: { properties: { id: string } }[] }> } | undefined }).getSource('aid-routes');
    return source ? (await source.getData()).features.map((f) => f.properties.id).sort() : [];
  });
}

describe('the Soviet aid panel', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('follows the date slider: the marked day, the summed figures and the routes in use on the map', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1920-09-01&layers=soviet-aid-1920-1922`);
    await page.getByRole('button', { name: 'Soviet aid in figures' }).click();
    await page.waitForSelector('#aid-table');
    expect(await shownTable(page)).toEqual(expectedTable('1920-09-01'));
    for (const date of ['1920-10-04', '1921-07-01', '1922-06-01', '1923-01-15']) {
      await moveTo(page, date);
      expect(await shownTable(page), date).toEqual(expectedTable(date));
    }
    expect((await shownTable(page)).rifles[0]).toBe(number.format(6_000 + 33_275));
    // The chart is reached by keyboard, and its arrows move the date a month.
    await page.locator('.aid-chart').focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((day) => document.querySelector('.aid-today')?.getAttribute('data-day') === String(day), dayOf('1922-12-15')!, { polling: 'raf' });
    expect(await shownTable(page)).toEqual(expectedTable('1922-12-15'));

    await moveTo(page, '1920-10-01');
    expect(routesInUse(entries, dayOf('1920-10-01')!)).toEqual(['soviet-aid-1920-1922-tuapse-trabzon']);
    await expect.poll(() => markedRoutes(page)).toEqual(['soviet-aid-1920-1922-tuapse-trabzon']);
    await expect.poll(() => page.locator('.aid-routes').textContent()).toMatch(/^Routes in use on 1 October 1920, marked on the map: .*Tuapse/);
    await waitForMap(page);
    await screenshot(page, 'aid-desktop');
    await moveTo(page, '1921-07-01');
    await expect.poll(() => markedRoutes(page)).toEqual([]);
    // Closing the panel takes its marks off the map.
    await moveTo(page, '1920-10-01');
    await expect.poll(() => markedRoutes(page)).toEqual(['soviet-aid-1920-1922-tuapse-trabzon']);
    await page.getByRole('button', { name: 'Soviet aid in figures' }).click();
    await expect.poll(() => markedRoutes(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the entries of the chosen period with their sources and downloads them as CSV', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1922-05-10`);
    await page.getByRole('button', { name: 'Soviet aid in figures' }).click();
    await page.getByLabel('Entries of').selectOption('month');
    // The month's own entries, and the totals whose periods take it in.
    const listed = await page.$$eval('.aid-entries > li', (items) => items.map((li) => li.getAttribute('data-entry')!));
    expect(listed).toEqual(expect.arrayContaining(['aid-1922-05-03-gold-seed', 'aid-seed-rifles', 'aid-1921-1922-rifles']));
    expect(listed).not.toContain('aid-1922-04-aralov-lira');
    expect(listed).not.toContain('aid-1922-11-gold');
    await expect.poll(() => page.locator('.aid-entries .sources li').first().textContent()).toContain('Anti-Western policy of the Soviet-Turkish relations');
    await page.getByLabel('Entries of').selectOption('year');
    const year = await page.$$eval('.aid-entries > li', (items) => items.map((li) => li.getAttribute('data-entry')!));
    expect(year).toEqual(expect.arrayContaining(['aid-1922-04-aralov-lira', 'aid-1922-05-03-gold-seed', 'aid-1922-11-gold', 'aid-1922-gold-tavukcu']));
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download these entries (CSV)' }).click()]);
    expect(file.suggestedFilename()).toBe('soviet-aid-1922-05-10-year.csv');
    const lines = readFileSync(await file.path(), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,date,precision,since,category,quantity,unit,status,route,port,claim_group,alternative,part_of,summed,sources,note');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(year);
    expect(lines.find((l) => l.startsWith('aid-1922-11-gold,'))).toMatch(/^aid-1922-11-gold,1922-11,month,,gold_rubles,3500000,gold rubles,delivered,,,gold-delivered-1921-1922,,,true,turkyilmaz-sovyet-rus-yardimlari/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone, in Russian', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1921-07-01&lang=ru`, { width: 390, height: 844 });
    await page.getByRole('button', { name: 'Советская помощь в цифрах' }).click();
    await page.waitForSelector('#aid-table');
    expect(await page.locator('#aid-table caption').textContent()).toBe('Итого на 1 июля 1921');
    await page.locator('.aid').scrollIntoViewIfNeeded();
    const box = await page.locator('.aid-chart').boundingBox();
    expect(box!.width).toBeGreaterThan(250);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await screenshot(page, 'aid-phone');
    expect(errors).toEqual([]);
    await page.close();
  });
});
