/** The font stack name every label layer uses. */
export const LABEL_FONT = 'Noto Sans Regular';

/**
 * The Noto Sans subsets whose glyphs the map's labels are drawn from (src/map/glyphs/, made by
 * `npm run build-glyphs`): the scripts of the names of places and of the interface's languages.
 */
export const GLYPH_SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic'] as const;

/**
 * The style's `glyphs` URL: the glyphs shipped with the app, so that labels need no glyph
 * server and the browser draws none of them (a codepoint outside the files is drawn in the
 * browser, in its own sans-serif, as MapLibre does for any range it cannot load).
 */
export function glyphsUrl(baseUrl: string): string {
  // Kept out of URL(): it would escape the braces MapLibre replaces.
  return `${new URL('glyphs/', baseUrl).href}{fontstack}/{range}.pbf`;
}
