import { POWERS, UNCLAIMED_CONTROLS, type Power } from '../data/contract.ts';
import type { AppState } from './app_state.ts';
import { drawnFeatures } from './drawn_features.ts';
import { meetsBox } from '../data/meets_box.ts';

/** The legend's style keys, in their order: solid, hatched and dotted, then the three line styles. */
export type LegendKey = 'control' | 'claim' | 'unclaimed' | 'surveyed' | 'described' | 'schematic';

export interface LegendEntries {
  /** Each power drawn, with whether it is drawn as ground held (solid), as a claim (hatched) and as ground shown but claimed by nobody (dotted). */
  powers: { power: Power; held: boolean; claimed: boolean; unclaimed: boolean }[];
  keys: LegendKey[];
}

/**
 * What the legend lists, on screen and on a handout: the ways the map draws the features in its
 * view on the current date, or, until the map has settled once (and without one), what is in force then.
 */
export function legendEntries(state: AppState): LegendEntries | null {
  const geodata = state.geodata.value;
  if (!geodata) return null;
  const box = state.viewBounds.value;
  const styles = [...drawnFeatures(state).entries()]
    .filter(([id]) => geodata.layers.has(id))
    .flatMap(([, s]) => s.features.filter((f) => !box || meetsBox(f.geometry, box)))
    .map(({ properties: p }) => ({ power: p.power, kind: p.kind, control: 'control' in p ? p.control : undefined, precision: p.precision }));
  const has = (test: (s: (typeof styles)[number]) => boolean) => styles.some(test);
  const unclaimed = (s: (typeof styles)[number]) => s.kind === 'claim' && s.control !== undefined && UNCLAIMED_CONTROLS.includes(s.control);
  // An event's precision is how well its dot is placed, not a line's: the line keys are for the rest.
  const keys: [LegendKey, boolean][] = [
    ['control', has((s) => s.kind === 'control')],
    ['claim', has((s) => s.kind === 'claim' && !unclaimed(s))],
    ['unclaimed', has(unclaimed)],
    ['surveyed', has((s) => s.kind !== 'event' && s.precision === 'surveyed')],
    ['described', has((s) => s.kind !== 'event' && s.precision === 'described')],
    ['schematic', has((s) => s.kind !== 'event' && s.precision === 'schematic')],
  ];
  return {
    powers: POWERS.filter((p) => has((s) => s.power === p)).map((power) => ({
      power,
      held: has((s) => s.power === power && s.kind === 'control'),
      claimed: has((s) => s.power === power && s.kind === 'claim' && !unclaimed(s)),
      unclaimed: has((s) => s.power === power && unclaimed(s)),
    })),
    keys: keys.filter(([, shown]) => shown).map(([key]) => key),
  };
}
