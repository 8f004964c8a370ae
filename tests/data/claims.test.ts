import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsAt } from '../../src/data/claims_at.ts';
import { compareLayers } from '../../src/data/compare_layers.ts';
import type { LayerCollection } from '../../src/data/contract.ts';
import { dayOf } from '../../src/data/dates.ts';
import { GEODATA_DIR, realIndex } from './geodata_helpers.ts';
import { vilayetShare } from './vilayet_share.ts';

/**
 * The parties' own claims (issue 27): the National Pact of 28 January 1920 and the claims laid
 * before the Paris Peace Conference in 1919, asked at places the texts name, on each side of the
 * lines they name, and on each side of their days.
 */
const PACT = 'national-pact-1920';
const CONFERENCE = 'peace-conference-claims-1919';

/** [lon, lat] of the places asked about (GeoNames, rounded; Ayvalik moved onto Natural Earth's land). */
const AT = {
  mosul: [43.13, 36.34],
  kirkuk: [44.39, 35.47],
  antioch: [36.16, 36.21],
  adrianople: [26.56, 41.68],
  constantinople: [28.98, 41.01],
  ankara: [32.85, 39.93],
  aleppo: [37.16, 36.2],
  damascus: [36.29, 33.51],
  baghdad: [44.36, 33.31],
  azaz: [37.05, 36.59],
  jarablus: [38.01, 36.82],
  rasAlAyn: [40.07, 36.85],
  abuKamal: [40.92, 34.45],
  kars: [43.1, 40.6],
  ardahan: [42.7, 41.11],
  batumi: [41.65, 41.62],
  igdir: [44.04, 39.92],
  komotini: [25.4, 41.12],
  thessaloniki: [22.94, 40.64],
  trebizond: [39.72, 41.0],
  erzurum: [41.28, 39.9],
  van: [43.38, 38.49],
  adana: [35.33, 36.99],
  marash: [36.93, 37.58],
  giresun: [38.39, 40.92],
  tokat: [36.55, 40.31],
  samsun: [36.33, 41.29],
  silvan: [41.0, 38.14],
  mardin: [40.74, 37.31],
  alexandretta: [36.17, 36.59],
  yerevan: [44.51, 40.18],
  smyrna: [27.14, 38.42],
  ayvalik: [26.75, 39.32],
  chanak: [26.41, 40.15],
  gallipoli: [26.67, 40.41],
  panormos: [27.98, 40.35],
  fethiye: [29.13, 36.64],
  finike: [30.15, 36.3],
  antalya: [30.71, 36.89],
  diyarbakir: [40.22, 37.91],
  harput: [39.22, 38.67],
  malatya: [38.32, 38.35],
  bayburt: [40.22, 40.26],
  sivas: [37.02, 39.75],
  urfa: [38.79, 37.17],
  aintab: [37.38, 37.06],
  rize: [40.52, 41.02],
  artvin: [41.82, 41.18],
  oltu: [41.99, 40.54],
  tbilisi: [44.79, 41.72],
  konya: [32.48, 37.87],
  aydin: [27.84, 37.85],
  beirut: [35.5, 33.89],
  jerusalem: [35.22, 31.77],
  deirEzZor: [40.14, 35.33],
  qamishli: [41.22, 37.05],
  maan: [35.73, 30.19],
  tabuk: [36.57, 28.38],
  baku: [49.87, 40.41],
  ganja: [46.36, 40.68],
  goris: [46.34, 39.51],
} as const satisfies Record<string, readonly [number, number]>;
type At = keyof typeof AT;

/** "POWER control" of every feature of a layer at a place on a day. */
function claims(place: At, layer: string, date: string): string[] {
  const [lon, lat] = AT[place];
  return realIndex()
    .query(lon, lat, { day: dayOf(date)!, layer })
    .map((f) => `${f.properties.power} ${f.properties.control}`);
}

