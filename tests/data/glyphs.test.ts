import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/data/contract.ts';
import { parseGazetteer, placeLabel } from '../../src/data/gazetteer.ts';
import { buildBasemap } from '../../src/cli/basemap.ts';
import { readSnapshot } from '../../src/cli/geodata_files.ts';
import { LABEL_FONT } from '../../src/map/fonts.ts';
import { GEODATA_DIR } from './geodata_helpers.ts';

const GLYPHS_DIR = fileURLToPath(new URL('../../src/map/glyphs', import.meta.url));

/** Reads a protocol buffer's fields (varint and length-delimited ones, all glyphs.proto has). */
function fields(buf: Buffer): [number, number | Buffer][] {
  const out: [number, number | Buffer][] = [];
  let at = 0;
  const varint = () => {
    let n = 0;
    for (let shift = 1; ; shift *= 128) {
      const byte = buf[at++]!;
      n += (byte & 127) * shift;
      if (byte < 128) return n;
    }
  };
  while (at < buf.length) {
    const key = varint();
    if (key % 8 === 0) out.push([key >> 3, varint()]);
    else {
      const length = varint();
      out.push([key >> 3, buf.subarray(at, at + length)]);
      at += length;
    }
  }
  return out;
}

/** Each file's font stack, range and glyphs (id, bitmap size and glyph size). */
const files = readdirSync(GLYPHS_DIR).map((name) => {
  const [[, stack]] = fields(readFileSync(join(GLYPHS_DIR, name))) as [[number, Buffer]];
  const parts = fields(stack);
  const text = (tag: number) => (parts.find(([t]) => t === tag)![1] as Buffer).toString();
  const glyphs = parts.filter(([t]) => t === 3).map(([, g]) => Object.fromEntries(fields(g as Buffer)) as Record<number, number | Buffer>);
  return { name, stack: text(1), range: text(2), glyphs };
});
const shipped = new Set(files.flatMap((f) => f.glyphs.map((g) => g[1] as number)));

describe('the glyphs shipped for the map labels (src/map/glyphs, npm run build-glyphs)', () => {
  it('are glyph PBFs of the labels font stack, one 256-codepoint range per file, each bitmap the glyph and its 3 px border', () => {
    expect(files.length).toBeGreaterThan(3);
    for (const { name, stack, range, glyphs } of files) {
      expect(stack).toBe(LABEL_FONT);
      expect(`${range}.pbf`).toBe(name);
      const [from, to] = range.split('-').map(Number) as [number, number];
      expect([from % 256, to - from]).toEqual([0, 255]);
      for (const g of glyphs) {
        expect(g[1]).toBeGreaterThanOrEqual(from);
        expect(g[1]).toBeLessThanOrEqual(to);
        expect((g[2] as Buffer).length, `U+${(g[1] as number).toString(16)}`).toBe(((g[3] as number) + 6) * ((g[4] as number) + 6));
      }
    }
  });

  it('hold every character of every label the map draws: places in every language, the basemap, the layers', () => {
    const places = parseGazetteer(JSON.parse(readFileSync(join(GEODATA_DIR, 'gazetteer.json'), 'utf8')));
    const labels = [
      ...places.flatMap((p) => LANGUAGES.map((lang) => placeLabel(p, lang))),
      ...(['50m', '10m'] as const).flatMap((scale) => buildBasemap(scale).features.flatMap((f) => Object.entries(f.properties ?? {}).filter(([k]) => k.startsWith('label:')).map(([, v]) => String(v)))),
      ...Object.values(readSnapshot(GEODATA_DIR).layers).flatMap((layer) => (layer as { features: { properties: { name?: string } }[] }).features.map((f) => f.properties.name ?? '')),
    ];
    expect(labels.length).toBeGreaterThan(300);
    const missing = [...new Set(labels.join('').replace(/\s/g, ''))].filter((c) => !shipped.has(c.codePointAt(0)!));
    expect(missing).toEqual([]);
  });
});
