import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { openApp, screenshot, settledAddress, shownFeatures, waitForMap } from './app_page.ts';

const appUrl = inject('appUrl');
const shownDate = (page: Page) => page.locator('.current-date').textContent();
const status = (page: Page) => page.locator('.go-to-status').textContent();
/** The other calendars' lines under the date, as the reader sees them. */
const otherDates = (page: Page) => page.locator('.other-dates li').allInnerTexts();
/** The Go to date field, found by its place rather than its label, which changes with the language. */
const goTo = (page: Page) => page.locator('.go-to-date input');
/** Types into Go to date key by key, as a reader does, so that every partial text passes through the field. */
async function typeDate(page: Page, text: string): Promise<void> {
  const field = goTo(page);
  await field.fill('');
  await field.pressSequentially(text);
}

describe('dates in the calendars of the documents', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('goes to "23 Nisan 1336", typed key by key, and lands on 23 April 1920, saying the conversion', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1920-08-10&layers=events`);
    expect(await page.getByLabel('Go to date').getAttribute('placeholder')).toBe('e.g. 23 Nisan 1336');
    await typeDate(page, '23 Nisan 1336');
    await expect.poll(() => shownDate(page)).toBe('23 April 1920');
    expect(await status(page)).toBe('23 Nisan 1336 (Rumi) is 23 April 1920.');
    // On the way, "23 Nisan 133" was a Rumi year no day had: the slider waited for the whole date.
    expect(await settledAddress(page)).toContain('date=1920-04-23');
    // The Assembly's opening, as the explorer lists it on the slider, keeps the date the Assembly wrote.
    expect(await page.locator('.tick--event[title^="Grand National Assembly opens"]').getAttribute('title')).toBe('Grand National Assembly opens in Ankara (23 April 1920; 23 Nisan 1336 (Rumi))');
    await typeDate(page, '25 October 1917 O.S.');
    await expect.poll(() => shownDate(page)).toBe('7 November 1917');
    expect(await status(page)).toBe('25 October 1917 (Julian, Old Style) is 7 November 1917.');
    await typeDate(page, '1 Muharram 1339 AH');
    await expect.poll(() => shownDate(page)).toBe('15 September 1920');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses an impossible date with the reason once the reader presses Enter, and stays where it was', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1920-08-10&layers=events`);
    await typeDate(page, '30 Şubat 1336');
    // While typing, nothing is said of a date not yet whole.
    expect(await status(page)).toBe('');
    await goTo(page).press('Enter');
    await expect.poll(() => status(page)).toBe('"30 Şubat 1336" does not exist: that month has 29 days.');
    await typeDate(page, '20 Şubat 1332');
    await goTo(page).press('Enter');
    await expect.poll(() => status(page)).toMatch(/^"20 Şubat 1332" never existed: by the law of 8 Şubat 1332/);
    expect(await shownDate(page)).toBe('10 August 1920');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the day in the calendars switched on, keeps them in the link, and remembers them for the next visit', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1920-04-23&layers=events`);
    expect(await otherDates(page)).toEqual([]);
    await page.getByRole('checkbox', { name: 'Julian, Old Style' }).check();
    await page.getByRole('checkbox', { name: 'Rumi' }).check();
    await expect.poll(() => otherDates(page)).toEqual(['Julian, Old Style: 10 April 1920', 'Rumi: 23 Nisan 1336']);
    const hash = await settledAddress(page);
    expect(hash).toContain('&cal=julian,rumi&');

    // The link, opened elsewhere (a fresh browser profile: nothing remembered), shows the same calendars.
    const { page: other } = await openApp(browser, `${appUrl}${hash}`);
    expect(await otherDates(other)).toEqual(['Julian, Old Style: 10 April 1920', 'Rumi: 23 Nisan 1336']);
    expect(await other.getByRole('checkbox', { name: 'Rumi' }).isChecked()).toBe(true);
    expect(await other.getByRole('checkbox', { name: 'Hijri' }).isChecked()).toBe(false);
    await other.close();

    // This browser remembers the choice without a link: the day of Law 85, 20 Kânunusani 1337.
    await page.goto(`${appUrl}?again=1#date=1921-01-20&layers=events`);
    await waitForMap(page);
    expect(await otherDates(page)).toEqual(['Julian, Old Style: 7 January 1921', 'Rumi: 20 Kânunusani 1337']);
    await page.getByRole('checkbox', { name: 'Julian, Old Style' }).uncheck();
    await page.getByRole('checkbox', { name: 'Rumi' }).uncheck();
    await expect.poll(() => otherDates(page)).toEqual([]);
    expect(await settledAddress(page)).not.toContain('cal=');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the date a document wrote beside the Gregorian one: a clicked event, its sources and an excerpt', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1920-04-23&layers=events&map=7.00/39.920/32.854`);
    // The Assembly's opening is a point: a click on it, not on an area, opens its details.
    const ankara: [number, number] = [32.85427, 39.91987];
    await expect.poll(async () => (await shownFeatures(page, ['events:point'], { at: ankara })).map((f) => f.properties.id)).toContain('events-grand-national-assembly-opens');
    const point = await page.evaluate((at) => (window.explorerMap as { project(p: [number, number]): { x: number; y: number } }).project(at), ankara);
    await page.locator('.map canvas').click({ position: point });
    const detail = page.locator('.details article', { hasText: 'Grand National Assembly opens in Ankara' });
    await expect.poll(() => detail.locator('.original-date').textContent()).toBe('23 Nisan 1336 (Rumi)');
    expect(await detail.locator('.sources li', { hasText: 'Zabıt Ceridesi' }).textContent()).toMatch(/İkinci İçtima, 24\.4\.1336 Cumartesi \(dated 24\.4\.1336 \(Rumi\)\)$/);

    // The passage on the Bolsheviks' promise of peace: 7 November 1917 was 25 October in Russia.
    await page.goto(`${appUrl}?excerpt=1#date=1917-11-07&layers=events`);
    await waitForMap(page);
    const card = page.locator('.excerpt[data-excerpt-id="we-dont-want-the-dardanelles"]');
    expect(await card.locator('.original-date').textContent()).toBe('7 November 1917 is 25 October 1917 (Julian, Old Style) in the documents of the time.');
    await screenshot(page, 'calendars-original-dates');
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [lang, typed, expected] of [
    ['en', '23 Nisan 1336', ['Julian, Old Style: 10 April 1920', 'Rumi: 23 Nisan 1336', 'Hijri: 4 Shaʻban 1338']],
    ['tr', '4 Şaban 1338', ['Jülyen, eski usul: 10 Nisan 1920', 'Rûmî: 23 Nisan 1336', 'Hicrî: 4 Şaban 1338']],
    ['ru', '10 апреля 1920 ст. ст.', ['Юлианский, старый стиль: 10 апреля 1920', 'Румийский: 23 Nisan 1336', 'Хиджра: 4 шаабан 1338']],
  ] as const) {
    it(`speaks the calendars in ${lang}: month names in the language, Ottoman month names for Rumi`, async () => {
      const { page, errors } = await openApp(browser, `${appUrl}#date=1920-08-10&layers=events,sevres-1920&cal=julian,rumi,hijri&lang=${lang}`);
      await typeDate(page, typed);
      await expect.poll(() => otherDates(page)).toEqual(expected);
      expect(await status(page)).not.toBe('');
      await waitForMap(page);
      await screenshot(page, `calendars-${lang}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
