import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.ts';
import { startPreviewServer } from './preview_server.ts';
import { readmeScreenshot } from './readme_screenshot.ts';

// `npm run screenshot` (after a build): remakes the README's picture from the app as it is.
const root = fileURLToPath(new URL('../..', import.meta.url));
const server = await startPreviewServer(`${root}dist`, 0);
const browser = await launchChromium();
try {
  await readmeScreenshot(browser, server.url, `${root}docs/screenshot.png`);
  console.log('Wrote docs/screenshot.png');
} finally {
  await browser.close();
  await server.close();
}
