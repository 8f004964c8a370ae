import type { Power } from './contract.ts';
import { dayOf, type Day } from './dates.ts';

/**
 * The day the Sivas Congress's Representative Committee broke with the Sultan's government
 * (11 September 1919): from then two governments contested Anatolia, so the Ottoman power is
 * named after its Istanbul government; before it, in the war and after the armistice, it was
 * simply the Ottoman Empire.
 */
export const TWO_GOVERNMENTS_FROM: Day = dayOf('1919-09-11')!;

/**
 * Each power's map colour: the style hint datapackage.json carries, so that every client of
 * the data (the app, a GIS, a handout) colours a power the same way. Up to 15 powers are on the
 * map at once (Sevres day), so each has a hue family of its own (a hue, or a lightness that names
 * another colour: brown beside orange, pink beside red), Inter-Allied alone neutral; the colours
 * were searched for the largest CIEDE2000 distances between powers on the map together in normal
 * vision and under simulated deuteranopia, protanopia and tritanopia, and stay dark enough for
 * a claim's stripes to show against their white edges in grey. tests/data/palette.test.ts holds
 * them to that. Claims add a hatch, so colour never carries meaning alone. The powers' names, in
 * every language, are in geodata/vocabulary.json.
 */
export const POWER_COLORS: Record<Power, string> = {
  OTT: '#177537', // green
  TUR: '#d82d32', // red
  RUS: '#484824', // dark olive (on the map with the war's fronts and Soviet Russia's first years: searched against both)
  SOV: '#924f90', // plum
  GBR: '#e93eab', // pink
  FRA: '#1061c7', // blue
  ITA: '#905203', // brown
  GRC: '#1d91b1', // sky blue
  ARM: '#d77141', // terracotta orange
  GEO: '#8b6cef', // violet
  AZE: '#1b827d', // teal
  BGR: '#83945f', // sage
  PER: '#d68d0f', // amber
  INT: '#84796e', // warm grey
  KUR: '#c4bb12', // yellow
  HEJ: '#8d2b4d', // maroon
  LOC: '#b8a0b8', // greyed mauve: a local council, no state (searched against every other power in the four visions)
};
