import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import type { LayerCollection } from '../../src/data/contract.ts';
import { CATALOGS } from '../fixtures/catalogs.ts';
import { openApp, screenshot, waitForMap } from './app_page.ts';

const appUrl = inject('appUrl');
const VIEW = '#date=1920-08-10&layers=sevres-1920,occupations-1918-1923&map=5.2/39.2/33.5&at=38.4127/27.1384';
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const EXPECTED = {
  en: { date: '10 August 1920', smyrna: 'Smyrna / Izmir', istanbul: 'Constantinople / Istanbul' },
  tr: { date: '10 Ağustos 1920', smyrna: 'İzmir', istanbul: 'İstanbul' },
  ru: { date: '10 августа 1920', smyrna: 'Смирна / Измир', istanbul: 'Константинополь / Стамбул' },
} as const;

/** The page's visible text, the texts it gives assistive technology, and the labels the map draws. */
async function everythingSaid(page: Page): Promise<{ text: string; labels: string[]; mapLabels: string[]; placeNames: string[] }> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) => ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? '').filter(Boolean));
    type Labelled = { properties: { label: string } }[];
    const map = window.explorerMap as { queryRenderedFeatures(o: object): Labelled; querySourceFeatures(s: string): Labelled };
    return {
      text: document.body.innerText,
      labels,
      mapLabels: map.queryRenderedFeatures({ layers: ['places:key-label', 'places:label'] }).map((f) => f.properties.label),
      placeNames: map.querySourceFeatures('places').map((f) => f.properties.label),
    };
  });
}

