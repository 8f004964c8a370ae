import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { claimedGround } from '../../src/data/claimed_ground.ts';
import { claimsAt } from '../../src/data/claims_at.ts';
import { dayOf } from '../../src/data/dates.ts';
import { PLACES, realIndex } from './geodata_helpers.ts';

const day = (text: string) => dayOf(text)!;
const parties = (place: keyof typeof PLACES, date: string) => claimsAt(realIndex(), PLACES[place][0], PLACES[place][1], day(date)).parties;

describe('claims on a day: who claimed a place, on what authority, and who held it', () => {
  it('Smyrna on the day of Sevres: Ottoman sovereignty and Greek administration by the treaty, the National Pact for Ankara, Greek troops on the ground', () => {
    const answer = claimsAt(realIndex(), PLACES.izmir[0], PLACES.izmir[1], day('1920-08-10'));
    expect(answer.parties.map((p) => p.power).sort()).toEqual(['GRC', 'OTT', 'TUR']);
    expect(answer.parties.flatMap((p) => p.claims.map((c) => `${c.layer} ${c.properties.power} ${c.properties.control}`)).sort()).toEqual(['national-pact-1920 TUR sovereignty', 'sevres-1920 GRC administration', 'sevres-1920 OTT sovereignty']);
    expect(answer.held.map((h) => `${h.properties.power} ${h.properties.control}`)).toEqual(['GRC occupation']);
    // The day before, Greece's own claim and Italy's demand at the Peace Conference still stood beside the Pact; Sevres replaced them.
    expect(parties('izmir', '1920-08-09').map((p) => `${p.power} ${p.claims.map((c) => c.layer).join()}`).sort()).toEqual(['GRC peace-conference-claims-1919', 'ITA peace-conference-claims-1919', 'TUR national-pact-1920']);
  });

  it('counts a party once however many papers favour it: Aleppo in November 1921, French by Sevres and by the Ankara Agreement', () => {
    const [france, ...others] = parties('aleppo', '1921-11-01');
    expect(others).toEqual([]);
    expect(france!.power).toBe('FRA');
    expect(france!.claims.map((c) => c.layer).sort()).toEqual(['ankara-1921', 'sevres-1920']);
  });

  it('draws on the map exactly the parties a click lists, on a grid of points and a day of each year', () => {
    const index = realIndex();
    for (const date of ['1915-06-01', '1916-06-01', '1917-06-01', '1918-06-01', '1920-08-10', '1921-03-20', '1921-11-01', '1923-08-01']) {
      const ground = claimedGround(index, day(date));
      expect(new Set(ground.map((g) => g.properties.power)).size, `${date}: one feature per party`).toBe(ground.length);
      // Offsets that fall on no vertex of the data, so that no point sits on a border.
      for (let lon = 24.137; lon < 50; lon += 1.1) {
        for (let lat = 30.113; lat < 44; lat += 0.79) {
          const drawn = ground.filter((g) => booleanPointInPolygon([lon, lat], g)).map((g) => g.properties.power).sort();
          expect(drawn, `${date} at ${lon.toFixed(3)}, ${lat.toFixed(3)}`).toEqual(claimsAt(index, lon, lat, day(date)).parties.map((p) => p.power).sort());
        }
      }
    }
  });
});
