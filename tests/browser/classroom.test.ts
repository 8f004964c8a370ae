import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { MAP_SETTLED } from '../../src/cli/map_timings.ts';
import { openApp, SCREENSHOT_DIR, waitForMap } from './app_page.ts';

const appUrl = inject('appUrl');

/** Screenshots of the findings of issue 29, for a person to look at. */
const SHOTS = SCREENSHOT_DIR;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FIRST_DAY = Date.UTC(1914, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(1923, 11, 31) / 86_400_000;

/** The first day an English date of the timeline names ("1919", "May 1919", "15 May 1919"; open ends as the slider's ends). */
function dayOfEnglish(text: string): number {
  if (text === 'before 1914') return FIRST_DAY;
  if (text === 'after 1923') return LAST_DAY;
  const match = /^(?:(\d{1,2}) )?(?:([A-Z][a-z]+) )?(\d{4})$/.exec(text);
  if (!match) throw new Error(`not a date: "${text}"`);
  return Date.UTC(Number(match[3]), match[2] ? MONTHS.indexOf(match[2]) : 0, match[1] ? Number(match[1]) : 1) / 86_400_000;
}

describe('issue 29, broken in a classroom', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('review finding 1: the place timeline, its list and its bars\' labels give each period its whole interval', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1921-10-14`);
    const search = page.getByLabel('Find a place');
    let before = '';
    for (const place of ['Kars', 'Smyrna', 'Angora', 'Constantinople']) {
      await search.fill(place);
      await search.press('Enter');
      await page.waitForFunction((before) => (document.querySelector('.timeline')?.textContent ?? '') !== before && document.querySelector('.timeline-bar'), before, { polling: 'raf' });
      const shown = await page.evaluate(() => ({
        text: document.querySelector('.timeline')!.textContent!,
        width: (document.querySelector('.timeline-chart') as SVGSVGElement).viewBox.baseVal.width,
        bars: [...document.querySelectorAll('.timeline-bar')].map((bar) => ({
          start: Number(bar.getAttribute('x')),
          end: Number(bar.getAttribute('x')) + Number(bar.getAttribute('width')),
          label: bar.getAttribute('aria-label')!,
          title: bar.querySelector('title')!.textContent!,
        })),
        listed: [...document.querySelectorAll('.timeline-list li > strong')].map((s) => s.textContent!),
      }));
      before = shown.text;
      if (place === 'Kars') await page.locator('.timeline-list').scrollIntoViewIfNeeded();
      if (place === 'Kars') await page.screenshot({ path: `${SHOTS}/timeline-kars-1280x800.png` });
      const x = (day: number) => ((Math.min(LAST_DAY, Math.max(FIRST_DAY, day)) - FIRST_DAY) / (LAST_DAY - FIRST_DAY)) * shown.width;
      expect(shown.listed.length, place).toBe(shown.bars.length);
      shown.bars.forEach((bar, i) => {
        const dates = shown.listed[i]!;
        const [from, to] = dates.split(' - ').map(dayOfEnglish) as [number, number];
        // The list's dates, the bar's label and its tooltip all say the interval the bar draws.
        expect(bar.label, `${place}: bar ${i}`).toContain(dates);
        expect(bar.title, `${place}: bar ${i}`).toContain(dates);
        expect(Math.abs(x(from) - bar.start), `${place}: "${dates}" starts where its bar starts`).toBeLessThan(0.5);
        // A bar is at least 2 units wide, so that a day's period can still be seen and clicked.
        expect(Math.abs(Math.max(x(to), x(from) + 2) - bar.end), `${place}: "${dates}" ends where its bar ends`).toBeLessThan(0.5);
      });
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  /** The slider's box, the value shown, and the boxes of its year labels, once the date shown is the slider's. */
  const sliderGeometry = (page: Page) =>
    page.evaluate(() => {
      const range = document.querySelector<HTMLInputElement>('#date-range')!;
      const box = range.getBoundingClientRect();
      const years = [...document.querySelectorAll('.years span')].filter((s) => s.checkVisibility()).map((s) => s.getBoundingClientRect());
      return { left: box.left, width: box.width, value: Number(range.value), date: document.querySelector('.current-date')!.textContent!, years: years.map((r) => [r.left, r.right]) };
    });

  it('review finding 3: the slider stays under the pointer while dragged, and its year labels never overlap (en, tr, ru, large type)', async () => {
    const { page, errors } = await openApp(browser, `${appUrl}#date=1914-05-09`);
    // A steady drag to the right, from a short date ("9 May 1914") across long ones ("30 September 1914").
    const start = await sliderGeometry(page);
    const y = await page.locator('#date-range').evaluate((el) => el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2);
    const thumb = start.left + ((start.value - FIRST_DAY) / (LAST_DAY - FIRST_DAY)) * start.width;
    await page.mouse.move(thumb, y);
    await page.mouse.down();
    const seen: { value: number; left: number; width: number }[] = [];
    for (let step = 1; step <= 24; step++) {
      await page.mouse.move(thumb + step * 6, y);
      // The app has drawn the day the slider holds: the large date is that day's.
      await page.waitForFunction(() => {
        const value = Number(document.querySelector<HTMLInputElement>('#date-range')!.value);
        return document.querySelector('.current-date')!.textContent === new Date(value * 86_400_000).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      }, undefined, { polling: 'raf' });
      const now = await sliderGeometry(page);
      seen.push({ value: now.value, left: now.left, width: now.width });
    }
    await page.mouse.up();
    expect(new Set(seen.map((s) => `${s.left},${s.width}`)), 'the slider never moved or changed width').toEqual(new Set([`${start.left},${start.width}`]));
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.value, `step ${i + 1} of a rightward drag`).toBeGreaterThanOrEqual(seen[i - 1]!.value);
    await page.close();

    // Year labels: at every size, in every language and in large type, with the longest dates.
    for (const viewport of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }, { width: 390, height: 844 }]) {
      for (const lang of ['en', 'tr', 'ru']) {
        const opened = await openApp(browser, `${appUrl}#date=1921-09-30&lang=${lang}`, viewport);
        for (const large of [false, true]) {
          if (large) {
            await opened.page.locator('.large-type').evaluate((button: HTMLButtonElement) => button.click());
            await waitForMap(opened.page);
          }
          const widths = new Set<string>();
          for (const date of ['1921-09-30', '1914-05-09', '1922-11-11']) {
            await opened.page.evaluate((date) => window.explorerSetDate!(date), date);
            await opened.page.waitForFunction((day) => Number(document.querySelector<HTMLInputElement>('#date-range')!.value) === day, Date.parse(date) / 86_400_000, { polling: 'raf' });
            const geometry = await sliderGeometry(opened.page);
            widths.add(`${geometry.left},${geometry.width}`);
            const where = `${viewport.width}x${viewport.height}, ${lang}${large ? ', large type' : ''}, ${geometry.date}`;
            expect(geometry.years.length, where).toBeGreaterThanOrEqual(5);
            for (let i = 1; i < geometry.years.length; i++) expect(geometry.years[i]![0], `${where}: year label ${i + 1} clear of the one before`).toBeGreaterThan(geometry.years[i - 1]![1] + 2);
          }
          expect(widths.size, `${viewport.width}x${viewport.height}, ${lang}${large ? ', large type' : ''}: one slider geometry for every date`).toBe(1);
          if (lang === 'ru' && large) await opened.page.screenshot({ path: `${SHOTS}/slider-ru-large-${viewport.width}x${viewport.height}.png` });
        }
        expect(opened.errors).toEqual([]);
        await opened.page.close();
      }
    }
    expect(errors).toEqual([]);
  });

  it('review finding 4: print puts the title, the date, the whole map and its legend on page 1, the citations after, and nothing interactive', async () => {
    const papers = [
      { name: 'A4 landscape', width: 297, height: 210 },
      { name: 'A4 portrait', width: 210, height: 297 },
      { name: 'Letter landscape', width: 279.4, height: 215.9 },
      { name: 'Letter portrait', width: 215.9, height: 279.4 },
    ];
    const { page, errors } = await openApp(browser, `${appUrl}#date=1920-08-10&layers=sevres-1920,occupations-1918-1923&map=5/39.5/33`);
    for (const paper of papers) {
      const pdf = await page.pdf({ width: `${paper.width}mm`, height: `${paper.height}mm`, printBackground: true });
      expect(pdf.subarray(0, 5).toString(), paper.name).toBe('%PDF-');
      // What the PDF holds of the map: the drawing made for the print, of the printed box's shape
      // (4:3) and at twice the screen's resolution, not the screen's canvas stretched to fit.
      const images = [...pdf.toString('latin1').matchAll(/\/Subtype \/Image\s*\/Width (\d+)\s*\/Height (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
      expect(images.some(([width, height]) => Math.abs(width / height - 4 / 3) < 0.01 && width >= 1000), `${paper.name}: images ${JSON.stringify(images)}`).toBe(true);
      // Page 1 as Chromium lays it out: print media and a viewport of the page's printable area
      // (10 mm margins), after the app has been told a print is coming.
      const mm = 96 / 25.4;
      const area = { width: Math.floor((paper.width - 20) * mm), height: Math.floor((paper.height - 20) * mm) };
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      await page.setViewportSize(area);
      await page.emulateMedia({ media: 'print' });
      const boxes = await page.evaluate(() => {
        const box = (selector: string) => {
          const element = document.querySelector(selector);
          if (!element || !element.checkVisibility()) return null;
          const r = element.getBoundingClientRect();
          return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right, width: r.width, height: r.height };
        };
        const canvas = document.querySelector<HTMLCanvasElement>('.map-pane canvas:not(.maplibregl-canvas)');
        return {
          title: box('h1'),
          date: box('.current-date'),
          map: canvas && canvas.checkVisibility() ? box('.map-pane canvas:not(.maplibregl-canvas)') : box('.maplibregl-canvas'),
          legend: box('.legend'),
          citations: box('.print-citations'),
          bitmapAspect: canvas ? canvas.width / canvas.height : null,
          interactive: [...document.querySelectorAll('button, input, select, .import, [role="search"]')].filter((e) => e.checkVisibility()).map((e) => e.outerHTML.slice(0, 80)),
        };
      });
      const where = `${paper.name} (${area.width} x ${area.height} px)`;
      for (const part of ['title', 'date', 'map', 'legend'] as const) {
        expect(boxes[part], `${where}: the ${part} prints`).not.toBeNull();
        expect(boxes[part]!.bottom, `${where}: the ${part} is on page 1`).toBeLessThanOrEqual(area.height);
        expect(boxes[part]!.right, `${where}: the ${part} is within the page`).toBeLessThanOrEqual(area.width + 1);
      }
      expect(boxes.title!.bottom, `${where}: the title comes before the map`).toBeLessThanOrEqual(boxes.map!.top);
      expect(boxes.date!.bottom, `${where}: the date comes before the map`).toBeLessThanOrEqual(boxes.map!.top);
      // The map is the page's main part, and drawn at its printed shape (not stretched).
      expect(boxes.map!.width * boxes.map!.height, `${where}: the map's share of page 1`).toBeGreaterThan(0.4 * area.width * area.height);
      expect(boxes.bitmapAspect! / (boxes.map!.width / boxes.map!.height), `${where}: the map's drawing has the printed box's shape`).toBeCloseTo(1, 1);
      expect(boxes.citations, `${where}: the citations print`).not.toBeNull();
      expect(boxes.citations!.top, `${where}: the citations follow the map`).toBeGreaterThanOrEqual(boxes.map!.bottom);
      expect(boxes.interactive, `${where}: nothing interactive prints`).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/print-${paper.name.toLowerCase().replace(' ', '-')}-page1.png` });
      await page.emulateMedia({ media: null });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.evaluate(() => dispatchEvent(new Event('afterprint')));
      writeFileSync(`${SHOTS}/print-${paper.name.toLowerCase().replace(' ', '-')}.pdf`, pdf);
    }
    await waitForMap(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('review finding 5: embedded with the README\'s snippet or in any frame from 320 x 240, the map takes the space, the date and slider stay, the panels are a drawer', async () => {
    const frames = [
      { name: 'readme-100%x600', host: { width: 1280, height: 800 }, attributes: 'width="100%" height="600"' },
      { name: '900x600', host: { width: 1280, height: 800 }, attributes: 'width="900" height="600"' },
      { name: '320x240', host: { width: 390, height: 844 }, attributes: 'width="320" height="240"' },
    ];
    for (const frame of frames) {
      const html = `<!doctype html><title>Course</title><h1>A lesson</h1><iframe src="${appUrl}?embed=1#date=1920-08-10&layers=sevres-1920" ${frame.attributes} style="border:0" title="Map"></iframe>`;
      const course: Server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html));
      await new Promise<void>((resolve) => course.listen(0, '127.0.0.1', resolve));
      const page = await browser.newPage({ viewport: frame.host });
      try {
        await page.goto(`http://127.0.0.1:${(course.address() as { port: number }).port}/`);
        const app = (await (await page.waitForSelector('iframe')).contentFrame()) as Frame;
        await app.waitForFunction((settled) => document.querySelector(settled), MAP_SETTLED, { polling: 'raf', timeout: 90_000 });
        const inside = (selector: string) =>
          app.evaluate((selector) => {
            const element = document.querySelector(selector);
            if (!element || !element.checkVisibility({ visibilityProperty: true })) return null;
            const r = element.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height, inFrame: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5 };
          }, selector);
        const size = await app.evaluate(() => ({ width: innerWidth, height: innerHeight, scrolls: document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth }));
        const map = await inside('.maplibregl-canvas');
        const where = `${frame.name} (${size.width} x ${size.height})`;
        expect(map?.inFrame, `${where}: the map is in the frame`).toBe(true);
        expect(map!.height / size.height, `${where}: the map's share of the frame's height`).toBeGreaterThan(0.5);
        expect(map!.width / size.width, `${where}: the map's share of the frame's width`).toBeGreaterThan(0.95);
        expect((await inside('.current-date'))?.inFrame, `${where}: the date shows`).toBe(true);
        expect((await inside('#date-range'))?.inFrame, `${where}: the slider shows`).toBe(true);
        expect(size.scrolls, `${where}: nothing to scroll`).toBe(false);
        // The panels wait in a drawer, opened from a button on the map.
        expect(await inside('.excerpt'), `${where}: the excerpts wait in the drawer`).toBeNull();
        const open = app.getByRole('button', { name: 'Details and excerpts' });
        await open.click();
        await app.locator('.excerpt').first().waitFor({ state: 'visible' });
        // The drawer slides in (a CSS transition): the picture is taken once it has come to rest.
        await app.waitForFunction(() => document.getAnimations().length === 0, undefined, { polling: 'raf' });
        await page.screenshot({ path: `${SHOTS}/embed-${frame.name}-drawer.png` });
        await app.getByRole('button', { name: 'Close' }).click();
        await app.locator('.excerpt').first().waitFor({ state: 'hidden' });
        await page.screenshot({ path: `${SHOTS}/embed-${frame.name}.png` });
      } finally {
        await page.close();
        course.close();
      }
    }
  });
});