/** Ids of the features of a layer at a place on a day: for parties with more than one paper (Faisal's memorandum and the Syrian Congress are both HEJ). */
function featureIds(place: At, layer: string, date: string): string[] {
  const [lon, lat] = AT[place];
  return realIndex()
    .query(lon, lat, { day: dayOf(date)!, layer })
    .map((f) => f.properties.id);
}

/** Cases [place, what must be there] and [place, what must not], on one day in one layer. */
function inAndOut(layer: string, date: string, inside: [At, string][], outside: [At, string][]): void {
  for (const [place, expected] of inside) it(`${place} is ${expected} on ${date}`, () => expect(claims(place, layer, date)).toContain(expected));
  for (const [place, refused] of outside) it(`${place} is not ${refused} on ${date}`, () => expect(claims(place, layer, date)).not.toContain(refused));
}

describe('the National Pact on 1 March 1920 (the Ottoman Chamber of Deputies)', () => {
  inAndOut(
    PACT,
    '1920-03-01',
    [
      // Art. 1, the indivisible whole: Mosul, occupied only after the armistice; Antioch and Alexandretta; Eastern Thrace.
      ['mosul', 'OTT sovereignty'],
      ['kirkuk', 'OTT sovereignty'],
      ['antioch', 'OTT sovereignty'],
      ['adrianople', 'OTT sovereignty'],
      ['constantinople', 'OTT sovereignty'],
      ['ankara', 'OTT sovereignty'],
      // North of the line between Aleppo and Katma to the Euphrates south of Jarablus, and the Jazira
      ['azaz', 'OTT sovereignty'],
      ['jarablus', 'OTT sovereignty'],
      ['rasAlAyn', 'OTT sovereignty'],
      // Art. 1, the Arab lands occupied at the armistice: left to their inhabitants, not claimed
      ['aleppo', 'OTT self-determination'],
      ['damascus', 'OTT self-determination'],
      ['baghdad', 'OTT self-determination'],
      ['abuKamal', 'OTT self-determination'],
      // Art. 2, the three sanjaks; art. 3, Western Thrace
      ['kars', 'OTT plebiscite'],
      ['ardahan', 'OTT plebiscite'],
      ['batumi', 'OTT plebiscite'],
      ['komotini', 'OTT plebiscite'],
    ],
    [
      ['aleppo', 'OTT sovereignty'],
      ['damascus', 'OTT sovereignty'],
      ['abuKamal', 'OTT sovereignty'],
      ['mosul', 'OTT self-determination'],
      ['kars', 'OTT sovereignty'],
      ['batumi', 'OTT sovereignty'],
      ['komotini', 'OTT sovereignty'],
    ],
  );
  it('leaves Surmalu (Igdir), which was not one of the three sanjaks, and Macedonia out of the Pact', () => {
    expect(claims('igdir', PACT, '1920-03-01')).toEqual([]);
    expect(claims('thessaloniki', PACT, '1920-03-01')).toEqual([]);
  });
  it('has one claimant at a time at each place', () => {
    for (const place of Object.keys(AT) as At[]) expect(claims(place, PACT, '1920-03-01').length, place).toBeLessThanOrEqual(1);
  });
});

