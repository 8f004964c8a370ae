/**
 * The explorer's Content Security Policy, sent by the server and written into index.html.
 * Everything comes from the page's own origin; MapLibre's worker is a module file of ours
 * (no blob: and no eval); images may be data: or blob: URLs (the map canvas, exports).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
