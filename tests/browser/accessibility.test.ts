import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { openApp } from './app_page.ts';

const appUrl = inject('appUrl');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const results = await page.evaluate(() => (window as unknown as { axe: { run(o?: object): Promise<{ passes: unknown[]; violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run());
  if (results.passes.length < 10) throw new Error(`axe-core checked too little (${results.passes.length} rules passed): did it run on the app?`);
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('accessibility (axe-core)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('the main view with a selection has no serious or critical violations, and the map has a text alternative', async () => {
    const { page } = await openApp(browser, `${appUrl}#date=1921-11-01&at=40.6/43.1`);
    await page.locator('.timeline-list li').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const label = await page.locator('.map').getAttribute('aria-label');
    expect(label).toContain('1 November 1921');
    expect(label).toContain('Treaty of Kars');
    await page.close();
  });

  it('the compare view has none either', async () => {
    const { page } = await openApp(browser, `${appUrl}#compare=sevres-1920,lausanne-1923,swipe`);
    await page.locator('[data-figure="turkey-a"]').waitFor({ timeout: 60_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the Soviet aid panel, open with its chart, table and entries, has none either', async () => {
    const { page } = await openApp(browser, `${appUrl}#date=1921-06-15`);
    await page.getByRole('button', { name: 'Soviet aid in figures' }).click();
    await page.locator('.aid-entries li').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows where the keyboard focus is', async () => {
    const { page } = await openApp(browser, `${appUrl}#date=1921-11-01`);
    await page.getByLabel('Find a place').focus();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });
});
