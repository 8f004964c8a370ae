import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { nextMoveEnd, openApp, screenshot, settledAddress, shownFeatures } from './app_page.ts';

const appUrl = inject('appUrl');
const shownDate = (page: Page) => page.locator('.current-date').textContent();
/** The map's centre and zoom, as MapLibre has them. */
const camera = (page: Page) =>
  page.evaluate(() => {
    const map = window.explorerMap as unknown as { getCenter(): { lng: number; lat: number }; getZoom(): number };
    return { lon: map.getCenter().lng, lat: map.getCenter().lat, zoom: map.getZoom() };
  });

describe('the chronology', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('moves the slider and the map to an event, shows its card, and marks the current date', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1920-08-10&map=5/39/35`);
    const list = page.locator('.chronology-event');
    expect(await list.count()).toBeGreaterThanOrEqual(60);
    // On 10 August 1920 the last event begun is the signing of Sevres.
    expect(await page.locator('.chronology-event[aria-current="date"] .chronology-name').textContent()).toBe('Treaty of Sèvres signed (shown at Constantinople)');

    const brest = page.locator('.chronology-event', { hasText: 'Treaty of Brest-Litovsk' });
    const moved = await nextMoveEnd(page);
    await brest.click();
    await moved();
    expect(await shownDate(page)).toBe('3 March 1918');
    expect(await page.locator('#date-range').inputValue()).toBe(String(Date.UTC(1918, 2, 3) / 86_400_000));
    const { lon, lat } = await camera(page);
    expect([lon, lat]).toEqual([expect.closeTo(23.667, 2), expect.closeTo(52.133, 2)]);
    await expect.poll(async () => (await shownFeatures(page, ['events:point'])).map((f) => f.properties.id)).toContain('events-brest-litovsk');
    expect(await page.locator('.details article h3').first().textContent()).toBe('Treaty of Brest-Litovsk');
    expect(await page.locator('.chronology-event[aria-current="date"]').textContent()).toContain('Treaty of Brest-Litovsk');
    expect(await settledAddress(page)).toMatch(/^#date=1918-03-03&/);
    await screenshot(page, 'chronology-desktop');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by type and by power, in Turkish and Russian too', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1921-01-01&lang=ru`);
    const names = () => page.locator('.chronology-name').allTextContents();
    await page.locator('.chronology-filters select').first().selectOption('treaty');
    await page.locator('.chronology-filters select').nth(1).selectOption('SOV');
    const treaties = await names();
    expect(treaties).toContain('Московский договор (показан в Анкаре)');
    expect(treaties).toContain('Брест-Литовский мирный договор');
    expect(treaties).not.toContain('Лозаннский мирный договор');
    expect(await page.locator('.chronology-type').first().textContent()).toBe('договор');
    expect(await page.locator('.chronology h2').textContent()).toBe('Хронология');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('scrolls its list to the new date\'s entry in the task that changes the date, so no frame comes between', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1915-03-18`);
    // Scrolled in an effect after the render, the list could cost a date change a second frame:
    // on a busy machine the tail of the change's time (docs/performance.md). The check runs in
    // the microtask after Preact's render of the change.
    const scrolled = await page.evaluate(
      () =>
        new Promise<{ name: string; inView: boolean }>((resolve) => {
          window.explorerSetDate!('1922-09-09');
          queueMicrotask(() => {
            const list = document.querySelector('.chronology-list')!;
            const current = list.querySelector('[aria-current]')!;
            const [item, box] = [current.getBoundingClientRect(), list.getBoundingClientRect()];
            resolve({ name: current.querySelector('.chronology-name')!.textContent!, inView: item.top >= box.top && item.bottom <= box.bottom });
          });
        }),
    );
    expect(scrolled).toEqual({ name: 'Turkish army enters Smyrna (flag on Kadifekale)', inView: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('labels the slider\'s ticks by kind where there is room, and moves through them with the arrow keys', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1921-03-16`);
    // The list has scrolled itself to the current date's entry.
    const inView = await page.locator('.chronology-list').evaluate((list) => {
      const item = list.querySelector('[aria-current]')!.getBoundingClientRect();
      const box = list.getBoundingClientRect();
      return item.top >= box.top && item.bottom <= box.bottom;
    });
    expect(inView).toBe(true);
    const labels = await page.locator('.tick-label').allTextContents();
    expect(labels.length).toBeGreaterThan(5);
    expect(labels).toContain('battle');
    // Printed side by side, never over one another.
    const boxes = (await page.locator('.tick-label').evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect()).map((r) => [r.left, r.right]))).sort((a, b) => a[0]! - b[0]!);
    expect(boxes.filter((box, i) => i > 0 && box[0]! < boxes[i - 1]![1]!)).toEqual([]);
    // One stop for Tab, at the last tick on or before the day.
    const stops = page.locator('.tick[tabindex="0"]');
    expect(await stops.count()).toBe(1);
    // 16 March 1921 has two: the event of the treaty of Moscow and the moscow-1921 layer's signing.
    expect(await stops.getAttribute('title')).toMatch(/^Treaty of Moscow.*16 March 1921/);
    await stops.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('title'))).toBe('Battle of Batumi: Soviet rule declared (18 March 1921)');
    await page.keyboard.press('Enter');
    await expect.poll(() => shownDate(page)).toBe('18 March 1921');

    const phone = await openApp(browser, `${appUrl}#date=1921-03-16`, { width: 390, height: 844 });
    const phoneLabels = await phone.page.locator('.tick-label').count();
    expect(phoneLabels).toBeGreaterThan(0);
    expect(phoneLabels).toBeLessThan(labels.length);
    await phone.page.locator('.chronology').scrollIntoViewIfNeeded();
    await screenshot(phone.page, 'chronology-phone');
    expect([...errors, ...phone.errors]).toEqual([]);
    await page.close();
    await phone.page.close();
  });
});
