import { describe, expect, it } from 'vitest';
import { REGION, inRegion } from '../../src/data/region.ts';

describe('the region', () => {
  it('holds the story from the Adriatic to the Caspian and from the Crimea to Mesopotamia', () => {
    for (const [lon, lat] of [[28.98, 41.01], [49.87, 40.41], [47.78, 30.51], [12.5, 41.9], [34.1, 44.9]] as const) expect(inRegion(lon, lat)).toBe(true);
  });
  it('excludes what lies beyond, and includes its own edges', () => {
    expect(inRegion(2.21, 48.82)).toBe(false); // Sevres, where the treaty was signed
    expect(inRegion(37.62, 55.76)).toBe(false); // Moscow
    expect(inRegion(REGION[0], REGION[1])).toBe(true);
  });
});
