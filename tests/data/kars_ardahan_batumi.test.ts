import { describe, expect, it } from 'vitest';
import { at, type Place } from './geodata_helpers.ts';

/** Who each act gives each district to: the treaty record (see each feature's sources). */
const EXPECTED: Record<string, Partial<Record<Place, string[]>>> = {
  'borders-1914': { kars: ['RUS sovereignty'], ardahan: ['RUS sovereignty'], artvin: ['RUS sovereignty'], batumi: ['RUS sovereignty'], igdir: ['RUS sovereignty'], istanbul: ['OTT sovereignty'], izmir: ['OTT sovereignty'], edirne: ['OTT sovereignty'], erzurum: ['OTT sovereignty'] },
  'brest-litovsk-1918': { kars: ['OTT plebiscite'], ardahan: ['OTT plebiscite'], artvin: ['OTT plebiscite'], batumi: ['OTT plebiscite'], igdir: [], istanbul: [] },
  'batum-1918': { kars: ['OTT sovereignty'], ardahan: ['OTT sovereignty'], artvin: ['OTT sovereignty'], batumi: ['OTT sovereignty'], igdir: ['OTT sovereignty'], istanbul: [] },
  'alexandropol-1920': { kars: ['TUR sovereignty'], igdir: ['TUR sovereignty'], batumi: [], istanbul: [] },
  'moscow-1921': { kars: ['TUR sovereignty'], ardahan: ['TUR sovereignty'], artvin: ['TUR sovereignty'], igdir: ['TUR sovereignty'], batumi: ['GEO autonomy'], nakhchivan: ['AZE autonomy'] },
  'kars-1921': { kars: ['TUR sovereignty'], ardahan: ['TUR sovereignty'], artvin: ['TUR sovereignty'], igdir: ['TUR sovereignty'], batumi: ['GEO autonomy'], nakhchivan: ['AZE autonomy'] },
  'lausanne-1923': { kars: ['TUR sovereignty'], ardahan: ['TUR sovereignty'], artvin: ['TUR sovereignty'], igdir: ['TUR sovereignty'], izmir: ['TUR sovereignty'], edirne: ['TUR sovereignty'], batumi: [], mosul: ['GBR disputed'] },
};

// The point index over the committed geodata (createFeatureIndex, as `npm run query` builds it),
// asked directly: the CLI's own arguments and output are not under test here.
describe('the point index answers the treaty record for each district', () => {
  for (const [layer, places] of Object.entries(EXPECTED)) {
    for (const [place, expected] of Object.entries(places)) {
      it(`${layer}: ${place} -> ${expected.join(', ') || 'nothing'}`, () => {
        expect(at(place as Place, layer)).toEqual(expected);
      });
    }
  }
  it('Lausanne leaves Alexandretta outside Turkey and puts Istanbul in the demilitarised Straits zone', () => {
    expect(at('iskenderun', 'lausanne-1923')).not.toContain('TUR sovereignty');
    expect(at('istanbul', 'lausanne-1923')).toEqual(['TUR sovereignty', 'TUR demilitarised']);
  });
});
