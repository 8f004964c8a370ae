import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { readmeScreenshot } from '../../src/cli/readme_screenshot.ts';
import { MAP_SETTLED } from '../../src/cli/map_timings.ts';
import { SCREENSHOT_DIR } from './app_page.ts';

const appUrl = inject('appUrl');
const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

describe('what the README shows', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchChromium()));
  afterAll(async () => browser?.close());

  it('a screenshot of the app as it is (npm run screenshot writes docs/screenshot.png the same way): the map loaded, a selection with its details, at 1280 x 800', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const path = `${SCREENSHOT_DIR}/readme.png`;
    await readmeScreenshot(browser, appUrl, path);
    const png = readFileSync(path);
    // A PNG's IHDR chunk holds its width and height at bytes 16-23.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
    expect(png.length).toBeGreaterThan(100_000);
  });

  it('an embed snippet that, pasted into a course page, shows the map on its day with its layer', async () => {
    const snippet = /```html\n(<iframe[\s\S]*?<\/iframe>)\n```/.exec(README)?.[1];
    expect(snippet, 'the README has an iframe snippet').toBeDefined();
    // The snippet names the reader's own server: point it at the app under test.
    const html = snippet!.replace(/https:\/\/your\.server\/explorer\//, appUrl);
    expect(html).not.toBe(snippet);
    const course: Server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><title>Course</title><h1>A lesson</h1>${html}`));
    await new Promise<void>((resolve) => course.listen(0, '127.0.0.1', resolve));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(`http://127.0.0.1:${(course.address() as { port: number }).port}/`);
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      await frame!.waitForFunction((settled) => document.querySelector(settled), MAP_SETTLED, { polling: 'raf', timeout: 90_000 });
      const shown = await frame!.evaluate(() => {
        const canvas = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
        const map = window.explorerMap as { queryRenderedFeatures(): { source: string }[] };
        return {
          status: document.querySelector('[data-map-status]')!.getAttribute('data-map-status'),
          share: (canvas.width * canvas.height) / (innerWidth * innerHeight),
          sources: [...new Set(map.queryRenderedFeatures().map((f) => f.source))].filter((s) => !['places', 'ne-50m', 'ne-10m'].includes(s)),
          text: document.body.innerText,
        };
      });
      expect(shown.status).toBe('ready');
      // The map is the page's main part, not a strip above the panels.
      expect(shown.share).toBeGreaterThan(0.5);
      expect(shown.sources).toEqual(['sevres-1920']);
      expect(shown.text).toContain('10 August 1920');
    } finally {
      await page.close();
      course.close();
    }
  });
});
