import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { nextMoveEnd, openApp, pixelsAround, screenshot, settledAddress, shownFeatures, waitForMap } from './app_page.ts';

const appUrl = inject('appUrl');

type MapHandle = {
  getZoom(): number;
  getCenter(): { lng: number; lat: number };
  project(p: [number, number]): { x: number; y: number };
};
const renderedIds = async (page: Page, layer: string) => [...new Set((await shownFeatures(page, [`${layer}:fill`])).map((f) => f.properties.id))].sort();
const SMYRNA: [number, number] = [27.14, 38.42];
/** Inside the Greek zone of 15 May 1919, away from the city's dot and label. */
const SMYRNA_HINTERLAND: [number, number] = [27.25, 38.35];
const shownDate = (page: Page) => page.locator('.current-date').textContent();

describe('the explorer UI in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('draws a layer only while it is switched on, and a treaty from its signing day', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1921-10-12&layers=kars-1921&map=6/40.8/43.0`);
    expect(await shownDate(page)).toBe('12 October 1921');
    expect(await renderedIds(page, 'kars-1921')).toEqual([]);

    const slider = page.getByLabel('Date', { exact: true });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await waitForMap(page);
    expect(await shownDate(page)).toBe('13 October 1921');
    expect(await renderedIds(page, 'kars-1921')).toContain('kars-1921-tur-kars-artvin');
    await screenshot(page, 'kars-1921-caucasus');

    await page.getByRole('checkbox', { name: 'Treaty of Kars, 13 October 1921' }).uncheck();
    await waitForMap(page);
    expect(await renderedIds(page, 'kars-1921')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stacks the layers in catalogue order, whichever came into force first', async () => {
    // Sevres (1920) comes into force after Sykes-Picot (1916) but lies under it in the catalogue.
    const { page, errors } = await openApp(browser, `${appUrl}#date=1916-06-01&layers=borders-1914,sykes-picot-1916,control-1918-1923,sevres-1920,lausanne-1923`);
    for (const date of ['1920-08-10', '1914-06-01', '1923-08-01', '1918-11-15']) {
      await page.evaluate((d) => window.explorerSetDate!(d), date);
      await waitForMap(page);
    }
    const drawn = await page.evaluate(() => (window.explorerMap as { getLayersOrder(): string[] }).getLayersOrder().filter((id) => id.endsWith(':fill')).map((id) => id.split(':')[0]!));
    const catalogue = (JSON.parse(readFileSync('geodata/datapackage.json', 'utf8')) as { resources: { name: string }[] }).resources.map((r) => r.name);
    expect(drawn).toEqual(catalogue.filter((id) => drawn.includes(id)));
    expect(drawn).toEqual(expect.arrayContaining(['sykes-picot-1916', 'sevres-1920', 'lausanne-1923', 'borders-1914']));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('makes the map sources of the layers in force first, and the others once the map has settled', async () => {
    // The sources are read in the page the moment the map pane says it is ready (its first idle,
    // the moment the app starts the delay before it makes the others), not when the driver next looks.
    const { page, errors } = await openApp(browser, `${appUrl}#date=1916-06-01&layers=sykes-picot-1916,lausanne-1923`, undefined, {
      beforeLoad: (page) =>
        page.addInitScript(() => {
          new MutationObserver((_, observer) => {
            if (!document.querySelector('[data-map-status="ready"]')) return;
            observer.disconnect();
            const w = window as unknown as { sourcesWhenReady: string[]; explorerMap: { getStyle(): { sources: object } } };
            w.sourcesWhenReady = Object.keys(w.explorerMap.getStyle().sources);
          }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-status'] });
        }),
    });
    const sources = () => page.evaluate(() => Object.keys((window.explorerMap as { getStyle(): { sources: object } }).getStyle().sources));
    // In June 1916 Sykes-Picot is being agreed; Lausanne (1923) is seven years away.
    const first = await page.evaluate(() => (window as unknown as { sourcesWhenReady: string[] }).sourcesWhenReady);
    expect(first).toContain('sykes-picot-1916');
    expect(first).not.toContain('lausanne-1923');
    await expect.poll(sources).toContain('lausanne-1923');
    await page.evaluate(() => window.explorerSetDate!('1923-08-01'));
    await waitForMap(page);
    expect((await shownFeatures(page, ['lausanne-1923:outline'])).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the Soviet supply routes across the Black Sea as lines', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1921-06-01&layers=soviet-aid-1920-1922&map=5.2/42/37`);
    const routes = (await shownFeatures(page, ['soviet-aid-1920-1922:outline'])).map((f) => f.geometryType);
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.every((type) => type.endsWith('LineString'))).toBe(true);
    await screenshot(page, 'soviet-aid-routes');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the Greek zone at Smyrna from the landing of 15 May 1919, and not the day before', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1919-05-14&layers=occupations-1918-1923&map=7/38.4/27.2`);
    const greekAtSmyrna = async () => (await shownFeatures(page, ['occupations-1918-1923:fill'], { at: SMYRNA })).some((f) => f.properties.power === 'GRC');
    expect(await greekAtSmyrna()).toBe(false);
    await page.getByLabel('Date', { exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await waitForMap(page);
    expect(await shownDate(page)).toBe('15 May 1919');
    expect(await greekAtSmyrna()).toBe(true);
    await screenshot(page, 'smyrna-1919-05-15');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws nothing of a feature out of force, though it stays in its source once the map has settled', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1919-05-14&layers=occupations-1918-1923&map=7/38.4/27.2`);
    // A patch, not one pixel: the label of Smyrna may fall on the point, and where it does depends on the map's height.
    const patch = () => pixelsAround(page, ...SMYRNA_HINTERLAND, 4);
    const before = await patch();
    const sourced = () => page.evaluate(() => (window.explorerMap as { querySourceFeatures(s: string): { properties: { id: string } }[] }).querySourceFeatures('occupations-1918-1923').map((f) => f.properties.id));
    await expect.poll(sourced).toContain('occupations-1918-1923-grc-1919-05-15');
    await waitForMap(page);
    expect(await patch()).toEqual(before);
    await page.evaluate(() => window.explorerSetDate!('1919-05-15'));
    await waitForMap(page);
    expect(await patch()).not.toEqual(before);
    await page.evaluate(() => window.explorerSetDate!('1919-05-14'));
    await waitForMap(page);
    expect(await patch()).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves by a month with Page Up and Page Down, and takes a typed date', async () => {
    const { page } = await openApp(browser, `${appUrl}#date=1920-08-10`);
    await page.getByLabel('Date', { exact: true }).focus();
    await page.keyboard.press('PageUp');
    expect(await shownDate(page)).toBe('10 September 1920');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    expect(await shownDate(page)).toBe('10 July 1920');
    await page.getByLabel('Go to date').fill('1923-07-24');
    expect(await shownDate(page)).toBe('24 July 1923');
    // A calendar month, kept inside the month: 31 January goes to 29 February, not 2 March.
    await page.getByLabel('Go to date').fill('1920-01-31');
    await page.getByLabel('Date', { exact: true }).focus();
    await page.keyboard.press('PageUp');
    expect(await shownDate(page)).toBe('29 February 1920');
    await page.close();
  });

  it('plays again from the first day when Play is pressed on the last', async () => {
    const { page } = await openApp(browser, `${appUrl}#date=1923-12-31`);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => /1914$/.test(document.querySelector('.current-date')?.textContent ?? ''));
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.close();
  });

  it('round-trips the URL: date, layers, camera and selection', async () => {
    const hash = '#date=1922-03-01&layers=moscow-1921,lausanne-1923&map=6.00/40.500/43.000';
    const { page, errors } = await openApp(browser, `${appUrl}${hash}`);
    expect(await shownDate(page)).toBe('1 March 1922');
    expect(await page.getByRole('checkbox', { name: 'Treaty of Moscow, 16 March 1921' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Treaty of Kars, 13 October 1921' }).isChecked()).toBe(false);
    const camera = await page.evaluate(() => {
      const m = window.explorerMap as MapHandle;
      return [m.getZoom(), m.getCenter().lat, m.getCenter().lng];
    });
    expect(camera[0]).toBeCloseTo(6, 1);
    expect(camera[1]).toBeCloseTo(40.5, 1);
    expect(camera[2]).toBeCloseTo(43, 1);

    await page.getByRole('checkbox', { name: 'Treaty of Kars, 13 October 1921' }).check();
    // The address is written once the view rests, not at every change.
    const saved = await settledAddress(page);
    expect(saved).toContain('kars-1921');
    expect(saved).toContain('date=1922-03-01');
    expect(saved).toContain('map=6.00/40.500/43.000');
    // Opened again, the app has nothing to change in the address once it has written it (or found it current).
    const again = await openApp(browser, `${appUrl}${saved}`);
    expect(await settledAddress(again.page)).toBe(saved);
    expect(await again.page.getByRole('checkbox', { name: 'Treaty of Kars, 13 October 1921' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it("keeps the link's camera in the address written before the map has said where it stands", async () => {
    // The map's code is held back until the app has first written the address: that write cannot
    // have heard from the map. (No lang= in the link, so the app has something to write.)
    let addressWritten!: () => void;
    const written = new Promise<void>((resolve) => (addressWritten = resolve));
    const { page, errors } = await openApp(browser, `${appUrl}#date=1920-08-10&layers=sevres-1920&map=6.00/40.000/35.000`, undefined, {
      beforeLoad: async (page) => {
        await page.exposeFunction('addressWritten', () => addressWritten());
        await page.addInitScript(() => {
          const replace = history.replaceState.bind(history);
          history.replaceState = (...args: Parameters<History['replaceState']>) => {
            replace(...args);
            const w = window as unknown as { firstAddress?: string; addressWritten(): void };
            if (w.firstAddress === undefined) (w.firstAddress = location.hash), w.addressWritten();
          };
        });
        await page.route(/\/assets\/map_view-[^/]*\.js$/, async (route) => {
          await written;
          await route.continue();
        });
      },
    });
    const first = await page.evaluate(() => (window as unknown as { firstAddress: string }).firstAddress);
    expect(first).toContain('lang=en');
    expect(first).toContain('map=6.00/40.000/35.000');
    // And once the map is there, it stands where the link said, and the address still says so.
    const camera = await page.evaluate(() => {
      const m = window.explorerMap as MapHandle;
      return [m.getZoom(), m.getCenter().lat, m.getCenter().lng];
    });
    expect(camera).toEqual([expect.closeTo(6, 2), expect.closeTo(40, 3), expect.closeTo(35, 3)]);
    expect(await settledAddress(page)).toBe(first);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('brings the address up to date once the slider rests, not at every day it passes', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1919-01-01`);
    // The address written on opening is out of the way: from here on only the slider changes the view.
    await settledAddress(page);
    // Safari throws after 100 replaceState calls in 30 s; a slider played through a year makes 365.
    await page.evaluate(() => {
      const counted = window as unknown as { replaceCalls: number };
      counted.replaceCalls = 0;
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History['replaceState']>) => (counted.replaceCalls++, replace(...args));
      for (let i = 0; i < 120; i++) window.explorerSetDate!(new Date(Date.UTC(1919, 0, 2 + i)).toISOString().slice(0, 10));
    });
    expect(await settledAddress(page)).toContain('date=1919-05-01');
    expect(await page.evaluate(() => (window as unknown as { replaceCalls: number }).replaceCalls)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('falls back quietly on a bad link', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1999-99-99&layers=no-such-layer,kars-1921&map=oops`);
    expect(await shownDate(page)).toBe('10 August 1920');
    const notice = await page.locator('.notice').textContent();
    expect(notice).toContain('is not a day between 1914 and 1923');
    expect(notice).toContain('no-such-layer');
    expect(await page.getByRole('checkbox', { name: 'Treaty of Kars, 13 October 1921' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows what was clicked, with its sources', async () => {
    const { page } = await openApp(browser, `${appUrl}#date=1922-01-01&layers=kars-1921&map=6.5/40.6/43.1`);
    const point = await page.evaluate(() => (window.explorerMap as MapHandle).project([43.1, 40.6]));
    await page.locator('.map canvas').click({ position: point });
    const details = page.locator('.details');
    await details.waitFor();
    expect(await details.textContent()).toContain('Kars, Ardahan, Olti, Kagizman and Artvin districts to Turkey');
    expect(await details.locator('.sources li').first().textContent()).toMatch(/Kars/);
    const [lat, lon] = new URLSearchParams((await settledAddress(page)).slice(1)).get('at')!.split('/').map(Number);
    expect(lat).toBeCloseTo(40.6, 1);
    expect(lon).toBeCloseTo(43.1, 1);
    expect(await page.locator('.timeline-list li').count()).toBeGreaterThan(3);
    await page.close();
  });

  it('says who administered occupied ground: Constantinople under the Allies, run by the Istanbul government, then by Ankara', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1922-10-01&layers=occupations-1918-1923,control-1918-1923&map=7/41.01/28.98&at=41.0100/28.9800`);
    const details = page.locator('.details');
    await details.waitFor();
    const occupation = details.locator('article', { hasText: 'Allied occupation of Constantinople' });
    await expect.poll(() => occupation.locator('.administered-by').textContent()).toBe('Ottoman Empire (Istanbul government)');
    // The de facto and the formal occupation make one period of the place's history: same holder, same administrator.
    await expect.poll(() => page.locator('.timeline-list .administered-by').allTextContents()).toEqual([
      ', administered by Ottoman Empire (Istanbul government)',
      ', administered by Grand National Assembly (Ankara) / Republic of Turkey',
    ]);
    await screenshot(page, 'administered-constantinople-1922-10-01');
    await page.evaluate(() => window.explorerSetDate!('1922-11-10'));
    await expect.poll(() => occupation.locator('.administered-by').textContent()).toBe('Grand National Assembly (Ankara) / Republic of Turkey');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the legend names the Ottoman Empire in the war and the Istanbul government once two governments contested Anatolia (issue 26)', async () => {
    // The war layer holds Ottoman ground in 1916; Sevres, in 1921, claims Ottoman ground.
    const { page, errors } = await openApp(browser, `${appUrl}#date=1916-06-01&layers=control-1914-1918,sevres-1920&map=5/39/33`);
    const ottoman = page.locator('.legend-powers li', { has: page.locator('abbr.code', { hasText: /^OTT$/ }) }).locator('.legend-name');
    await expect.poll(() => ottoman.textContent()).toBe('Ottoman Empire OTT');
    await page.evaluate(() => window.explorerSetDate!('1921-06-01'));
    await expect.poll(() => ottoman.textContent()).toBe('Ottoman Empire (Istanbul government) OTT');
    await waitForMap(page);
    await screenshot(page, 'legend-ottoman-istanbul-1921-06-01');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an excerpt card moves the slider and the map to what it describes, and says where the record differs', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1921-03-16&layers=moscow-1921&map=4/39/35`);
    const card = page.locator('.excerpt', { has: page.locator('.discrepancy') }).first();
    await card.waitFor();
    const id = await card.getAttribute('data-excerpt-id');
    const excerpt = await page.evaluate(async (excerptId) => {
      const json = await (await fetch('geodata/excerpts.json')).json();
      return json.excerpts.find((e: { id: string }) => e.id === excerptId);
    }, id);
    // The card names its date nearest the day shown: the one that made it relevant now.
    const near = (excerpt.dates as string[]).reduce((a, b) => (Math.abs(Date.parse(b) - Date.parse('1921-03-16')) < Math.abs(Date.parse(a) - Date.parse('1921-03-16')) ? b : a));
    expect(near.length).toBe(10);
    const flown = await nextMoveEnd(page);
    await card.getByRole('button').click();
    await flown();
    expect(await settledAddress(page)).toContain(`date=${near}`);
    const center = await page.evaluate(() => (window.explorerMap as MapHandle).getCenter());
    expect(center.lng).toBeCloseTo(excerpt.camera.center[0], 0);
    expect(center.lat).toBeCloseTo(excerpt.camera.center[1], 0);
    expect(errors).toEqual([]);
    await screenshot(page, 'excerpt-clicked');
    await page.close();
  });

  it('excerpt buttons name the date that made each card relevant, and citations give author, year, title and section (review finding 13)', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1920-08-10`);
    const cards = page.locator('.excerpt');
    await cards.first().waitFor();
    const dates = await page.evaluate(async () => {
      const json = (await (await fetch('geodata/excerpts.json')).json()) as { excerpts: { id: string; dates: string[] }[] };
      return Object.fromEntries(json.excerpts.map((e) => [e.id, e.dates]));
    });
    const day = Date.parse('1920-08-10');
    const first = (text: string) => Date.parse(text.length === 4 ? `${text}-01-01` : text.length === 7 ? `${text}-01` : text);
    /** A partial date as the app says it in English: "10 August 1920", "March 1917", "1919". */
    const said = (text: string) =>
      text.length === 4 ? text : new Date(first(text)).toLocaleDateString('en-GB', { ...(text.length === 10 ? { day: 'numeric' } : {}), month: 'long', year: 'numeric', timeZone: 'UTC' } as Intl.DateTimeFormatOptions);
    for (const card of await cards.all()) {
      const own = dates[(await card.getAttribute('data-excerpt-id'))!]!;
      const nearest = own.reduce((a, b) => (Math.abs(first(b) - day) < Math.abs(first(a) - day) ? b : a));
      // Before the fix every button named the card's first date: the top card said "Show 16 May 1916 on the map".
      expect(await card.getByRole('button').textContent()).toBe(`Show ${said(nearest)} on the map`);
    }
    expect(await cards.first().getByRole('button').textContent()).toBe('Show 10 August 1920 on the map');
    const citations = await page.locator('.excerpt .citation').allTextContents();
    expect(citations.length).toBeGreaterThan(0);
    for (const citation of citations) expect(citation).toMatch(/^(Xoshgedem \(n\.d\.\), “Anti-Western policy|Korkmaz \(2018\), “Mustafa Kemal and Turkey)/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says where each treaty stood on the day, so that Sevres, drawn to 1923, never reads as in force', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1921-11-01`);
    const meta = (title: RegExp) => page.locator('.layer-row', { has: page.locator('.layer-title', { hasText: title }) }).locator('.layer-meta').textContent();
    // Signed and never in force (review finding 24): the dates alone read as a treaty in force.
    expect(await meta(/^Treaty of Sèvres/)).toMatch(/; signed 10 August 1920, never in force$/);
    expect(await meta(/^Treaty of Kars/)).toMatch(/; signed 13 October 1921$/);
    await page.goto(`${appUrl}?later=1#date=1923-01-01`);
    await waitForMap(page);
    expect(await meta(/^Treaty of Sèvres/)).toMatch(/; signed 10 August 1920, never in force$/);
    expect(await meta(/^Treaty of Kars/)).toMatch(/; in force 11 September 1922$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [width, height] of [[1280, 800], [390, 844], [1920, 1080]] as const) {
    it(`labels the places the story turns on at the opening view, ${width}x${height} (review finding 11)`, async () => {
      const { page, errors } = await openApp(browser, appUrl, { width, height });
      const labelled = await page.evaluate(() => (window.explorerMap as { queryRenderedFeatures(o: unknown): { properties: { id: string } }[] }).queryRenderedFeatures({ layers: ['places:key-label', 'places:label'] }).map((f) => f.properties.id));
      // Before: Smyrna had no label at any size, while Ineboli and Kastamuni had; on a phone neither Angora, Kars, Batum nor Trebizond.
      expect(['izmir', 'ankara', 'kars', 'batumi', 'trabzon', 'istanbul', 'edirne', 'mosul'].filter((id) => !labelled.includes(id))).toEqual([]);
      await screenshot(page, `labels-${width}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('answers a click in the sea beside a coastal place for the place (review finding 11: Batum)', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1921-11-01`);
    const batumi: [number, number] = [41.63404, 41.63771];
    const point = await page.evaluate((at) => (window.explorerMap as MapHandle).project(at), batumi);
    // Five pixels west and four north of the dot: the Black Sea at this scale, nearer Batum than Sarp.
    await page.locator('.map canvas').click({ position: { x: point.x - 5, y: point.y - 4 } });
    expect(await settledAddress(page)).toContain('at=41.6377/41.6340');
    await expect.poll(() => page.locator('.timeline-list li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('can be operated by keyboard alone: every layer switch, pin and button is reachable', async () => {
    const { page } = await openApp(browser, `${appUrl}#date=1921-11-01&layers=`);
    const reached = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.tagName}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}` : '';
      });
      reached.add(label);
    }
    expect([...reached].some((l) => l.startsWith('INPUT:Date'))).toBe(true);
    expect([...reached].some((l) => l.startsWith('BUTTON:Pin Treaty of Kars'))).toBe(true);
    await page.getByRole('checkbox', { name: 'Treaty of Kars, 13 October 1921' }).focus();
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: 'Treaty of Kars, 13 October 1921' }).isChecked()).toBe(true);
    await page.close();
  });

  it('looks right at desktop and phone width', async () => {
    const desktop = await openApp(browser, `${appUrl}#date=1921-11-01&map=5.2/40.5/40`);
    await screenshot(desktop.page, 'desktop-1921-11-01');
    await desktop.page.close();
    const phone = await openApp(browser, `${appUrl}#date=1921-11-01&map=5/40.5/40`, { width: 390, height: 844 });
    await screenshot(phone.page, 'phone-1921-11-01');
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // At phone width the layers and tools wait in a drawer, opened from the map and closed with Escape.
    const layerSwitch = phone.page.getByRole('checkbox', { name: 'Treaty of Kars, 13 October 1921' });
    expect(await layerSwitch.isVisible()).toBe(false);
    await phone.page.getByRole('button', { name: 'Layers and tools' }).click();
    await layerSwitch.waitFor({ state: 'visible' });
    expect(await phone.page.getByRole('button', { name: 'Layers and tools' }).getAttribute('aria-expanded')).toBe('true');
    // The drawer slides in (a CSS transition): the picture is taken once it has come to rest.
    await phone.page.waitForFunction(() => document.getAnimations().length === 0, undefined, { polling: 'raf', timeout: 20_000 });
    await screenshot(phone.page, 'phone-drawer-open');
    await layerSwitch.focus();
    await phone.page.keyboard.press('Escape');
    await layerSwitch.waitFor({ state: 'hidden' });
    expect(phone.errors).toEqual([]);
    await phone.page.close();
  });

  it('has large type for a projector: bigger text in the panels and on the map, kept for the next visit', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1920-08-10&map=5.2/39.2/33.5`, { width: 1920, height: 1080 });
    const sizes = () =>
      page.evaluate(() => ({
        root: parseFloat(getComputedStyle(document.documentElement).fontSize),
        date: parseFloat(getComputedStyle(document.querySelector('.current-date')!).fontSize),
        label: JSON.stringify((window.explorerMap as { getLayoutProperty(l: string, p: string): unknown }).getLayoutProperty('places:label', 'text-size')),
        map: (window.explorerMap as { getCanvas(): HTMLCanvasElement }).getCanvas().clientWidth,
      }));
    const before = await sizes();
    const toggle = page.getByRole('button', { name: 'Large type' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await waitForMap(page);
    const after = await sizes();
    expect(after.root / before.root).toBeCloseTo(1.3, 2);
    expect(after.date / before.date).toBeCloseTo(1.3, 2);
    const [zoom4, zoom8] = (JSON.parse(after.label) as number[]).slice(3).filter((_, i) => i % 2 === 1);
    expect([zoom4, zoom8].map((v) => Math.round(v! * 10) / 10)).toEqual([13, 16.9]);
    expect(after.map).toBeGreaterThan(900);
    await screenshot(page, 'projector-large-type');
    await page.reload();
    await waitForMap(page);
    expect(await page.getByRole('button', { name: 'Large type' }).getAttribute('aria-pressed')).toBe('true');
    expect((await sizes()).root).toBeCloseTo(after.root, 1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('what was here when, and finding a place', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('finds Smyrna, izmir and Adrianople by any name and opens their timeline', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1920-08-10`);
    const search = page.getByLabel('Find a place');
    for (const [query, label] of [['Smyrna', 'Smyrna / Izmir'], ['izmir', 'Smyrna / Izmir'], ['Adrianople', 'Adrianople / Edirne']] as const) {
      await search.fill(query);
      await expect(page.getByRole('listbox').getByRole('option').first().textContent()).resolves.toBe(label);
    }
    await search.fill('Smyrna');
    const flown = await nextMoveEnd(page);
    await search.press('Enter');
    await page.locator('.timeline-list li').first().waitFor();
    const periods = await page.locator('.timeline-list li > strong').allTextContents();
    expect(periods.length).toBeGreaterThan(3);
    await flown();
    const center = await page.evaluate(() => (window.explorerMap as MapHandle).getCenter());
    expect(center.lng).toBeCloseTo(27.14, 0);
    expect(center.lat).toBeCloseTo(38.42, 0);
    await screenshot(page, 'timeline-smyrna');

    // The last bar starts latest (Lausanne, 24 July 1923): clicking it sets the slider there.
    await page.locator('.timeline-bar').last().click();
    expect(await shownDate(page)).toBe('24 July 1923');
    expect(errors).toEqual([]);
    await page.close();
  });
});
