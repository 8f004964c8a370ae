import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { nextMoveEnd, openApp, screenshot, settledAddress, shownFeatures, waitForMap } from './app_page.ts';
import { CATALOGS } from '../fixtures/catalogs.ts';

const appUrl = inject('appUrl');

/** Clicks a button and returns the downloaded file's bytes and name. */
async function downloadFrom(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('teaching aids', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('exports the view as a print-resolution PNG with the map drawn, and the visible features and their bibliography', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1921-11-01&layers=kars-1921,moscow-1921&map=6/40.8/43`);
    await page.getByLabel('Paper').selectOption('a4');
    const png = await downloadFrom(page, 'Map as PNG');
    expect(png.name).toBe('ottoman-partition-1921-11-01-a4.png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    // A4 landscape at 150 dpi.
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([1754, 1240]);
    // The map fills most of the sheet (the paper shows only around it, under the legend and
    // between the sources), and it is drawn: the Kars claim's red among many other colours.
    const { mapShare, colours } = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(image, 0, 0);
      const data = g.getImageData(0, 0, image.width, image.height).data;
      const seen = new Set<string>();
      let paper = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] === 0xff && data[i + 1] === 0xfd && data[i + 2] === 0xf8) paper++;
        if (i % (4 * 97) === 0) seen.add(`${data[i]! >> 4},${data[i + 1]! >> 4},${data[i + 2]! >> 4}`);
      }
      return { mapShare: 1 - paper / (image.width * image.height), colours: seen.size };
    }, png.bytes.toString('base64'));
    expect(mapShare).toBeGreaterThan(0.55);
    expect(colours).toBeGreaterThan(20);
    await page.getByLabel('Paper').selectOption('letter');
    const letter = await downloadFrom(page, 'Map as PNG');
    expect(letter.name).toBe('ottoman-partition-1921-11-01-letter.png');
    expect([letter.bytes.readUInt32BE(16), letter.bytes.readUInt32BE(20)]).toEqual([1650, 1275]);
    await keepForInspection(png.bytes);

    const geojson = JSON.parse((await downloadFrom(page, 'Visible features (GeoJSON)')).bytes.toString('utf8'));
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.map((f: { properties: { id: string } }) => f.properties.id)).toContain('kars-1921-tur-kars-artvin');
    expect(geojson.features.every((f: { properties: { layer: string; sources: unknown[] } }) => f.properties.layer === 'kars-1921' && f.properties.sources.length > 0)).toBe(true);

    const csl = JSON.parse((await downloadFrom(page, 'Bibliography (CSL-JSON)')).bytes.toString('utf8'));
    expect(csl.map((s: { id: string }) => s.id)).toContain('treaty-kars-1921');
    expect(csl.every((s: { id: string; type: string; title: string }) => s.id && s.type && s.title)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps working offline after a first visit', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${appUrl}#date=1921-11-01&layers=kars-1921&map=6/40.8/43`);
    await waitForMap(page);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      return registration.active?.state;
    });
    await context.setOffline(true);
    await page.reload();
    await waitForMap(page);
    const drawn = (await shownFeatures(page, ['kars-1921:fill'])).length;
    expect(drawn).toBeGreaterThan(0);
    expect(await page.locator('.excerpt').count()).toBeGreaterThan(0);
    // Turkish was never spoken online: its catalog, a chunk of its own, comes from the worker's cache.
    await page.getByLabel('Language').selectOption('tr');
    await page.locator('#layers-heading', { hasText: CATALOGS.tr['layers.heading'] as string }).waitFor();
    await screenshot(page, 'offline-reload');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('embeds: map and slider without the rest of the chrome, the excerpts in a drawer', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}?embed=1#date=1920-08-10`);
    expect(await page.locator('.panel--left').isVisible()).toBe(false);
    expect(await page.locator('.map').isVisible()).toBe(true);
    expect(await page.getByLabel('Date', { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('.excerpt').first().isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Details and excerpts' }).click();
    await page.locator('.excerpt').first().waitFor({ state: 'visible' });
    await screenshot(page, 'embed');
    await page.getByRole('button', { name: 'Close' }).last().click();
    await page.locator('.excerpt').first().waitFor({ state: 'hidden' });
    // A click on the map asks "what was here", and the drawer the answer is in opens by itself.
    await waitForMap(page);
    const map = (await page.locator('.map').boundingBox())!;
    await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2);
    await page.locator('.timeline-list li').first().waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Keeps the last exported handout for a person to look at. */
function keepForInspection(bytes: Buffer) {
  return import('node:fs').then((fs) => {
    fs.mkdirSync('artifacts/screenshots', { recursive: true });
    fs.writeFileSync('artifacts/screenshots/handout.png', bytes);
  });
}

describe('the reference pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('define the map\'s terms and list every layer\'s sources with links, in English and Turkish', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1920-08-10`);
    await page.getByText('Glossary', { exact: true }).click();
    const glossary = page.locator('.glossary dl');
    // Every term of the kind, control and precision vocabularies, defined.
    const vocabulary = JSON.parse(readFileSync('geodata/vocabulary.json', 'utf8')) as Record<string, Record<string, unknown>>;
    expect(await glossary.locator('dt').count()).toBe(['kind', 'control', 'precision'].reduce((n, kind) => n + Object.keys(vocabulary[kind]!).length, 0));
    expect(await glossary.locator('dt', { hasText: /^schematic line$/ }).locator('xpath=following-sibling::dd[1]').textContent()).toMatch(/^A line drawn through the places a text names/);
    await page.getByText('About the sources', { exact: true }).click();
    const catalogue = (JSON.parse(readFileSync('geodata/datapackage.json', 'utf8')) as { resources: unknown[] }).resources;
    expect(await page.locator('.about-sources section').count()).toBe(catalogue.length);
    expect(await page.locator('.about-sources section', { hasText: 'Treaty of Kars' }).locator('a[href^="http"]').count()).toBeGreaterThan(0);
    await page.locator('.glossary').scrollIntoViewIfNeeded();
    await screenshot(page, 'glossary');
    const { page: turkish } = await openApp(browser, `${appUrl}#date=1920-08-10&lang=tr`);
    await turkish.getByText('Sözlük', { exact: true }).click();
    expect(await turkish.locator('.glossary dt', { hasText: /^şematik hat$/ }).count()).toBe(1);
    expect(await turkish.getByText('Kaynaklar hakkında', { exact: true }).count()).toBe(1);
    await turkish.close();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a guided tour', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('plays end to end with buttons and keys, and the URL sends a class to step 4', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1914-06-01`);
    await page.getByRole('button', { name: 'From Sèvres to Lausanne' }).or(page.getByRole('button', { name: 'From Sevres to Lausanne' })).first().click();
    const tour = page.locator('.tour');
    await tour.waitFor();
    const total = Number((await tour.locator('.tour-nav span').textContent())!.match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThanOrEqual(6);
    const titles: string[] = [];
    for (let step = 1; step <= total; step++) {
      expect(await tour.locator('.tour-nav span').textContent()).toBe(`Step ${step} of ${total}`);
      await expect.poll(() => page.evaluate(() => location.hash)).toContain(`step=${step}`);
      titles.push((await tour.locator('h2').textContent())!);
      if (step < total) await (step % 2 ? tour.getByRole('button', { name: 'Next' }).click() : page.keyboard.press('ArrowRight'));
    }
    expect(new Set(titles).size).toBe(total);
    expect(await tour.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
    await screenshot(page, 'tour-last-step');

    const link = (await page.evaluate(() => location.href)).replace(/step=\d+/, 'step=4');
    const sent = await openApp(browser, link);
    await sent.page.locator('.tour').waitFor();
    expect(await sent.page.locator('.tour-nav span').textContent()).toBe(`Step 4 of ${total}`);
    expect(await sent.page.locator('.tour h2').textContent()).toBe(titles[3]);
    await sent.page.keyboard.press('ArrowLeft');
    expect(await sent.page.locator('.tour-nav span').textContent()).toBe(`Step 3 of ${total}`);
    expect(errors).toEqual([]);
    await page.close();
    await sent.page.close();
  });

  it('shows the war on the ground at the steps that speak of it (issue 25)', async () => {
    const heldAt = async (page: Page, at: [number, number]) => (await shownFeatures(page, ['control-1914-1918:fill'], { at })).map((f) => f.properties.power);
    const promises = await openApp(browser, `${appUrl}#tour=promises-1915-1917&step=5`);
    await promises.page.locator('.tour').waitFor();
    await expect.poll(() => heldAt(promises.page, [41.28, 39.91])).toEqual(['RUS']);
    await screenshot(promises.page, 'tour-promises-1916');
    const kars = await openApp(browser, `${appUrl}#tour=kars-ardahan-batumi&step=3`);
    await kars.page.locator('.tour').waitFor();
    await expect.poll(() => heldAt(kars.page, [41.65, 41.62])).toEqual(['OTT']);
    expect(await heldAt(kars.page, [43.1, 40.6])).toEqual(['OTT']);
    await screenshot(kars.page, 'tour-kars-1918');
    expect([...promises.errors, ...kars.errors]).toEqual([]);
    await promises.page.close();
    await kars.page.close();
  });

  it('gives the reader back their date, layers and camera on leaving, and a phone\'s drawer closes for it (review finding 14)', async () => {
    const start = '#date=1921-11-01&layers=kars-1921,moscow-1921&pin=moscow-1921&map=6.00/40.800/43.000';
    const { page, errors } = await openApp(browser, `${appUrl}${start}`, { width: 390, height: 844 });
    // The pinned layer is part of the link, read and written back.
    expect(await settledAddress(page)).toBe(`${start}&lang=en`);
    await page.getByRole('button', { name: 'Layers and tools' }).click();
    const drawer = page.locator('#panel-left');
    await expect.poll(() => drawer.getAttribute('class')).toContain('panel--open');
    await page.getByRole('button', { name: 'From Sèvres to Lausanne' }).or(page.getByRole('button', { name: 'From Sevres to Lausanne' })).first().click();
    await page.locator('.tour').waitFor();
    expect(await drawer.getAttribute('class')).not.toContain('panel--open');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('tour=');
    // Before the fix, leaving kept the tour's last layers (3 of the 18 the reader had) and its date.
    const back = await nextMoveEnd(page);
    await page.locator('.tour-close').click();
    await back();
    expect(await settledAddress(page)).toBe(`${start}&lang=en`);
    expect(await page.locator('.current-date').textContent()).toBe('1 November 1921');
    // Compare, started from the drawer, closes it too.
    await page.getByRole('button', { name: 'Layers and tools' }).click();
    await expect.poll(() => drawer.getAttribute('class')).toContain('panel--open');
    await page.getByRole('button', { name: 'Compare two treaties' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('compare=');
    expect(await drawer.getAttribute('class')).not.toContain('panel--open');
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [width, height] of [[1280, 800], [390, 844]] as const) {
    it(`keeps the step's place clear of the card and Previous and Next in view, ${width}x${height} (review finding 7)`, async () => {
      const { page, errors } = await openApp(browser, `${appUrl}#tour=sevres-to-lausanne&step=7`, { width, height });
      const card = page.locator('.tour');
      await card.waitFor();
      const moved = await nextMoveEnd(page);
      await card.getByRole('button', { name: 'Next' }).click();
      await moved();
      expect(await card.locator('h2').textContent()).toMatch(/^8\. The Great Offensive reaches Smyrna/);
      const smyrna = await page.evaluate(() => (window.explorerMap as { project(p: [number, number]): { x: number; y: number } }).project([27.14, 38.42]));
      const map = (await page.locator('.map').boundingBox())!;
      const box = (await card.boundingBox())!;
      const at = { x: map.x + smyrna.x, y: map.y + smyrna.y };
      // Smyrna is on the map, and not under the card (before: the card covered it at 1280x800).
      expect(at.x).toBeGreaterThan(map.x);
      expect(at.x).toBeLessThan(map.x + map.width);
      expect(at.y).toBeGreaterThan(map.y);
      expect(at.y).toBeLessThan(map.y + map.height);
      expect(at.x > box.x + box.width || at.y < box.y).toBe(true);
      // The step buttons are inside the card's box and the window at every step, however long the step.
      for (let step = 8; step >= 1; step--) {
        const nav = (await card.locator('.tour-nav').boundingBox())!;
        expect(nav.y + nav.height).toBeLessThanOrEqual(Math.min(box.y + box.height, height) + 1);
        if (step > 1) await card.getByRole('button', { name: 'Previous' }).click();
      }
      await screenshot(page, `tour-step-${width}`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
