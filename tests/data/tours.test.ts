import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureInterval, isActiveOn } from '../../src/data/dates.ts';
import { parseTour } from '../../src/data/tours.ts';
import { inRegion } from '../../src/data/region.ts';
import { readSnapshot } from '../../src/cli/geodata_files.ts';
import type { LayerCollection } from '../../src/data/contract.ts';
import { GEODATA_DIR, holders } from './geodata_helpers.ts';

const read = (path: string) => JSON.parse(readFileSync(join(GEODATA_DIR, path), 'utf8'));
const files = readdirSync(join(GEODATA_DIR, 'tours')).filter((n) => n.endsWith('.json'));
const layers = readSnapshot(GEODATA_DIR).layers as Record<string, LayerCollection>;
const excerpts = new Set((read('excerpts.json').excerpts as { id: string }[]).map((e) => e.id));
const sources = new Set((read('sources.json') as { id: string }[]).map((s) => s.id));

describe('guided tours', () => {
  it('ships the three tours, each listed in the catalogue', () => {
    expect(files.sort()).toEqual(['kars-ardahan-batumi.json', 'promises-1915-1917.json', 'sevres-to-lausanne.json']);
    expect(read('datapackage.json').tours.map((t: { path: string }) => t.path).sort()).toEqual(files.map((f) => `tours/${f}`));
  });
  for (const file of files) {
    it(`${file}: every step shows something, quotes real excerpts and cites its sources`, () => {
      const tour = parseTour(read(`tours/${file}`));
      expect(tour.id).toBe(file.replace(/\.json$/, ''));
      for (const [i, step] of tour.steps.entries()) {
        const where = `${tour.id} step ${i + 1}`;
        expect(step.text.split(/\s+/).length, where).toBeGreaterThanOrEqual(30);
        expect(step.sources.length, where).toBeGreaterThan(0);
        for (const s of step.sources) expect(sources.has(s.id), `${where}: source ${s.id}`).toBe(true);
        for (const e of step.excerpts) expect(excerpts.has(e), `${where}: excerpt ${e}`).toBe(true);
        expect(inRegion(...step.camera.center), where).toBe(true);
        for (const layer of step.layers) {
          const collection = layers[`${layer}.geojson`];
          expect(collection, `${where}: layer ${layer}`).toBeDefined();
          const shown = collection!.features.some((f) => isActiveOn(featureInterval(f.properties.start_date, f.properties.end_date), step.day));
          expect(shown, `${where}: ${layer} shows nothing on that day`).toBe(true);
        }
      }
    });
  }
});

describe('the tours show the war on the ground (issue 25)', () => {
  const warStep = (tour: string, title: string) => {
    const step = (read(`tours/${tour}.json`).steps as { title: string; date: string; layers: string[] }[]).find((s) => s.title === title);
    expect(step?.layers).toContain('control-1914-1918');
    return step!.date;
  };
  it('the promises tour shows the ground Russia held when Sykes and Picot closed their deal', () => {
    const day = warStep('promises-1915-1917', "Russia's share of eastern Anatolia");
    expect(day).toBe('1916-05-16');
    expect(holders(41.28, 39.91, day)).toEqual(['RUS occupation']);
    expect(holders(39.72, 41.0, day)).toEqual(['RUS occupation']);
  });
  it('the Kars, Ardahan and Batumi tour shows the Ottoman army back in Batum and Kars', () => {
    const day = warStep('kars-ardahan-batumi', 'Spring 1918: the Ottoman army returns');
    expect(holders(41.64, 41.62, day)).toEqual(['OTT occupation']);
    expect(holders(43.1, 40.6, day)).toEqual(['OTT occupation']);
  });
});
