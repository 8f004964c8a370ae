import { UNCLAIMED_CONTROLS, type AreaFeatureProperties, type Power } from './contract.ts';
import type { Day } from './dates.ts';
import type { FeatureIndex } from './feature_index.ts';

/** One party's paper claims at a place on a day: every claim feature in its favour, with the layer it stands in. */
export interface PartyClaims {
  power: Power;
  claims: { layer: string; properties: AreaFeatureProperties }[];
}

/** Who claimed a place on a day, and who held it. */
export interface ClaimsAt {
  /** One entry per party (power), in the order of their first claim in the catalogue. */
  parties: PartyClaims[];
  held: { layer: string; properties: AreaFeatureProperties }[];
}

/**
 * Every claim in force at a point on a day, grouped by the party it favours, beside the ground
 * held there: "who wanted this place, when, and who had it". Every layer of kind `claim` counts,
 * whether drawn or not (treaties, agreements, the National Pact, the Conference's memoranda); a
 * party with two papers for the same place (Sevres and the Tripartite Agreement) counts once.
 */
export function claimsAt(index: FeatureIndex, lon: number, lat: number, day: Day): ClaimsAt {
  const parties = new Map<Power, PartyClaims>();
  for (const f of index.query(lon, lat, { day, kind: 'claim' }).filter(isClaimed)) {
    const party = parties.get(f.properties.power) ?? parties.set(f.properties.power, { power: f.properties.power, claims: [] }).get(f.properties.power)!;
    party.claims.push({ layer: f.layer, properties: f.properties });
  }
  const held = index.query(lon, lat, { day, kind: 'control' }).map((f) => ({ layer: f.layer, properties: f.properties }));
  return { parties: [...parties.values()], held };
}

/** Whether a feature claims its ground: land a party names but leaves to its inhabitants' vote (the National Pact's Arab provinces) it does not. */
export function isClaimed(f: { properties: Pick<AreaFeatureProperties, 'kind' | 'control'> }): boolean {
  return f.properties.kind === 'claim' && !UNCLAIMED_CONTROLS.includes(f.properties.control);
}

/**
 * How claimed ground is painted (claimed_ground.ts): one colour at this opacity per party, so n
 * parties show at 1 - (1 - opacity)^n, which the key repeats exactly.
 */
export const CLAIMED_GROUND_PAINT = { color: '#4a1486', opacity: 0.28 } as const;

/** The opacity at which n overlapping parties' paint shows. */
export function partiesOpacity(parties: number): number {
  return 1 - (1 - CLAIMED_GROUND_PAINT.opacity) ** parties;
}
