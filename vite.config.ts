import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { staticData } from './src/cli/static_data_plugin.ts';
import { CONTENT_SECURITY_POLICY } from './src/cli/content_security_policy.ts';
import { requestGuard } from './src/cli/request_guard.ts';
import { serviceWorker } from './src/cli/service_worker_plugin.ts';
import { preload } from './src/cli/preload_plugin.ts';
import { geodataFiles } from './src/data/load_geodata.ts';

/**
 * A test's time limit finds a hang, not a slow machine: the rebuild of the geodata took 28 s on
 * two quiet cores and over 60 s on busy ones. Speed is the bench's business (npm run bench).
 */
const HANG_MS = 600_000;

const geodata = fileURLToPath(new URL('./geodata', import.meta.url));

export default defineConfig({
  base: './',
  plugins: [
    preact(),
    staticData(geodata, fileURLToPath(new URL('./src/map/glyphs', import.meta.url))),
    {
      name: 'explorer-csp',
      apply: 'build',
      transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
    // The panels' text: regular and bold Latin, and the regular Cyrillic of the language menu.
    preload({
      chunk: 'src/map/map_view.ts',
      fonts: ['noto-sans-latin-400-normal', 'noto-sans-latin-700-normal', 'noto-sans-cyrillic-400-normal'],
      data: geodataFiles(JSON.parse(readFileSync(`${geodata}/datapackage.json`, 'utf8'))).map((path) => `geodata/${path}`),
    }),
    serviceWorker(),
    requestGuard(),
  ],
  // The built app as `npm start`, the tests and the bench serve it (src/cli/preview_server.ts).
  // Unknown paths are 404s, as on a static host, not the app's page.
  appType: 'mpa',
  preview: {
    host: '127.0.0.1',
    cors: false,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'], environment: 'node', testTimeout: HANG_MS, hookTimeout: HANG_MS } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global_setup.ts'],
          testTimeout: HANG_MS,
          hookTimeout: HANG_MS,
          // An `expect.poll` waits for the app's state as a locator's wait does, not 1 s (the
          // default): on two busy cores the address bar's write alone comes 250 ms after a rest.
          expect: { poll: { timeout: 20_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