describe('the National Pact passes from the Chamber in Constantinople to the Assembly in Ankara', () => {
  it('is not stated the day before 28 January 1920', () => expect(claims('mosul', PACT, '1920-01-27')).toEqual([]));
  it('is the Chamber`s on 28 January 1920 and on 22 April 1920', () => {
    expect(claims('mosul', PACT, '1920-01-28')).toEqual(['OTT sovereignty']);
    expect(claims('mosul', PACT, '1920-04-22')).toEqual(['OTT sovereignty']);
  });
  it('is Ankara`s from 23 April 1920, when the Grand National Assembly opened', () => {
    expect(claims('mosul', PACT, '1920-04-23')).toEqual(['TUR sovereignty']);
    expect(claims('aleppo', PACT, '1920-04-23')).toEqual(['TUR self-determination']);
    expect(claims('komotini', PACT, '1920-04-23')).toEqual(['TUR plebiscite']);
  });
  it('drops the plebiscite for Kars, Ardahan and Batum on the Moscow treaty (16 March 1921)', () => {
    expect(claims('kars', PACT, '1921-03-15')).toEqual(['TUR plebiscite']);
    expect(claims('kars', PACT, '1921-03-16')).toEqual([]);
    expect(claims('batumi', PACT, '1921-03-16')).toEqual([]);
  });
  it('is superseded by Lausanne (24 July 1923)', () => {
    expect(claims('mosul', PACT, '1923-07-23')).toEqual(['TUR sovereignty']);
    expect(claims('mosul', PACT, '1923-07-24')).toEqual([]);
    expect(claims('komotini', PACT, '1923-07-24')).toEqual([]);
  });
});

describe('the claims laid before the Paris Peace Conference, 1 June 1919', () => {
  inAndOut(
    CONFERENCE,
    '1919-06-01',
    [
      // Armenian: the seven vilayets east of Ordu-Sivas and north of the Tigris, Cilicia, the Republic
      ['trebizond', 'ARM sovereignty'],
      ['erzurum', 'ARM sovereignty'],
      ['van', 'ARM sovereignty'],
      ['giresun', 'ARM sovereignty'],
      ['silvan', 'ARM sovereignty'],
      ['adana', 'ARM sovereignty'],
      ['marash', 'ARM sovereignty'],
      ['kars', 'ARM sovereignty'],
      ['yerevan', 'ARM sovereignty'],
      // Greek: Thrace; Asia Minor from opposite Tenedos to opposite Kastellorizo, with Panormos
      ['smyrna', 'GRC sovereignty'],
      ['adrianople', 'GRC sovereignty'],
      ['komotini', 'GRC sovereignty'],
      ['ayvalik', 'GRC sovereignty'],
      ['panormos', 'GRC sovereignty'],
      ['fethiye', 'GRC sovereignty'],
      // Kurdish: inside Erzurum-Erzincan-Kemah-Arapgir-Besni and Harran-Sinjar-Tel Afar-Erbil
      ['diyarbakir', 'KUR sovereignty'],
      ['harput', 'KUR sovereignty'],
      ['malatya', 'KUR sovereignty'],
      ['mardin', 'KUR sovereignty'],
      ['rasAlAyn', 'KUR sovereignty'],
      ['van', 'KUR sovereignty'],
      // Arab: south of the line Alexandretta - Diarbekir - Persia
      ['damascus', 'HEJ sovereignty'],
      ['aleppo', 'HEJ sovereignty'],
      ['antioch', 'HEJ sovereignty'],
      ['urfa', 'HEJ sovereignty'],
      ['mosul', 'HEJ sovereignty'],
      ['baghdad', 'HEJ sovereignty'],
    ],
    [
      // West of the line Ordu-Sivas, south of the Tigris, and Alexandretta outside Cilicia
      ['tokat', 'ARM sovereignty'],
      ['samsun', 'ARM sovereignty'],
      ['mardin', 'ARM sovereignty'],
      ['alexandretta', 'ARM sovereignty'],
      ['aleppo', 'ARM sovereignty'],
      // Constantinople and the Straits international; north of the point opposite Tenedos; east of Kastellorizo
      ['constantinople', 'GRC sovereignty'],
      ['gallipoli', 'GRC sovereignty'],
      ['chanak', 'GRC sovereignty'],
      ['finike', 'GRC sovereignty'],
      ['antalya', 'GRC sovereignty'],
      ['ankara', 'GRC sovereignty'],
      // North of Erzurum-Erzincan, west of Arapgir-Besni, south of the Sinjar hills
      ['bayburt', 'KUR sovereignty'],
      ['sivas', 'KUR sovereignty'],
      ['trebizond', 'KUR sovereignty'],
      ['baghdad', 'KUR sovereignty'],
      ['aleppo', 'KUR sovereignty'],
      // North of the line Alexandretta - Diarbekir
      ['aintab', 'HEJ sovereignty'],
      ['malatya', 'HEJ sovereignty'],
      ['adana', 'HEJ sovereignty'],
      ['erzurum', 'HEJ sovereignty'],
    ],
  );
  it('shows the claims colliding: Van and Silvan claimed by the Armenians and the Kurds, Mosul by the Kurds and the Arabs', () => {
    expect(claims('van', CONFERENCE, '1919-06-01')).toEqual(expect.arrayContaining(['ARM sovereignty', 'KUR sovereignty']));
    expect(claims('silvan', CONFERENCE, '1919-06-01')).toEqual(expect.arrayContaining(['ARM sovereignty', 'KUR sovereignty']));
    expect(claims('mosul', CONFERENCE, '1919-06-01')).toEqual(expect.arrayContaining(['KUR sovereignty', 'HEJ sovereignty']));
  });
});

