import { extname } from 'node:path';

/**
 * Types that a server's own table gets wrong or lacks: `.mjs` must be JavaScript, or the browser
 * refuses MapLibre's module worker; the layers' `.topojson` must be JSON, or it is neither
 * compressed nor typed.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.topojson': 'application/json',
  '.pbf': 'application/x-protobuf',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.map': 'application/json',
};

/** The Content-Type the app's files are served with, by extension; undefined for any other. */
export function contentType(path: string): string | undefined {
  return TYPES[extname(path)];
}
