import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventFeatureProperties, LayerCollection } from '../../src/data/contract.ts';
import { chronology } from '../../src/data/chronology.ts';
import { dayOf, featureDays, isActiveOn } from '../../src/data/dates.ts';
import { readSnapshot } from '../../src/cli/geodata_files.ts';
import { GEODATA_DIR, SEED_FILES, SEEDS_DIR } from './geodata_helpers.ts';

const snapshot = readSnapshot(GEODATA_DIR);
const layers = Object.entries(snapshot.layers).map(([file, collection]) => ({ id: file.replace(/\.geojson$/, ''), collection: collection as LayerCollection }));
const events = new Map(chronology(layers).map((e) => [e.properties.id, e.properties]));

/**
 * Every dated event the two seed articles mention, as the seed words it (`passage`, found in the
 * seed's text), with the day the record gives: either the event feature that shows it, or why
 * none does. Where the seed's date differs from the record's, the feature carries the record's
 * date and its note names the seed's.
 */
const SEED_EVENTS: { seed: keyof typeof SEED_FILES; passage: string; record: string; event?: string; seedDate?: string; not?: string }[] = [
  { seed: 'xoshgedem', passage: 'The Ottoman Empire entered the war with Russia in October 1914', record: '1914-10-29', event: 'events-black-sea-raid' },
  { seed: 'xoshgedem', passage: 'In 1915 Russia, England, France and Italy signed the first plan', record: '1915-04-26', not: 'the Treaty of London, which the seed calls Sykes-Picot: its signing is the london-1915 layer\'s life cycle, ticked on the slider' },
  { seed: 'xoshgedem', passage: 'which she had occupied in 1916', record: '1916-04-18', event: 'events-trebizond-1916' },
  { seed: 'xoshgedem', passage: 'ceasefires, and peace talks on 7 November 1917', record: '1917-11-07', event: 'events-october-revolution' },
  { seed: 'xoshgedem', passage: 'Sivas Congress on September 4-11, 1919', record: '1919-09-04', event: 'events-sivas-congress' },
  { seed: 'xoshgedem', passage: 'On March 16, 1921 the two countries signed a treaty in Moscow', record: '1921-03-16', event: 'events-moscow-treaty' },
  { seed: 'xoshgedem', passage: 'In February 1921, the Red Army attacked', record: '1921-02-25', event: 'events-tiflis-1921' },
  { seed: 'xoshgedem', passage: 'In this critical days of August 1921 General M.V. Frunze was appointed', record: '1921-11-24', event: 'events-frunze-mission', seedDate: 'August 1921' },
  { seed: 'xoshgedem', passage: 'on 13 October 1921 in Kars', record: '1921-10-13', event: 'events-kars-treaty' },
  { seed: 'xoshgedem', passage: 'On 3.05.1922 soviet governments generosity was shown', record: '1922-05-03', not: 'a payment of the aid, not an event of the map: it is an entry of the aid ledger (geodata/soviet-aid-ledger.json)' },
  { seed: 'xoshgedem', passage: 'In May 1922, the last installment was paid', record: '1922-05-03', not: 'the same payment, dated by month: an entry of the aid ledger' },
  { seed: 'xoshgedem', passage: 'the First Congress of the Peoples of the East in Baku in September 1920', record: '1920-09-01', event: 'events-baku-congress' },
  { seed: 'xoshgedem', passage: 'In 1920 Muhammad Khyabani, established inside Iran a socialist state', record: '1920-06', not: 'Persia lies beyond the partition the map draws, and the seed gives only the year' },
  { seed: 'xoshgedem', passage: 'Moscow concluded a treaty of friendship with Tehran in 1921', record: '1921-02-26', not: 'a Soviet-Persian treaty, beyond the partition the map draws; the seed gives only the year' },
  { seed: 'xoshgedem', passage: 'After the Mudros Armistice of 1918', record: '1918-10-30', event: 'events-mudros-armistice' },
  { seed: 'xoshgedem', passage: 'The Greek occupation of Izmir on 15 May 1919', record: '1919-05-15', event: 'events-smyrna-landing' },
  { seed: 'xoshgedem', passage: 'On 10 August 1920, the Istanbul government signed the Treaty of Sevres', record: '1920-08-10', event: 'events-sevres-treaty' },
  { seed: 'xoshgedem', passage: 'In early May 1919, the three gave their consent to a Greek occupation of Smyrna', record: '1919-05', not: 'a decision of the Council of Four in Paris, outside the map; the landing it allowed is events-smyrna-landing' },
  { seed: 'xoshgedem', passage: 'On 26 April 1920, Mustafa Kamal (Ataturk) first convened the Turkish Grand', record: '1920-04-23', event: 'events-grand-national-assembly-opens', seedDate: '26 April 1920' },
  { seed: 'xoshgedem', passage: 'On January 5, 1921, the appointment of Semen Aralov', record: '1922-01-05', event: 'events-aralov-mission', seedDate: '5 January 1921' },
  { seed: 'xoshgedem', passage: 'in September 1922 the nationalist troops raised the Turkish flag at Kadifekal', record: '1922-09-09', event: 'events-smyrna-entry' },
  { seed: 'xoshgedem', passage: 'Mustafa Kamal in 1922 managed to drive the Greek army out of Anatolia', record: '1922-08-26', event: 'events-great-offensive' },
  { seed: 'xoshgedem', passage: 'in Lausanne, Switzerland, in 1923 and conclude a new treaty', record: '1923-07-24', event: 'events-lausanne-treaty' },
  { seed: 'korkmaz-2018', passage: 'Amasya Circular published in 1919', record: '1919-06-22', event: 'events-amasya-circular' },
  { seed: 'korkmaz-2018', passage: 'Brest-Litovsk negotiations signed on March 3th, 1918', record: '1918-03-03', event: 'events-brest-litovsk' },
  { seed: 'korkmaz-2018', passage: 'the Bolshevik Revolution of 1917', record: '1917-11-07', event: 'events-october-revolution' },
  { seed: 'korkmaz-2018', passage: 'published for the Labour Day on 1 of May, 1919', record: '1919-05-01', not: 'a leaflet of Turkish socialists; the seed names no place and the map no act' },
  { seed: 'korkmaz-2018', passage: 'Kazim Karabekir Pasha (June 23th, 1919)', record: '1919-06-23', not: 'a letter: correspondence, not an event on the map' },
  { seed: 'korkmaz-2018', passage: 'In the Congress of the Peoples of the East held in Baku in September of 1920', record: '1920-09-01', event: 'events-baku-congress' },
  { seed: 'korkmaz-2018', passage: 'In the letter dated September 27, 1920 written by Chicherin', record: '1920-09-27', not: 'a letter: correspondence, not an event on the map' },
  { seed: 'korkmaz-2018', passage: 'the letter dated 22th November 1922 sent by Chicherin', record: '1922-11-22', not: 'a letter: correspondence, not an event on the map' },
  { seed: 'korkmaz-2018', passage: 'Semyon Ivanoviç Aralov who was the ambassador of Soviet Russia to Ankara (1922-1923)', record: '1922-01-05', event: 'events-aralov-mission' },
  { seed: 'korkmaz-2018', passage: 'reporter of Petit Parisien correspondent in Bursa in 1922', record: '1922', not: 'an interview, dated by year only' },
];

