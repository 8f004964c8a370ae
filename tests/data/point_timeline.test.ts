import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/data/dates.ts';
import { pointTimeline } from '../../src/data/point_timeline.ts';
import { PLACES, realIndex, type Place } from './geodata_helpers.ts';

const timeline = (place: Place) => pointTimeline(realIndex(), PLACES[place][0], PLACES[place][1]).map((e) => `${Number.isFinite(e.interval.start) ? formatDay(e.interval.start) : '...'} ${e.layer} ${e.properties.power} ${e.properties.control}`);
const order = (entries: string[], expected: string[]) => {
  const positions = expected.map((needle) => entries.findIndex((e) => e.includes(needle)));
  expect(positions.every((p) => p >= 0), `${expected.join(' | ')}\nin\n${entries.join('\n')}`).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
};

describe('what was here when', () => {
  it('Smyrna: Ottoman; Italian claim (1917); Greek occupation from 15 May 1919; Greek administration under Sevres (1920); Turkish from 9 September 1922; Turkish under Lausanne (1923)', () => {
    const entries = timeline('izmir');
    order(entries, ['borders-1914 OTT', 'st-jean-de-maurienne-1917 ITA', '1919-05-15 occupations-1918-1923 GRC occupation', 'sevres-1920 GRC administration', '1922-09-09 control-1918-1923 TUR', 'lausanne-1923 TUR']);
    // The Greek front's stages are one period at Smyrna, from the landing to the day the Turkish army entered.
    const greek = pointTimeline(realIndex(), ...([27.14, 38.42] as const)).filter((e) => e.layer === 'occupations-1918-1923');
    expect(greek).toHaveLength(1);
    expect(formatDay(greek[0]!.interval.end)).toBe('1922-09-09');
    // The dates a reader sees are the whole period's, not its first stage's (review finding 1, issue 29).
    expect([greek[0]!.start_date, greek[0]!.end_date]).toEqual(['1919-05-15', '1922-09-09']);
  });
  it('Kars: Russian; Brest-Litovsk plebiscite; Batum 1918 Ottoman; Alexandropol, Moscow and Kars Turkish', () => {
    order(timeline('kars'), ['borders-1914 RUS', 'brest-litovsk-1918 OTT plebiscite', 'batum-1918 OTT', 'occupations-1918-1923 ARM', 'alexandropol-1920 TUR', 'moscow-1921 TUR', 'kars-1921 TUR']);
  });
  it('Batumi: Russian; Brest-Litovsk; Batum 1918 Ottoman; Georgian under Moscow and Kars', () => {
    order(timeline('batumi'), ['borders-1914 RUS', 'brest-litovsk-1918 OTT', 'batum-1918 OTT', 'occupations-1918-1923 GBR', 'moscow-1921 GEO', 'kars-1921 GEO']);
  });
});
