import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Writes sw.js into the build: the service worker of service_worker.js with every file of the
 * build (app, basemap, geodata) to cache, and a version that changes whenever any file does.
 * Runs last, so that the data files other plugins emit are in the list.
 */
export function serviceWorker(): Plugin {
  return {
    name: 'explorer-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle).sort();
      const hash = createHash('sha256');
      for (const name of files) {
        const item = bundle[name]!;
        hash.update(name).update(item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : Buffer.from(item.source));
      }
      const source = readFileSync(new URL('./service_worker.js', import.meta.url), 'utf8')
        .replace("'__VERSION__'", JSON.stringify(`explorer-${hash.digest('hex').slice(0, 16)}`))
        .replace('__FILES__', JSON.stringify(['./', ...files.map((f) => `./${f}`)]));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