/** The events a teacher of the period expects, beyond the seeds, on the record's day. */
const EXPECTED: [string, string][] = [
  ['events-black-sea-raid', '1914-10-29'],
  ['events-gallipoli-landings', '1915-04-25'],
  ['events-gallipoli-evacuation', '1916-01-09'],
  ['events-february-revolution', '1917-03-08'],
  ['events-october-revolution', '1917-11-07'],
  ['events-brest-litovsk', '1918-03-03'],
  ['events-constantinople-1920', '1920-03-16'],
  ['events-sultanate-abolished', '1922-11-01'],
  ['events-lausanne-conference-opens', '1922-11-20'],
  ['events-lausanne-conference-resumes', '1923-04-23'],
  ['events-republic-1923', '1923-10-29'],
];

describe('the events', () => {
  it('are at least 60, each a sourced Point with a locator', () => {
    expect(events.size).toBeGreaterThanOrEqual(60);
    for (const p of events.values()) expect(p.sources.every((s) => s.locator !== ''), p.id).toBe(true);
  });

  it('include what a teacher of the period expects, on the record\'s day', () => {
    expect(Object.fromEntries(EXPECTED.map(([id]) => [id, events.get(id)?.start_date]))).toEqual(Object.fromEntries(EXPECTED));
  });

  it('give both calendars for the Russian revolutions', () => {
    const julian = (id: string) => events.get(id)?.original_date;
    expect(julian('events-february-revolution')).toEqual({ calendar: 'julian', text: '23 February 1917' });
    expect(julian('events-october-revolution')).toEqual({ calendar: 'julian', text: '25 October 1917' });
  });

  it('show every dated event of the seeds, on the record\'s day, or say why not', () => {
    const wrong: string[] = [];
    for (const s of SEED_EVENTS) {
      if (s.not !== undefined) {
        if (s.event !== undefined || s.not.length < 20) wrong.push(`${s.passage}: give an event or a reason, not both`);
        continue;
      }
      const p: EventFeatureProperties | undefined = events.get(s.event!);
      if (!p) wrong.push(`${s.passage}: no event ${s.event}`);
      else if (dayOf(p.start_date!) !== dayOf(s.record)) wrong.push(`${s.event}: starts ${p.start_date}, the record says ${s.record}`);
      else if (s.seedDate !== undefined && !(p.note ?? '').includes(s.seedDate)) wrong.push(`${s.event}: its note does not name the seed's date ${s.seedDate}`);
    }
    expect(wrong).toEqual([]);
  });

  it('quote the seeds\' passages as they stand', ({ skip }) => {
    const missing = Object.values(SEED_FILES).filter((file) => !existsSync(join(SEEDS_DIR, file)));
    if (missing.length) skip(`the seed articles are not in ${SEEDS_DIR}`);
    const texts = Object.fromEntries(Object.entries(SEED_FILES).map(([id, file]) => [id, readFileSync(join(SEEDS_DIR, file), 'utf8').replace(/\s+/g, ' ')]));
    expect(SEED_EVENTS.filter((s) => !texts[s.seed]!.includes(s.passage)).map((s) => s.passage)).toEqual([]);
  });

  it('are no holders: no claim or control is a point or a line, and no event or flow is an area', () => {
    const misplaced = layers.flatMap(({ collection }) =>
      collection.features.filter((f) => (f.properties.kind === 'claim' || f.properties.kind === 'control') !== f.geometry.type.endsWith('Polygon')).map((f) => `${f.properties.id} (${f.properties.kind}, ${f.geometry.type})`),
    );
    expect(misplaced).toEqual([]);
  });

  it('carry no control (review finding 16): the Moscow and Sevres treaty points are events, the aid routes flows', () => {
    const points = layers.filter((l) => l.id === 'events' || l.id === 'soviet-aid-1920-1922').flatMap((l) => l.collection.features);
    expect(points.filter((f) => f.properties.id === 'events-moscow-treaty' || f.properties.id === 'events-sevres-treaty').map((f) => f.properties.kind)).toEqual(['event', 'event']);
    expect(points.filter((f) => !['event', 'flow'].includes(f.properties.kind) || 'control' in f.properties).map((f) => f.properties.id)).toEqual([]);
  });

  it("draw the Trabzon - Inebolu ferry from 24 October 1921, the Alemdar's escape to Trabzon, on its source (review finding 25)", () => {
    const routes = layers.find((l) => l.id === 'soviet-aid-1920-1922')!.collection.features;
    const ferry = routes.find((f) => f.properties.id === 'soviet-aid-1920-1922-trabzon-inebolu')!.properties;
    expect(isActiveOn(featureDays(ferry), dayOf('1921-10-23')!)).toBe(false);
    expect(isActiveOn(featureDays(ferry), dayOf('1921-10-24')!)).toBe(true);
    expect(ferry.sources.map((s) => s.id)).toEqual(['snowden-alemdar']);
    expect(routes.filter((f) => f.properties.sources.length === 0 || f.properties.sources.some((s) => !s.locator)).map((f) => f.properties.id)).toEqual([]);
  });

  it('list 1921 in date order', () => {
    const year = chronology(layers, { from: dayOf('1921-01-01')!, to: dayOf('1921-12-31')! }).map((e) => e.properties.start_date!);
    expect(year.length).toBeGreaterThanOrEqual(10);
    expect(year).toEqual([...year].sort());
    expect(year[0]).toBe('1921-01-06');
  });
});
