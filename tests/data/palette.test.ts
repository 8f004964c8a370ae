import { describe, expect, it } from 'vitest';
import type { LayerCollection } from '../../src/data/contract.ts';
import { featureInterval, formatDay, isActiveOn, type Day } from '../../src/data/dates.ts';
import { POWER_COLORS } from '../../src/data/powers.ts';
import { readSnapshot } from '../../src/cli/geodata_files.ts';
import { BASEMAP_COLORS } from '../../src/map/basemap_style.ts';
import { HELD_FILL_OPACITY } from '../../src/map/layer_styles.ts';
import { deltaE2000, labOf, lch, over, rgbOf, simulate, VISIONS, type Rgb, type Vision } from './colour_vision.ts';
import { GEODATA_DIR } from './geodata_helpers.ts';

/**
 * Thresholds, in CIEDE2000 units unless said. About 2 is the smallest difference seen side by
 * side; colours told apart at a glance, on small areas seen apart, want many times that. Each was
 * set a little under what the palette reaches (in brackets): the most a palette of 15 powers on
 * the map at once could be brought to under all four visions together (src/data/powers.ts).
 */
const THRESHOLDS = {
  /** Two powers' colours as outlines, stripes and swatches draw them, in normal vision (15.6). */
  normal: 15,
  /** The same under a dichromat's simulated vision, where only two colour axes are left (6.1). */
  deficient: 6,
  /** Two powers' held fills, translucent over the land, in normal vision (8.0). */
  fills: 7.5,
  /** A held fill against the land and the sea around it, so held ground never reads as either (10.2). */
  fillAgainstGround: 9,
  /** A claim's stripes against another power's held fill beneath them, in every vision (8.7). */
  stripeOverFill: 8,
  /**
   * Two colours share a hue family when their CIELCh hues are closer than this (degrees) and their
   * lightness (L*) closer than `sameFamilyLightness`: a lightness apart names another colour
   * (brown and orange, pink and red). The review's greens (15 and 7 degrees apart), browns, and
   * Ankara's and Britain's reds (11 degrees, 19 L* apart) all fall within.
   */
  sameFamilyDegrees: 15,
  sameFamilyLightness: 20,
  /** Below this chroma a colour counts as a neutral grey; one power at most may be one. */
  neutralChroma: 10,
  /** In grey (L*): a stripe against its white edge, so the hatch shows in a greyscale print (25.6). */
  stripeLightness: 25,
  /** In grey (L*): the hatch (stripe or edge) against the held fill beneath it (21.2). */
  hatchOverFill: 15,
};

/** Years sampled: the secret treaties, the armistice and occupation, Sevres, Kars and Moscow, the war's end, Lausanne. */
const SAMPLED_YEARS = [1915, 1916, 1918, 1920, 1921, 1922, 1923];

const LAND = rgbOf(BASEMAP_COLORS.land);
const SEA = rgbOf(BASEMAP_COLORS.sea);
const WHITE: Rgb = [255, 255, 255];
const snapshot = readSnapshot(GEODATA_DIR);
const features = Object.values(snapshot.layers as Record<string, LayerCollection>).flatMap((layer) => layer.features);
const intervals = features.map((f) => featureInterval(f.properties.start_date, f.properties.end_date));
const drawnColors = (snapshot.datapackage as { style: { power_colors: Record<string, string> } }).style.power_colors;

/** Every day on which a feature comes or goes, in the sampled years. */
const days: Day[] = [...new Set(intervals.flatMap((i) => [i.start, i.end]).filter((d) => Number.isFinite(d) && SAMPLED_YEARS.includes(Number(formatDay(d).slice(0, 4)))))].sort((a, b) => a - b);

/** The powers on the map on a day (every layer shown), those holding ground and those claiming it. */
function powersOn(day: Day): { all: string[]; held: string[]; claimed: string[] } {
  const active = features.filter((_, i) => isActiveOn(intervals[i]!, day));
  const of = (test: (f: (typeof active)[number]) => boolean) => [...new Set(active.filter(test).map((f) => f.properties.power as string))].sort();
  return { all: of(() => true), held: of((f) => f.properties.kind === 'control' && f.geometry.type.endsWith('Polygon')), claimed: of((f) => f.properties.kind === 'claim') };
}

const color = (power: string): Rgb => rgbOf(drawnColors[power]!);
const fill = (power: string): Rgb => over(color(power), HELD_FILL_OPACITY, LAND);
const seen = (rgb: Rgb, vision: Vision) => labOf(simulate(rgb, vision));
const pairs = <T,>(items: T[]) => items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as const));

/** Each failing comparison once, whatever the number of days it fails on, with its worst value. */
function failures(check: (day: Day) => [string, number][], threshold: number): string[] {
  const worst = new Map<string, number>();
  for (const day of days) for (const [what, value] of check(day)) if (value < threshold) worst.set(what, Math.min(value, worst.get(what) ?? Infinity));
  return [...worst].map(([what, value]) => `${what}: ${value.toFixed(1)}`);
}

