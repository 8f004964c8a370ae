import type { Power } from './contract.ts';

/**
 * Each power's map colour: the style hint datapackage.json carries, so that every client of
 * the data (the app, a GIS, a handout) colours a power the same way. Colours are told apart by
 * hue and lightness, and claims add a hatch, so colour never carries meaning alone. The powers'
 * names, in every language, are in geodata/vocabulary.json.
 */
export const POWER_COLORS: Record<Power, string> = {
  OTT: '#2e7d32',
  TUR: '#c62828',
  RUS: '#5d4037',
  SOV: '#ad1457',
  GBR: '#e57373',
  FRA: '#1e5aa8',
  ITA: '#558b2f',
  GRC: '#0288d1',
  ARM: '#ef6c00',
  GEO: '#8e24aa',
  AZE: '#00897b',
  BGR: '#6d8b3a',
  PER: '#9e9d24',
  INT: '#795548',
  KUR: '#f9a825',
  HEJ: '#a1887f',
};