describe('each Conference claim on each side of its day', () => {
  const cases: [At, string, string, string][] = [
    ['smyrna', 'GRC sovereignty', '1918-11-30', '1918-12-01'],
    ['damascus', 'HEJ sovereignty', '1918-12-31', '1919-01-01'],
    ['trebizond', 'ARM sovereignty', '1919-02-11', '1919-02-12'],
    ['diyarbakir', 'KUR sovereignty', '1919-03-21', '1919-03-22'],
  ];
  for (const [place, claim, before, on] of cases) {
    it(`${place}: no ${claim} on ${before}, ${claim} on ${on}`, () => {
      expect(claims(place, CONFERENCE, before)).not.toContain(claim);
      expect(claims(place, CONFERENCE, on)).toContain(claim);
    });
  }
  it('ends every claim on the Treaty of Sevres (10 August 1920)', () => {
    for (const place of ['smyrna', 'damascus', 'trebizond', 'diyarbakir'] as At[]) {
      expect(claims(place, CONFERENCE, '1920-08-09').length, place).toBeGreaterThan(0);
      expect(claims(place, CONFERENCE, '1920-08-10'), place).toEqual([]);
    }
  });
});

describe('Georgia, Azerbaijan, Italy, the Syrian Congress and the King-Crane commission at the Conference', () => {
  const GEO = `${CONFERENCE}-geo`;
  const AZE = `${CONFERENCE}-aze`;
  const ITA = `${CONFERENCE}-ita`;
  const CONGRESS = `${CONFERENCE}-hej-syrian-congress`;
  const KINGDOM = `${CONFERENCE}-hej-kingdom-of-syria`;
  const KING_CRANE = `${CONFERENCE}-int-king-crane`;
  const cases: [string, string, At[], At[]][] = [
    // The Batum territory (Batum, Artvin), the Olti and Ardahan districts of Kars, the sanjak of Lazistan (Rize); not Kars, Trebizond or Tiflis
    [GEO, '1919-06-01', ['batumi', 'artvin', 'ardahan', 'oltu', 'rize'], ['kars', 'trebizond', 'erzurum', 'tbilisi']],
    // The Muslim lands of Russian Transcaucasia with Kars, Ardahan and Batum, Karabakh and Zangezur (Goris); not Erivan, Tiflis or the Ottoman lands
    [AZE, '1919-06-01', ['baku', 'ganja', 'goris', 'kars', 'ardahan', 'batumi'], ['yerevan', 'tbilisi', 'erzurum', 'trebizond']],
    // Adalia, with Smyrna and Aidin (1917) and the Konia region; not Cilicia or Constantinople
    [ITA, '1919-06-01', ['antalya', 'smyrna', 'aydin', 'konya'], ['adana', 'constantinople', 'ankara']],
    // The Taurus on the north (Cilicia in), the Khabur and the Euphrates to Abu Kamal on the east, Rafah and the line Al-Jawf - Aqaba on the south
    [CONGRESS, '1919-09-01', ['damascus', 'beirut', 'jerusalem', 'aleppo', 'alexandretta', 'adana', 'urfa', 'deirEzZor', 'maan'], ['konya', 'diyarbakir', 'mardin', 'qamishli', 'mosul', 'baghdad', 'tabuk']],
    [KINGDOM, '1920-05-01', ['damascus', 'beirut', 'jerusalem', 'adana', 'deirEzZor'], ['qamishli', 'mosul', 'tabuk', 'konya']],
    // A united Syria, Cilicia left to Anatolia
    [KING_CRANE, '1919-09-01', ['damascus', 'beirut', 'jerusalem', 'aleppo', 'urfa'], ['adana', 'marash', 'qamishli', 'mosul']],
  ];
  for (const [feature, date, inside, outside] of cases) {
    for (const place of inside) it(`${place} is in ${feature} on ${date}`, () => expect(featureIds(place, CONFERENCE, date)).toContain(feature));
    for (const place of outside) it(`${place} is not in ${feature} on ${date}`, () => expect(featureIds(place, CONFERENCE, date)).not.toContain(feature));
  }
  it('dates the Syrian programme, the Kingdom and the recommendation to the day, and ends the Kingdom with the fall of Damascus (24 July 1920)', () => {
    const at = (date: string) => featureIds('damascus', CONFERENCE, date);
    expect(at('1919-07-01')).not.toContain(CONGRESS);
    expect(at('1919-07-02')).toContain(CONGRESS);
    expect(at('1919-08-27')).not.toContain(KING_CRANE);
    expect(at('1919-08-28')).toContain(KING_CRANE);
    expect(at('1920-03-07')).toEqual(expect.arrayContaining([CONGRESS, KING_CRANE]));
    expect(at('1920-03-07')).not.toContain(KINGDOM);
    expect(at('1920-03-08')).toContain(KINGDOM);
    expect(at('1920-03-08')).not.toContain(CONGRESS);
    expect(at('1920-04-24')).toContain(KING_CRANE);
    expect(at('1920-04-25')).not.toContain(KING_CRANE);
    expect(at('1920-07-23')).toContain(KINGDOM);
    expect(at('1920-07-24')).not.toContain(KINGDOM);
    expect(featureIds('rize', CONFERENCE, '1918-12-31')).not.toContain(GEO);
    expect(featureIds('rize', CONFERENCE, '1919-01-01')).toContain(GEO);
    expect(featureIds('baku', CONFERENCE, '1919-05-06')).not.toContain(AZE);
    expect(featureIds('baku', CONFERENCE, '1919-05-07')).toContain(AZE);
    expect(featureIds('konya', CONFERENCE, '1919-01-17')).not.toContain(ITA);
    expect(featureIds('konya', CONFERENCE, '1919-01-18')).toContain(ITA);
  });
  it('shows the King-Crane recommendation without counting it as anyone`s claim', () => {
    const [lon, lat] = AT.beirut;
    const answer = claimsAt(realIndex(), lon, lat, dayOf('1919-09-01')!);
    expect(claims('beirut', CONFERENCE, '1919-09-01')).toContain('INT recommended');
    expect(answer.parties.map((p) => p.power)).not.toContain('INT');
    // Faisal's memorandum and the Congress's programme: one party with two papers
    expect(answer.parties.find((p) => p.power === 'HEJ')!.claims.map((c) => c.properties.id).sort()).toEqual([`${CONFERENCE}-hej`, CONGRESS]);
  });
  it('says in all three languages why the Harbord mission (16 October 1919) is not drawn, citing its report (review finding 21)', () => {
    const catalog = JSON.parse(readFileSync(`${GEODATA_DIR}/datapackage.json`, 'utf8')) as { resources: { name: string; description: string; translations: Record<string, { description: string }>; sources: { id: string }[] }[] };
    const layer = catalog.resources.find((r) => r.name === CONFERENCE)!;
    expect(layer.description).toMatch(/Harbord\).*16 October 1919.*is not drawn/);
    expect(layer.translations.tr!.description).toMatch(/Harbord\) 16 Ekim 1919/);
    expect(layer.translations.ru!.description).toMatch(/Харборд\).*16 октября 1919/);
    expect(layer.sources.map((s) => s.id)).toContain('frus-1919-paris-v02-d828');
  });
  it('lets the Caucasian claims collide: Armenia, Georgia and Azerbaijan at Ardahan, Armenia and Azerbaijan at Kars and in Zangezur', () => {
    expect(claims('ardahan', CONFERENCE, '1919-06-01')).toEqual(expect.arrayContaining(['ARM sovereignty', 'GEO sovereignty', 'AZE sovereignty']));
    expect(claims('oltu', CONFERENCE, '1919-06-01')).toEqual(expect.arrayContaining(['ARM sovereignty', 'GEO sovereignty']));
    expect(claims('kars', CONFERENCE, '1919-06-01')).toEqual(expect.arrayContaining(['ARM sovereignty', 'AZE sovereignty']));
    expect(claims('goris', CONFERENCE, '1919-06-01')).toEqual(expect.arrayContaining(['ARM sovereignty', 'AZE sovereignty']));
  });
});

