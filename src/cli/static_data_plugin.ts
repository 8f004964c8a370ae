import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { buildBasemap } from './basemap.ts';
import { encodeLayer } from './encode_layer.ts';
import { contentType } from './content_type.ts';
import { topologyPath } from '../data/decode_layer.ts';
import { LABEL_FONT } from '../map/fonts.ts';

type Producer = () => string | Buffer;

/**
 * Vite plugin that puts the app's data beside it, at the same URLs in the dev server and in
 * the build: `basemap/ne-50m.json` and `basemap/ne-10m.json` converted from Natural Earth at
 * build time, every file of `geodata/` (layers, catalogue, sources, excerpts) as it is, and
 * beside each layer its TopoJSON (`<layer>.topojson`), which is what the explorer downloads,
 * and the labels' glyphs at `glyphs/<font stack>/<range>.pbf` (src/map/fonts.ts).
 */
export function staticData(geodataDir: string, glyphsDir: string): Plugin {
  const files = new Map<string, Producer>();
  for (const path of listFiles(glyphsDir)) files.set(`glyphs/${LABEL_FONT}/${relative(glyphsDir, path)}`, () => readFileSync(path));
  for (const scale of ['50m', '10m'] as const) files.set(`basemap/ne-${scale}.json`, () => JSON.stringify(buildBasemap(scale)));
  for (const path of listFiles(geodataDir)) {
    const name = `geodata/${relative(geodataDir, path).split('\\').join('/')}`;
    files.set(name, () => readFileSync(path));
    if (/^geodata\/[^/]+\.geojson$/.test(name)) files.set(topologyPath(name), () => JSON.stringify(encodeLayer(JSON.parse(readFileSync(path, 'utf8')))));
  }
  const cache = new Map<string, string | Buffer>();
  const produce = (name: string): string | Buffer => {
    let body = cache.get(name);
    if (body === undefined) cache.set(name, (body = files.get(name)!()));
    return body;
  };
  return {
    name: 'explorer-static-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
        if (!files.has(name)) return next();
        res.setHeader('Content-Type', contentType(name) ?? 'application/octet-stream');
        res.end(produce(name));
      });
    },
    generateBundle() {
      for (const name of files.keys()) this.emitFile({ type: 'asset', fileName: name, source: produce(name) });
    },
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}
