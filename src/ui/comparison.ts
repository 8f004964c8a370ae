import type { LayerFeature } from '../data/contract.ts';
import type { Day } from '../data/dates.ts';
import type { Geodata } from '../data/load_geodata.ts';

/** How two layers are compared: a swipe divider, side by side, or the ground that changed hands. */
export type CompareMode = 'swipe' | 'split' | 'overlay';

/** A side of a comparison that is no one layer: the ground held that day, from every layer of the group `control`. */
export const HELD_GROUND = 'held';

/**
 * Two layers compared: each whole (a treaty's every zone), or as it stood on a day (the ground
 * held on 1 January 1920 against 1 January 1923, or Sevres against the ground held in 1920).
 */
export interface Comparison {
  a: string;
  b: string;
  mode: CompareMode;
  /** The day each side is shown on, or null for the whole layer (never for {@link HELD_GROUND}). */
  on: [Day | null, Day | null];
}

/**
 * What a side of a comparison draws and measures: one layer, whole or as it stood on its day, or
 * for {@link HELD_GROUND} every layer of the group `control` on its day (the Istanbul government's
 * ground is one layer, the occupations another).
 */
export function sideLayers(geodata: Geodata, layer: string, day: Day | null): { id: string; features: LayerFeature[] }[] {
  const ids = layer === HELD_GROUND ? geodata.catalog.layers.filter((l) => l.group === 'control').map((l) => l.id) : [layer];
  return ids.map((id) => ({ id, features: geodata.layers.get(id)!.at(day ?? 0, day === null).features }));
}
