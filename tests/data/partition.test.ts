import { describe, expect, it } from 'vitest';
import { at, type Place } from './geodata_helpers.ts';

/** [place, layer, "POWER control" the place must fall in]: the treaty record the layers encode. */
const INSIDE: [Place, string, string][] = [
  ['istanbul', 'constantinople-agreement-1915', 'RUS sovereignty'],
  ['tekirdag', 'constantinople-agreement-1915', 'RUS sovereignty'],
  ['beirut', 'sykes-picot-1916', 'FRA direct'],
  ['adana', 'sykes-picot-1916', 'FRA direct'],
  ['damascus', 'sykes-picot-1916', 'FRA influence'],
  ['aleppo', 'sykes-picot-1916', 'FRA influence'],
  ['mosul', 'sykes-picot-1916', 'FRA influence'],
  ['baghdad', 'sykes-picot-1916', 'GBR direct'],
  ['basra', 'sykes-picot-1916', 'GBR direct'],
  ['jerusalem', 'sykes-picot-1916', 'INT international'],
  ['haifa', 'sykes-picot-1916', 'GBR direct'],
  ['erzurum', 'sykes-picot-1916', 'RUS sovereignty'],
  ['trabzon', 'sykes-picot-1916', 'RUS sovereignty'],
  ['van', 'sykes-picot-1916', 'RUS sovereignty'],
  ['antalya', 'london-1915', 'ITA sovereignty'],
  ['antalya', 'st-jean-de-maurienne-1917', 'ITA direct'],
  ['izmir', 'st-jean-de-maurienne-1917', 'ITA direct'],
  ['edirne', 'sevres-1920', 'GRC sovereignty'],
  ['izmir', 'sevres-1920', 'GRC administration'],
  ['erzurum', 'sevres-1920', 'ARM sovereignty'],
  ['trabzon', 'sevres-1920', 'ARM sovereignty'],
  ['van', 'sevres-1920', 'ARM sovereignty'],
  ['istanbul', 'sevres-1920', 'OTT demilitarised'],
];

/** [place, layer, "POWER control" the place must NOT fall in]. */
const OUTSIDE: [Place, string, string][] = [
  ['edirne', 'constantinople-agreement-1915', 'RUS sovereignty'],
  ['mosul', 'sevres-1920', 'OTT sovereignty'],
  ['aleppo', 'sevres-1920', 'OTT sovereignty'],
  ['erzurum', 'sevres-1920', 'OTT sovereignty'],
  ['edirne', 'sevres-1920', 'OTT sovereignty'],
];

describe('the secret treaties and Sevres put each place where the record does', () => {
  for (const [place, layer, expected] of INSIDE) it(`${layer}: ${place} is ${expected}`, () => expect(at(place, layer)).toContain(expected));
  for (const [place, layer, refused] of OUTSIDE) it(`${layer}: ${place} is not ${refused}`, () => expect(at(place, layer)).not.toContain(refused));
  it('leaves Mosul and Aleppo to the mandates under Sevres', () => {
    expect(at('mosul', 'sevres-1920')).toContain('GBR administration');
    expect(at('aleppo', 'sevres-1920')).toContain('FRA administration');
  });
});
