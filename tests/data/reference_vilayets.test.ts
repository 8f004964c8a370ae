import { describe, expect, it } from 'vitest';
import { vilayetShare } from './vilayet_share.ts';

/**
 * An independent check against a dataset we did not draw (Amasyali 2020, see vilayet_share.ts):
 * whether our lines put whole provinces where the treaties did.
 */
/** Share of a vilayet's land in features of a layer with this "POWER control". */
const share = (unit: string, layer: string, match: string) => vilayetShare(unit, layer, (p) => `${p.power} ${p.control}` === match);

describe('our lines against an independent vilayet dataset (Amasyali 2020)', () => {

  it('leaves Erzurum, Van and Trabzon vilayets Ottoman in 1914', () => {
    for (const unit of ['Erzurum', 'Van', 'Trabzon']) expect(share(unit, 'borders-1914', 'OTT sovereignty'), unit).toBeGreaterThan(0.9);
  });
  it("gives Russia's 1916 share the vilayets of Erzurum, Van and Bitlis", () => {
    for (const unit of ['Erzurum', 'Van', 'Bitlis']) expect(share(unit, 'sykes-picot-1916', 'RUS sovereignty'), unit).toBeGreaterThan(0.8);
  });
  it("draws Wilson's Armenia over most of Erzurum and Bitlis vilayets but leaves Edirne vilayet out of Turkey under Sevres", () => {
    expect(share('Erzurum', 'sevres-1920', 'ARM sovereignty')).toBeGreaterThan(0.6);
    expect(share('Edirne', 'sevres-1920', 'OTT sovereignty')).toBeLessThan(0.05);
  });
});
