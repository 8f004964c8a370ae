import type { Power } from './contract.ts';

/**
 * Each power's name and map colour: the style hint datapackage.json carries, so that every
 * client of the data (the app, a GIS, a handout) colours a power the same way. Colours are
 * told apart by hue and lightness, and claims add a hatch, so colour never carries meaning alone.
 */
export const POWER_STYLE: Record<Power, { name: string; color: string }> = {
  OTT: { name: 'Ottoman Empire (Istanbul government)', color: '#2e7d32' },
  TUR: { name: 'Grand National Assembly (Ankara) / Republic of Turkey', color: '#c62828' },
  RUS: { name: 'Russian Empire', color: '#5d4037' },
  SOV: { name: 'Soviet Russia / USSR', color: '#ad1457' },
  GBR: { name: 'British Empire', color: '#e57373' },
  FRA: { name: 'France', color: '#1e5aa8' },
  ITA: { name: 'Italy', color: '#558b2f' },
  GRC: { name: 'Greece', color: '#0288d1' },
  ARM: { name: 'Armenia', color: '#ef6c00' },
  GEO: { name: 'Georgia', color: '#8e24aa' },
  AZE: { name: 'Azerbaijan', color: '#00897b' },
  BGR: { name: 'Bulgaria', color: '#6d8b3a' },
  PER: { name: 'Persia', color: '#9e9d24' },
  INT: { name: 'Inter-Allied / international', color: '#795548' },
  KUR: { name: 'Kurdish autonomous area (Sevres)', color: '#f9a825' },
  HEJ: { name: 'Hejaz', color: '#a1887f' },
};