/** The Armenian claim against a vilayet dataset we did not draw (vilayet_share.ts): the share of each vilayet's land inside the claim. */
describe('the Armenian claim covers the eastern vilayets it names', () => {
  const share = (unit: string) => vilayetShare(unit, CONFERENCE, (p) => p.power === 'ARM', dayOf('1919-06-01')!);
  it('takes nearly all of Erzurum, Van, Bitlis and Mamuret-ul-Aziz', () => {
    for (const unit of ['Erzurum', 'Van', 'Bitlis', 'Elazig']) expect(share(unit), unit).toBeGreaterThan(0.85);
  });
  it('takes Diyarbekir only north of the Tigris and Sivas only east of the line Ordu-Sivas', () => {
    expect(share('Diyarbakir')).toBeGreaterThan(0.3);
    expect(share('Diyarbakir')).toBeLessThan(0.85);
    expect(share('Sivas')).toBeGreaterThan(0.2);
    expect(share('Sivas')).toBeLessThan(0.8);
  });
});

describe('Compare sets the National Pact against Sevres', () => {
  const layer = (id: string) => JSON.parse(readFileSync(`${GEODATA_DIR}/${id}.geojson`, 'utf8')) as LayerCollection;
  it('gives the Pact Mosul and Smyrna, Sevres neither, and leaves the Arab lands held by nobody', () => {
    const places = [
      { id: 'mosul', name: 'Mosul', lon: 43.13, lat: 36.34 },
      { id: 'smyrna', name: 'Smyrna', lon: 27.14, lat: 38.42 },
      { id: 'damascus', name: 'Damascus', lon: 36.29, lat: 33.51 },
      { id: 'ankara', name: 'Ankara', lon: 32.85, lat: 39.93 },
    ];
    const result = compareLayers(layer(PACT), layer('sevres-1920'), places);
    // Compare reads a whole layer: the Chamber's (OTT) and Ankara's (TUR) features are one holder
    expect(result.places).toEqual([
      { id: 'mosul', name: 'Mosul', from: 'OTT', to: 'GBR' },
      { id: 'smyrna', name: 'Smyrna', from: 'OTT', to: 'GRC' },
      { id: 'damascus', name: 'Damascus', from: null, to: 'FRA' },
    ]);
    // Today's Turkey is about 780,000 km2; the Pact adds Mosul and northern Syria, less Kars and Artvin
    expect(result.turkeyKm2[0]).toBeGreaterThan(800_000);
    expect(result.turkeyKm2[0]).toBeLessThan(950_000);
    expect(result.lostKm2).toBeGreaterThan(200_000);
  });
});
