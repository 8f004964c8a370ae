import type { Plugin } from 'vite';
import { contentType } from './content_type.ts';

/** Longer request targets are refused: the app's longest URL is a permalink of a few hundred characters. */
const MAX_URL_LENGTH = 2048;

/** Vite names every file in assets/ by its content's hash, so a browser may keep it for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Why a request is refused, as an HTTP status and a line of text, or null to serve it. */
export function refusal(method: string | undefined, url: string | undefined): { status: number; text: string } | null {
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, text: 'Only GET and HEAD are served.' };
  if (!url || !url.startsWith('/')) return { status: 400, text: 'The request target must be a path.' };
  if (url.length > MAX_URL_LENGTH) return { status: 414, text: `The URL is longer than ${MAX_URL_LENGTH} characters.` };
  let path: string;
  try {
    path = decodeURIComponent(url.split(/[?#]/)[0]!);
  } catch {
    return { status: 400, text: 'The URL is not well-formed percent-encoding.' };
  }
  if (/(^|[/\\])\.\.([/\\]|$)/.test(path) || path.includes('\0')) return { status: 400, text: 'The path may not leave the app folder.' };
  return null;
}

/**
 * A Vite plugin for the server of the built app (`vite preview`, which `npm start`, the tests and
 * the bench use): it refuses what a static app never needs (methods but GET and HEAD, malformed or
 * escaping paths, huge URLs) before Vite's own handlers see it, and types and caches the app's files.
 */
export function requestGuard(): Plugin {
  return {
    name: 'explorer-request-guard',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const refused = refusal(req.method, req.url);
        if (refused) {
          res.writeHead(refused.status, { 'Content-Type': 'text/plain; charset=utf-8', ...(refused.status === 405 ? { Allow: 'GET, HEAD' } : {}) });
          res.end(`${refused.text}\n`);
          return;
        }
        // A folder's index.html is served by the file server, as every other file, so that it is
        // typed here like them (Vite's own HTML handler would send it without its charset).
        if (/^[^?#]*\/([?#]|$)/.test(req.url!)) req.url = req.url!.replace(/\/([?#]|$)/, '/index.html$1');
        const path = req.url!.split(/[?#]/)[0]!;
        const type = contentType(path);
        if (type) res.setHeader('Content-Type', type);
        if (path.startsWith('/assets/')) res.setHeader('Cache-Control', IMMUTABLE);
        next();
      });
    },
  };
}
