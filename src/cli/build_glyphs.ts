/**
 * Writes the map's label glyphs as signed distance fields, 256 codepoints to a file, in the PBF
 * format MapLibre reads from a style's `glyphs` URL: `npm run build-glyphs` (then commit
 * src/map/glyphs/). Without them MapLibre draws every glyph of every label in the browser
 * (TinySDF, on the page's main thread, while the map waits): about 110 ms of each cold load
 * in a software renderer. The glyphs are drawn here the same way, by the same TinySDF in the
 * same Chromium, from the Noto Sans files the app ships, at the 24 px size glyph PBFs have.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from './chromium.ts';
import { LABEL_FONT, GLYPH_SUBSETS } from '../map/fonts.ts';

const OUT_DIR = 'src/map/glyphs';
/** TinySDF's defaults, which are the sizes of PBF glyphs: 24 px, a 3 px border, an 8 px radius. */
const SDF = { fontSize: 24, buffer: 3, radius: 8, cutoff: 0.25 };
/** Where a glyph's top is measured from in a PBF: MapLibre's own single-size TinySDF glyphs used the same. */
const TOP_ADJUSTMENT = 27;

interface DrawnGlyph {
  id: number;
  data: number[];
  glyphWidth: number;
  glyphHeight: number;
  glyphTop: number;
  glyphLeft: number;
  glyphAdvance: number;
}

const require = createRequire(import.meta.url);
const fontFile = (subset: string) => readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-400-normal.woff2`)).toString('base64');
const unicode = JSON.parse(readFileSync(require.resolve('@fontsource/noto-sans/unicode.json'), 'utf8')) as Record<string, string>;
const tinySdf = readFileSync(require.resolve('@mapbox/tiny-sdf'), 'utf8').replace('export default class TinySDF', 'window.TinySDF = class TinySDF');

/** The codepoints a unicode-range (`U+0000-00FF,U+0131,...`) names. */
function codepoints(range: string): number[] {
  return range.split(',').flatMap((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-').map((h) => parseInt(h, 16)) as [number, number | undefined];
    return Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i);
  });
}

/** Protocol buffer fields, as glyphs.proto has them (fontstacks > fontstack > glyph). */
const varint = (n: number): number[] => {
  const out: number[] = [];
  for (; n > 127; n = Math.floor(n / 128)) out.push((n % 128) | 128);
  return [...out, n];
};
const field = (tag: number, wire: number) => varint(tag * 8 + wire);
const uint = (tag: number, n: number) => [...field(tag, 0), ...varint(n)];
const sint = (tag: number, n: number) => uint(tag, n < 0 ? -2 * n - 1 : 2 * n);
const bytes = (tag: number, b: number[] | Buffer) => [...field(tag, 2), ...varint(b.length), ...b];

function encodeRange(name: string, range: string, glyphs: DrawnGlyph[]): Buffer {
  const encoded = glyphs.map((g) =>
    bytes(3, [
      ...uint(1, g.id),
      ...bytes(2, g.data),
      ...uint(3, g.glyphWidth),
      ...uint(4, g.glyphHeight),
      ...sint(5, g.glyphLeft),
      ...sint(6, g.glyphTop - TOP_ADJUSTMENT),
      ...uint(7, Math.round(g.glyphAdvance)),
    ]),
  );
  return Buffer.from(bytes(1, [...bytes(1, Buffer.from(name)), ...bytes(2, Buffer.from(range)), ...encoded.flat()]));
}

/**
 * Letters, combining marks, Greek, Cyrillic and punctuation (below U+2200), but not the
 * phonetic extensions (U+1D00-1DFF): 600 KB of files in all. A label's codepoint outside them
 * is drawn in the browser, as MapLibre does for any range it cannot load.
 */
const inFiles = (c: number) => c > 0 && c < 0x2200 && !(c >= 0x1d00 && c < 0x1e00);
const wanted = [...new Set(GLYPH_SUBSETS.flatMap((s) => codepoints(unicode[s]!)))].filter(inFiles).sort((a, b) => a - b);
const browser = await launchChromium();
const page = await browser.newPage();
await page.addScriptTag({ content: tinySdf });
const drawn = await page.evaluate(
  async ({ fonts, sdf, wanted }) => {
    for (const { data, range } of fonts) {
      const face = new FontFace('Glyph Source', Uint8Array.from(atob(data), (c) => c.charCodeAt(0)), { unicodeRange: range });
      document.fonts.add(await face.load());
    }
    const TinySDF = (window as unknown as { TinySDF: new (o: object) => { draw(c: string): Omit<DrawnGlyph, 'id' | 'data'> & { data: Uint8ClampedArray } } }).TinySDF;
    const drawer = new TinySDF({ ...sdf, fontFamily: "'Glyph Source'" });
    return wanted.map((id) => {
      const g = drawer.draw(String.fromCodePoint(id));
      return { ...g, id, data: [...g.data] };
    });
  },
  { fonts: GLYPH_SUBSETS.map((s) => ({ data: fontFile(s), range: unicode[s]! })), sdf: SDF, wanted },
);
await browser.close();

rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(OUT_DIR, { recursive: true });
const ranges = new Map<number, DrawnGlyph[]>();
for (const g of drawn) (ranges.get(g.id >> 8) ?? ranges.set(g.id >> 8, []).get(g.id >> 8)!).push(g);
for (const [range, glyphs] of ranges) {
  const name = `${range * 256}-${range * 256 + 255}`;
  writeFileSync(`${OUT_DIR}/${name}.pbf`, encodeRange(LABEL_FONT, name, glyphs));
}
console.log(`${drawn.length} glyphs in ${ranges.size} ranges -> ${OUT_DIR}`);