describe('the powers\' colours on the map, on every day of change in the sampled years', () => {
  it('samples enough days, with many powers on the map at once', () => {
    expect(days.length).toBeGreaterThan(60);
    expect(Math.max(...days.map((d) => powersOn(d).all.length))).toBeGreaterThanOrEqual(15);
  });

  it('are the colours of the palette in the source, as the data package gives them to every client', () => {
    expect(drawnColors).toEqual(POWER_COLORS);
  });

  it('no two powers on the map at once share a hue family, and at most one is a neutral grey', () => {
    const neutral = Object.keys(drawnColors).filter((p) => lch(labOf(color(p))).c < THRESHOLDS.neutralChroma);
    expect(neutral.length, `neutral: ${neutral}`).toBeLessThanOrEqual(1);
    const sameFamily = (a: string, b: string) => {
      const [ca, cb] = [lch(labOf(color(a))), lch(labOf(color(b)))];
      const degrees = Math.min(Math.abs(ca.h - cb.h), 360 - Math.abs(ca.h - cb.h));
      return degrees < THRESHOLDS.sameFamilyDegrees && Math.abs(ca.l - cb.l) < THRESHOLDS.sameFamilyLightness;
    };
    const shared = days.flatMap((day) => pairs(powersOn(day).all).filter(([a, b]) => !neutral.includes(a) && !neutral.includes(b) && sameFamily(a, b)).map(([a, b]) => `${a}-${b}`));
    expect([...new Set(shared)]).toEqual([]);
  });

  it('held ground reads as neither bare land nor sea', () => {
    const held = [...new Set(days.flatMap((day) => powersOn(day).held))];
    const against = held.flatMap((p): [string, number][] => [[`${p} on land`, deltaE2000(labOf(fill(p)), labOf(LAND))], [`${p} against the sea`, deltaE2000(labOf(fill(p)), labOf(SEA))]]);
    expect(against.filter(([, d]) => d < THRESHOLDS.fillAgainstGround).map(([what, d]) => `${what}: ${d.toFixed(1)}`)).toEqual([]);
  });

  for (const vision of VISIONS) {
    it(`every two powers on the map at once differ in ${vision} vision`, () => {
      const threshold = vision === 'normal' ? THRESHOLDS.normal : THRESHOLDS.deficient;
      expect(failures((day) => pairs(powersOn(day).all).map(([a, b]) => [`${a}-${b}`, deltaE2000(seen(color(a), vision), seen(color(b), vision))]), threshold)).toEqual([]);
    });

    it(`a claim's stripes stand apart from another power's held fill beneath them in ${vision} vision`, () => {
      expect(
        failures((day) => {
          const { held, claimed } = powersOn(day);
          return claimed.flatMap((c) => held.filter((h) => h !== c).map((h): [string, number] => [`${c} over ${h}`, deltaE2000(seen(color(c), vision), seen(fill(h), vision))]));
        }, THRESHOLDS.stripeOverFill),
      ).toEqual([]);
    });
  }

  it('every two powers holding ground at once have fills that differ in normal vision', () => {
    expect(failures((day) => pairs(powersOn(day).held).map(([a, b]) => [`${a}-${b}`, deltaE2000(labOf(fill(a)), labOf(fill(b)))]), THRESHOLDS.fills)).toEqual([]);
  });

  it('in grey, a claim\'s hatch shows against its white edge and against any held fill beneath it', () => {
    const lightness = (rgb: Rgb) => labOf(rgb)[0];
    const claims = Object.keys(drawnColors).map((p): [string, number] => [p, lightness(WHITE) - lightness(color(p))]);
    expect(claims.filter(([, contrast]) => contrast < THRESHOLDS.stripeLightness)).toEqual([]);
    expect(
      failures((day) => {
        const { held, claimed } = powersOn(day);
        return claimed.flatMap((c) => held.map((h): [string, number] => [`${c} over ${h}`, Math.max(...[color(c), WHITE].map((part) => Math.abs(lightness(part) - lightness(fill(h)))))]));
      }, THRESHOLDS.hatchOverFill),
    ).toEqual([]);
  });
});

describe('the colour science the palette is judged by', () => {
  it('gives CIEDE2000 as Sharma, Wu and Dalal\'s test pairs do', () => {
    // Pairs 1, 7, 17 and 25 of their table 1.
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
  });

  it('turns sRGB into CIELAB under D65, and leaves greys grey in every simulated vision', () => {
    const [l, a, b] = labOf([255, 0, 0]);
    expect([l, a, b].map((v) => Math.round(v * 10) / 10)).toEqual([53.2, 80.1, 67.2]);
    for (const vision of VISIONS) for (const [r, g, bl] of [simulate([128, 128, 128], vision)]) expect(Math.max(Math.abs(r - 128), Math.abs(g - 128), Math.abs(bl - 128))).toBeLessThan(2);
  });

  it('makes red and green alike for a deuteranope, and leaves them apart for a tritanope', () => {
    const apart = (vision: Vision) => deltaE2000(seen(rgbOf('#c62828'), vision), seen(rgbOf('#2e7d32'), vision));
    expect(apart('deuteranopia')).toBeLessThan(apart('normal') / 2);
    expect(apart('tritanopia')).toBeGreaterThan(apart('normal') / 2);
  });
});
