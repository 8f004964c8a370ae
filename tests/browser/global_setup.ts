import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startPreviewServer } from '../../src/cli/preview_server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

/** Serves the built app (dist/) once for every browser test file. */
export default async function setup(project: TestProject) {
  const dist = fileURLToPath(new URL('../../dist', import.meta.url));
  if (!existsSync(`${dist}/index.html`)) throw new Error('dist/ has no built app: run "npm run build" first (npm test does).');
  const server = await startPreviewServer(dist, 0);
  project.provide('appUrl', server.url);
  return () => server.close();
}
