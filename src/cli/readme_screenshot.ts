import type { Browser } from 'playwright-core';
import { loadCold } from './map_timings.ts';

/** The README's view: the day Sevres was signed, its lines over the ground held, Smyrna selected. */
export const README_VIEW = '#date=1920-08-10&at=38.4200/27.1400&lang=en';

/**
 * Takes the README's screenshot of a served app, once the map has loaded and drawn what the
 * selection added, and writes it to `path`.
 */
export async function readmeScreenshot(browser: Browser, appUrl: string, path: string): Promise<void> {
  const { context, page } = await loadCold(browser, new URL(README_VIEW, appUrl).href, { width: 1280, height: 800 });
  try {
    await page.waitForFunction(() => document.querySelector('.details article.detail') !== null, undefined, { timeout: 60_000 });
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.explorerMap as { loaded(): boolean; once(e: string, f: () => void): void; triggerRepaint(): void };
          map.once('idle', () => resolve());
          map.triggerRepaint();
        }),
    );
    await page.screenshot({ path });
  } finally {
    await context.close();
  }
}
