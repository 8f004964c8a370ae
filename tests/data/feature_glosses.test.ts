import { describe, expect, it } from 'vitest';
import { isArea, type LayerCollection } from '../../src/data/contract.ts';
import { readSnapshot } from '../../src/cli/geodata_files.ts';
import { GEODATA_DIR } from './geodata_helpers.ts';

/**
 * Claims and control whose English name is a proper name that Turkish and Russian write the same
 * way, so that it needs no gloss. None today: every name so far is English prose or an English
 * form that both languages write otherwise ("Persia": "İran", "Персия"). A name added here must
 * be one a Turkish and a Russian reader would read as it stands.
 */
const PROPER_NAMES: readonly string[] = [];

const snapshot = readSnapshot(GEODATA_DIR);
const areas = Object.entries(snapshot.layers).flatMap(([file, collection]) =>
  (collection as LayerCollection).features.filter((f) => isArea(f.properties)).map((f) => ({ file, ...f.properties, recipeId: f.properties.id.split('--')[0]! })),
);

describe('claim and control names in Turkish and Russian', () => {
  it('every claim and control either has both glosses or is a listed proper name', () => {
    const unglossed = areas.filter((p) => !(p['name:tr'] && p['name:ru']) && !PROPER_NAMES.includes(p.recipeId));
    expect(unglossed.map((p) => `${p.file} ${p.id}: ${p.name}`)).toEqual([]);
  });

  it('a listed proper name is a claim or control of the geodata and carries no gloss', () => {
    for (const id of PROPER_NAMES) {
      const found = areas.filter((p) => p.recipeId === id);
      expect(found.length, id).toBeGreaterThan(0);
      expect(found.filter((p) => p['name:tr'] || p['name:ru']).map((p) => p.id), id).toEqual([]);
    }
  });

  it('a gloss is a translation: the Russian in Cyrillic, the Turkish not the English again', () => {
    const glossed = areas.filter((p) => p['name:tr'] && p['name:ru']);
    expect(glossed.length).toBeGreaterThan(200);
    expect(glossed.filter((p) => !/[А-Яа-яЁё]/.test(p['name:ru']!)).map((p) => p.id)).toEqual([]);
    expect(glossed.filter((p) => p['name:tr'] === p.name).map((p) => p.id)).toEqual([]);
  });

  it('keeps the article and date references of the English name in both glosses', () => {
    // "(art. 27)", "(24 June 1920)": the numbers a reader checks against the source must survive translation.
    const numbers = (s: string) => (s.match(/\d+/g) ?? []).sort();
    const lost = areas.filter((p) => p['name:tr'] && p['name:ru']).flatMap((p) => (['name:tr', 'name:ru'] as const).filter((key) => numbers(p[key]!).join() !== numbers(p.name).join()).map((key) => `${p.id} ${key}`));
    expect(lost).toEqual([]);
  });
});
