import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { readmeScreenshot } from '../../src/cli/readme_screenshot.ts';
import { SCREENSHOT_DIR } from './app_page.ts';

describe("the README's screenshot (npm run screenshot writes docs/screenshot.png the same way)", () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchChromium()));
  afterAll(async () => browser?.close());

  it('is taken of the app as it is: the map loaded, a selection with its details, at 1280 x 800', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const path = `${SCREENSHOT_DIR}/readme.png`;
    await readmeScreenshot(browser, inject('appUrl'), path);
    const png = readFileSync(path);
    // A PNG's IHDR chunk holds its width and height at bytes 16-23.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
    expect(png.length).toBeGreaterThan(100_000);
  });
});