/** Buttons, selects and labels whose text does not fit in them (cut off rather than wrapped). */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, select, summary, .current-date, label')]
      .filter((el) => (el as HTMLElement).offsetParent !== null && el.getClientRects().length > 0)
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 40)}`),
  );
}

describe('the explorer in English, Turkish and Russian', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  for (const lang of ['en', 'tr', 'ru'] as const) {
    for (const [size, viewport] of Object.entries(SIZES)) {
      it(`speaks ${lang} at ${size} width: every string, date and label, no raw key, nothing clipped`, async () => {
        const { page, errors } = await openApp(browser, `${appUrl}${VIEW}&lang=${lang}`, viewport);
        await page.locator('.timeline-list li').first().waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(await page.locator('.current-date').textContent()).toBe(EXPECTED[lang].date);
        expect(await page.locator('#layers-heading').textContent()).toBe(CATALOGS[lang]['layers.heading']);
        expect(await page.title()).toBe(CATALOGS[lang]['app.title']);
        const { text, labels, mapLabels, placeNames } = await everythingSaid(page);
        const said = [text, ...labels].join('\n');
        expect(Object.keys(CATALOGS.en).filter((key) => said.includes(key))).toEqual([]);
        expect(said.match(/\{\w+\}/g)).toBeNull();
        if (lang !== 'en') {
          // Whatever the English catalog says should not show in Turkish or Russian (short words aside: "km", names).
          const english = Object.values(CATALOGS.en).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e))).filter((e) => !e.includes('{') && e.length > 12);
          expect(english.filter((e) => said.includes(e))).toEqual([]);
        }
        expect(placeNames).toContain(EXPECTED[lang].smyrna);
        if (size === 'desktop') expect(mapLabels).toContain(EXPECTED[lang].istanbul);
        expect(await clipped(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await screenshot(page, `lang-${lang}-${size}`);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }

  // Smyrna on the day of Sevres: the treaty's Greek administration and the Greek-held zone, both named in English prose.
  const sevres = JSON.parse(readFileSync(new URL('../../geodata/sevres-1920.geojson', import.meta.url), 'utf8')) as LayerCollection;
  const smyrna = sevres.features.find((f) => f.properties.id === 'sevres-1920-grc-smyrna')!.properties;
  for (const lang of ['en', 'tr', 'ru'] as const) {
    it(`names the features at a place in ${lang}: the gloss of an English-prose name in the details and the place timeline`, async () => {
      const { page, errors } = await openApp(browser, `${appUrl}${VIEW}&lang=${lang}`);
      const heading = page.locator('.details .detail h3').filter({ hasText: lang === 'en' ? smyrna.name : smyrna[`name:${lang}`]! });
      await heading.waitFor();
      expect(await heading.getAttribute('lang')).toBe(lang);
      const headings = await page.locator('.details .detail h3').allTextContents();
      if (lang !== 'en') expect(headings).not.toContain(smyrna.name);
      expect(await page.locator('.timeline-list').textContent()).toContain(lang === 'en' ? smyrna.name : smyrna[`name:${lang}`]);
      await screenshot(page, `lang-${lang}-details`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("fetches its own language's catalog alone, and renders the panels in it from the first", async () => {
    const { page, requests, errors } = await openApp(browser, `${appUrl}${VIEW}&lang=ru`, SIZES.desktop, {
      // On a slow line the Russian catalog comes well after the map's code; the heading's text when
      // it first enters the page says whether the panels showed English meanwhile.
      beforeLoad: async (page) => {
        await page.route(/\/ru-[\w-]+\.js$/, (route) => new Promise((late) => setTimeout(late, 1500)).then(() => route.continue()));
        await page.addInitScript(() =>
          new MutationObserver((_, observer) => {
            const heading = document.getElementById('layers-heading');
            if (!heading) return;
            observer.disconnect();
            (window as unknown as { firstHeading: string | null }).firstHeading = heading.textContent;
          }).observe(document, { subtree: true, childList: true }),
        );
      },
    });
    expect(await page.evaluate(() => (window as unknown as { firstHeading: string | null }).firstHeading)).toBe(CATALOGS.ru['layers.heading']);
    const fetchedCatalogs = requests.map((url) => new URL(url).pathname.split('/').pop()!).filter((name) => /^(tr|ru)-[\w-]+\.js$/.test(name));
    expect(fetchedCatalogs).toEqual([expect.stringMatching(/^ru-/)]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches language at once without reloading the map, keeps it in the link and for the next visit', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}${VIEW}`);
    await page.evaluate(() => ((window.explorerMap as { keptAcrossSwitch?: boolean }).keptAcrossSwitch = true));
    // Only a font's Cyrillic subset may be fetched: no geodata or basemap again.
    const dataRequests = () => page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /\/(geodata|basemap)\//.test(r.name)).length);
    const requestsBefore = await dataRequests();
    await page.getByLabel('Language').selectOption('ru');
    await page.locator('#layers-heading', { hasText: CATALOGS.ru['layers.heading'] as string }).waitFor();
    await waitForMap(page);
    expect(await page.locator('.current-date').textContent()).toBe('10 августа 1920');
    expect(await page.evaluate(() => (window.explorerMap as { keptAcrossSwitch?: boolean }).keptAcrossSwitch)).toBe(true);
    expect(await dataRequests()).toBe(requestsBefore);
    expect((await everythingSaid(page)).mapLabels).toContain('Константинополь / Стамбул');
    expect(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('title')).toBe(CATALOGS.ru['map.zoomIn']);
    const basemapLabels = await page.evaluate(() => {
      const map = window.explorerMap as { getLayoutProperty(l: string, p: string): unknown; queryRenderedFeatures(o: object): { properties: Record<string, string> }[] };
      return { field: map.getLayoutProperty('sea-labels', 'text-field'), seas: map.queryRenderedFeatures({ layers: ['sea-labels'] }).map((f) => f.properties['label:ru']) };
    });
    expect(JSON.stringify(basemapLabels.field)).toContain('label:ru');
    expect(basemapLabels.seas).toContain('Чёрное море');
    await expect.poll(async () => new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('lang')).toBe('ru');

    await page.goto(appUrl);
    await waitForMap(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('speaks the language in the compare view too: controls, figures and both maps', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#lang=ru&compare=sevres-1920,lausanne-1923,split`);
    await page.locator('[data-figure="turkey-a"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('.figures summary').textContent()).toBe(CATALOGS.ru['compare.figures']);
    expect(await page.locator('[data-figure="turkey-a"]').textContent()).toMatch(/^\d{3}\s\d{3} км²$/);
    await page.waitForFunction(() => {
      const maps = (window as unknown as { explorerCompareMaps?: { getLayoutProperty(l: string, p: string): unknown }[] }).explorerCompareMaps ?? [];
      return maps.length === 2 && maps.every((m) => JSON.stringify(m.getLayoutProperty('sea-labels', 'text-field')).includes('label:ru'));
    }, undefined, { polling: 'raf', timeout: 60_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens in the browser's language when no link or earlier choice says otherwise", async () => {
    const { page } = await openApp(browser, appUrl, SIZES.desktop, { locale: 'tr-TR' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('tr');
    expect(await page.locator('#layers-heading').textContent()).toBe(CATALOGS.tr['layers.heading']);
    await page.close();
    const german = await openApp(browser, appUrl, SIZES.desktop, { locale: 'de-DE' });
    expect(await german.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await german.page.close();
  });
});
