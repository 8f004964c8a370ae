import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { OtherCalendar } from './calendars.ts';

/**
 * The geodata contract (geodata/README.md) as types and closed vocabularies. Everything that
 * reads or checks geodata imports these, so the README, the validator and the app agree.
 */

export const CONTRACT_VERSION = 4;
/** Additions within a version that older readers may ignore (geodata/README.md, Changes). */
export const CONTRACT_REVISION = 4;

/** Layer coordinates have at most this many decimals (about a metre). */
export const COORDINATE_DECIMALS = 5;

export const POWERS = ['OTT', 'TUR', 'RUS', 'SOV', 'GBR', 'FRA', 'ITA', 'GRC', 'ARM', 'GEO', 'AZE', 'BGR', 'PER', 'INT', 'KUR', 'HEJ', 'LOC'] as const;
export const KINDS = ['claim', 'control', 'event', 'flow'] as const;
/** The kinds that are ground (claimed or held): (Multi)Polygons with a `control`, the only ones a place can lie in. */
export const AREA_KINDS = ['claim', 'control'] as const;
/** The geometry each kind must have: ground is an area, an event a point, a flow a route. */
export const KIND_GEOMETRIES: Record<(typeof KINDS)[number], readonly string[]> = {
  claim: ['Polygon', 'MultiPolygon'],
  control: ['Polygon', 'MultiPolygon'],
  event: ['Point'],
  flow: ['LineString', 'MultiLineString'],
};
/** What happened at an event's place and day. */
export const EVENT_TYPES = ['entry-into-war', 'battle', 'capture', 'landing', 'evacuation', 'occupation', 'armistice', 'treaty', 'conference', 'congress', 'assembly', 'mission', 'proclamation', 'revolution'] as const;
/** What a flow moved along its route. */
export const CARGOES = ['gold', 'arms', 'ammunition', 'envoys'] as const;
export const CONTROLS = ['sovereignty', 'direct', 'influence', 'international', 'occupation', 'administration', 'autonomy', 'plebiscite', 'disputed', 'self-determination', 'recommended', 'demilitarised'] as const;
/**
 * Control terms for ground shown but claimed by no party: left by a claimant to its inhabitants'
 * vote, or recommended by a commission of inquiry. No one holds it on paper.
 */
export const UNCLAIMED_CONTROLS: readonly string[] = ['self-determination', 'recommended'];
/** Control terms that leave the title with the feature's power, so a joint body (INT) cannot be the power: a demilitarised zone stays its own sovereign's. */
export const SOVEREIGN_CONTROLS: readonly string[] = ['demilitarised'];
/** Powers that are no state: a local council that held ground no state held (the Kars council of 1918-1919); they hold ground, never claim it on paper. */
export const LOCAL_POWERS: readonly string[] = ['LOC'];
export const PRECISIONS = ['surveyed', 'described', 'schematic'] as const;
export const GROUPS = ['before-war', 'secret-treaties', 'kars-ardahan-batumi', 'control', 'peace-treaties', 'claims', 'events', 'modern'] as const;
export const LIFECYCLE_STAGES = ['negotiated', 'signed', 'ratified', 'in_force', 'superseded', 'repudiated', 'lapsed', 'stated', 'presented', 'rejected'] as const;
/** The languages the catalogue and the interface are written in; English is the reference. */
export const LANGUAGES = ['en', 'tr', 'ru'] as const;
/** The closed vocabularies whose terms geodata/vocabulary.json names in every language. */
export const VOCABULARY_TERMS = ['power', 'control', 'kind', 'precision', 'group', 'stage', 'event_type', 'cargo'] as const;

export type Power = (typeof POWERS)[number];
export type Kind = (typeof KINDS)[number];
export type AreaKind = (typeof AREA_KINDS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type Cargo = (typeof CARGOES)[number];
export type Control = (typeof CONTROLS)[number];
export type Precision = (typeof PRECISIONS)[number];
export type Group = (typeof GROUPS)[number];
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];
export type Language = (typeof LANGUAGES)[number];
export type VocabularyTerm = (typeof VOCABULARY_TERMS)[number];

/** A vocabulary's terms in each language: `vocabulary.power.OTT.tr`. */
export type Vocabulary = Record<VocabularyTerm, Record<string, Record<Language, string>>>;

/** An entry's texts in the languages other than English: `{tr: {title: '...'}, ru: {...}}`. */
export type Translations<Field extends string> = Partial<Record<Exclude<Language, 'en'>, Partial<Record<Field, string>>>>;

/** A pointer into geodata/sources.json with the place in that source. */
export interface SourceRef {
  id: string;
  locator: string;
}

/** A date as the source wrote it in another calendar (`{calendar: 'rumi', text: '23 Nisan 1336'}`); it names the start_date's day. */
export interface OriginalDate {
  calendar: OtherCalendar;
  text: string;
}

/** What every kind of feature carries. */
interface CommonProperties {
  id: string;
  name: string;
  /** The name in Turkish and in Russian: an event's name, or the gloss of a name written as English prose (a proper name needs none). */
  'name:tr'?: string;
  'name:ru'?: string;
  power: Power;
  start_date?: string;
  end_date?: string;
  precision: Precision;
  sources: SourceRef[];
  note?: string;
  original_date?: OriginalDate;
}

/** Ground claimed on paper or held: a (Multi)Polygon. */
export interface AreaFeatureProperties extends CommonProperties {
  kind: AreaKind;
  control: Control;
  /** On held ground only: the government that ran it under the holder (the Istanbul government under the Allied occupation of Constantinople). */
  administered_by?: Power;
}

/** A dated happening at a place: a Point, named in every language, with the powers taking part. */
export interface EventFeatureProperties extends CommonProperties {
  kind: 'event';
  control?: never;
  event_type: EventType;
  participants: Power[];
  'name:tr': string;
  'name:ru': string;
}

/** A dated movement along a route: a LineString, with what moved along it. */
export interface FlowFeatureProperties extends CommonProperties {
  kind: 'flow';
  control?: never;
  carries: Cargo[];
}

export type LayerFeatureProperties = AreaFeatureProperties | EventFeatureProperties | FlowFeatureProperties;

/** Whether a feature is ground (a claim or control), the only kind a place can lie in and a holder can hold. */
export function isArea(p: LayerFeatureProperties): p is AreaFeatureProperties {
  return p.kind === 'claim' || p.kind === 'control';
}

export type LayerFeature = Feature<Geometry, LayerFeatureProperties>;
export type LayerCollection = FeatureCollection<Geometry, LayerFeatureProperties>;

/** A layer's catalogue entry, written in its recipe and copied into datapackage.json. */
export interface LayerResource {
  title: string;
  group: Group;
  description: string;
  translations?: Translations<'title' | 'description'>;
  temporal: { start: string; end?: string };
  lifecycle: { stage: LifecycleStage; date: string; note?: string }[];
  /** The act was signed and never came into force (Sevres): said beside its stage in the layer list. */
  never_in_force?: true;
  sources: string[];
  notes?: string[];
}

/** One entry of geodata/sources.json (CSL-JSON; only the fields the explorer reads are typed). */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  URL?: string;
  /** Not CSL: the document's own date in another calendar; it names the `issued` day. */
  original_date?: OriginalDate;
  [field: string]: unknown;
}
