import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { openApp } from './app_page.ts';

const appUrl = new URL(inject('appUrl'));

/** Sends a request exactly as written (no normalisation of the path) and resolves its status and headers. */
function send(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: appUrl.hostname, port: appUrl.port, method, path, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the server of the built app', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchChromium()));
  afterAll(async () => browser?.close());

  it('refuses malformed, escaping and oversized requests and methods but GET and HEAD with a 4xx, then still serves the app', async () => {
    const hostile: [string, string, number][] = [
      ['GET', '/%', 400],
      ['GET', '/%E0%A4%A', 400],
      ['GET', '/../package.json', 400],
      ['GET', '/assets/../../package.json', 400],
      ['GET', '/geodata/..%2f..%2fpackage.json', 400],
      ['GET', `/${'a'.repeat(10_000)}`, 414],
      ['GET', '/no-such-file.js', 404],
      ['POST', '/', 405],
      ['PUT', '/index.html', 405],
      ['DELETE', '/index.html', 405],
      ['OPTIONS', '/', 405],
    ];
    for (const [method, path, status] of hostile) expect((await send(method, path)).status, `${method} ${path.slice(0, 40)}`).toBe(status);
    expect((await send('HEAD', '/')).status).toBe(200);
    const { page, errors } = await openApp(browser, appUrl.href);
    expect(await page.locator('[data-map-status="ready"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends MapLibre’s module worker as JavaScript, compresses text, caches hashed assets for good and sends the security headers', async () => {
    const { page, requests } = await openApp(browser, appUrl.href);
    await page.close();
    const worker = new URL(requests.find((r) => /maplibre-gl-worker-.*\.mjs$/.test(r))!).pathname;
    const sent = await send('GET', worker, { 'Accept-Encoding': 'gzip' });
    expect(sent.headers['content-type']).toBe('text/javascript');
    expect(sent.headers['content-encoding']).toBe('gzip');
    expect(sent.headers['cache-control']).toContain('immutable');
    const layer = await send('GET', '/geodata/control-1918-1923.topojson', { 'Accept-Encoding': 'gzip' });
    expect([layer.headers['content-type'], layer.headers['content-encoding'], layer.headers['cache-control']]).toEqual(['application/json', 'gzip', 'no-cache']);
    const index = await send('GET', '/');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
  });
});
