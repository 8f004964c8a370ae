import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags that work on these machines: no sandbox as root, no calls home, software WebGL. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  // Chromium 156 opens two pages of its own for every new window (the address bar's popup and
  // its AI-mode variant, chrome://omnibox-popup.top-chrome): a renderer each, which took 470 ms
  // of CPU in a Chrome trace of one load, on the same two cores as the page under test.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

/** Where Chromium is: CHROMIUM_PATH, or Debian's package. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * Launches Debian's Chromium headless through playwright-core (which never downloads a browser
 * of its own). Fails with the install command when Chromium is missing: browser tests must
 * never be skipped silently.
 *
 * @param extraFlags - more command-line switches, e.g. to turn WebGL off
 */
export async function launchChromium(extraFlags: string[] = []): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}. Install Debian's package with ` +
        '"apt-get update && apt-get install -y chromium" (as root), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_FLAGS, ...extraFlags] });
}
