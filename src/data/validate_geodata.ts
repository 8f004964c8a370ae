import { CARGOES, CONTROLS, EVENT_TYPES, GROUPS, KINDS, LANGUAGES, LIFECYCLE_STAGES, POWERS, PRECISIONS, type VocabularyTerm } from './contract.ts';
import { parsePartialDate } from './dates.ts';
import { originalDateProblems } from './original_date.ts';
import { validateFeature } from './validate_feature.ts';
import { parseAidLedger } from './aid_ledger.ts';

/** The ledger's file, and the layer whose drawn lines are the routes its entries name. */
export const AID_LEDGER_FILE = 'soviet-aid-ledger.json';
const AID_ROUTES_LAYER = 'soviet-aid-1920-1922.geojson';

/** A problem found in the geodata, located as precisely as the contract allows. */
export interface ValidationIssue {
  file: string;
  featureId?: string;
  message: string;
}

/** The published geodata, parsed: layer files by file name, the catalogue, the bibliography and the excerpts. */
export interface GeodataSnapshot {
  layers: Record<string, unknown>;
  datapackage: unknown;
  sources: unknown;
  excerpts: unknown;
  /** The Soviet aid ledger, where the folder has one. */
  aidLedger?: unknown;
}

/**
 * Checks the whole published geodata: every feature against the contract, ids unique across
 * all layers, every layer file listed in datapackage.json and every entry backed by a file,
 * and the catalogue's groups, dates, life cycles, translations and vocabulary.
 */
export function validateGeodata(snapshot: GeodataSnapshot): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const sourceIds = new Set<string>();
  if (!Array.isArray(snapshot.sources)) issues.push({ file: 'sources.json', message: 'must be a JSON array of CSL-JSON items' });
  else
    snapshot.sources.forEach((item: { id?: unknown; type?: unknown; title?: unknown; issued?: unknown; original_date?: unknown }, i) => {
      if (typeof item?.id !== 'string' || typeof item.type !== 'string' || typeof item.title !== 'string') issues.push({ file: 'sources.json', message: `item ${i} needs string id, type and title (CSL-JSON)` });
      else if (sourceIds.has(item.id)) issues.push({ file: 'sources.json', message: `id "${item.id}" appears twice` });
      else sourceIds.add(item.id);
      if (item?.original_date !== undefined) {
        for (const message of originalDateProblems(item.original_date, issuedDates(item.issued))) issues.push({ file: 'sources.json', featureId: String(item.id), message: `${message} (issued)` });
      }
    });
  for (const excerpt of (snapshot.excerpts as { excerpts?: unknown } | null)?.excerpts as { id?: unknown; dates?: unknown; original_date?: unknown }[] ?? []) {
    if (excerpt?.original_date === undefined) continue;
    const dates = Array.isArray(excerpt.dates) ? excerpt.dates.map(String) : [];
    for (const message of originalDateProblems(excerpt.original_date, dates)) issues.push({ file: 'excerpts.json', featureId: String(excerpt.id), message: `${message} (dates)` });
  }

  const seen = new Map<string, string>();
  for (const [file, collection] of Object.entries(snapshot.layers)) {
    const features = (collection as { type?: unknown; features?: unknown })?.features;
    if ((collection as { type?: unknown })?.type !== 'FeatureCollection' || !Array.isArray(features)) {
      issues.push({ file, message: 'is not a GeoJSON FeatureCollection' });
      continue;
    }
    if ('crs' in (collection as object)) issues.push({ file, message: 'has a "crs" member, which RFC 7946 removed' });
    features.forEach((feature: { properties?: { id?: unknown } }, index) => {
      const id = typeof feature?.properties?.id === 'string' ? feature.properties.id : undefined;
      const featureId = id ?? `#${index}`;
      for (const message of validateFeature(feature, sourceIds)) issues.push({ file, featureId, message });
      if (id !== undefined) {
        if (seen.has(id)) issues.push({ file, featureId, message: `id is also used in ${seen.get(id)}` });
        else seen.set(id, file);
      }
    });
  }
  issues.push(...checkCatalogue(snapshot.datapackage, Object.keys(snapshot.layers), sourceIds));
  if (snapshot.aidLedger !== undefined) {
    const routes = ((snapshot.layers[AID_ROUTES_LAYER] as { features?: { properties?: { id?: unknown }; geometry?: { type?: unknown } }[] } | undefined)?.features ?? []).filter((f) => f.geometry?.type === 'LineString');
    const { problems } = parseAidLedger(snapshot.aidLedger, { sourceIds, routeIds: new Set(routes.map((f) => String(f.properties?.id))) });
    for (const p of problems) issues.push({ file: AID_LEDGER_FILE, featureId: p.entry, message: p.field ? `${p.field} ${p.message}` : p.message });
  }
  return issues;
}

function checkCatalogue(datapackage: unknown, layerFiles: string[], sourceIds: ReadonlySet<string>): ValidationIssue[] {
  const file = 'datapackage.json';
  const resources = (datapackage as { resources?: unknown })?.resources;
  if (!Array.isArray(resources)) return [{ file, message: 'has no "resources" array' }];
  const issues: ValidationIssue[] = [];
  const listed = new Set<string>();
  for (const r of resources as Record<string, unknown>[]) {
    const name = String(r?.name);
    const at = (message: string) => issues.push({ file, featureId: `resource ${name}`, message });
    listed.add(String(r?.path));
    if (!layerFiles.includes(String(r?.path))) at(`lists "${String(r?.path)}", which is not in geodata/`);
    if (typeof r.title !== 'string' || typeof r.description !== 'string') at('needs a title and a description');
    for (const problem of translationProblems(r.translations, ['title', 'description'])) at(problem);
    if (!GROUPS.includes(r.group as never)) at(`group "${String(r.group)}" is not one of ${GROUPS.join(', ')}`);
    const temporal = r.temporal as { start?: unknown; end?: unknown } | undefined;
    if (typeof temporal?.start !== 'string' || !parsePartialDate(temporal.start)) at('temporal.start must be a date');
    if (temporal?.end !== undefined && (typeof temporal.end !== 'string' || !parsePartialDate(temporal.end))) at('temporal.end must be a date');
    for (const step of (Array.isArray(r.lifecycle) ? r.lifecycle : []) as { stage?: unknown; date?: unknown }[]) {
      if (!LIFECYCLE_STAGES.includes(step.stage as never)) at(`lifecycle stage "${String(step.stage)}" is not one of ${LIFECYCLE_STAGES.join(', ')}`);
      if (typeof step.date !== 'string' || !parsePartialDate(step.date)) at(`lifecycle date "${String(step.date)}" is not a date`);
    }
    if (r.never_in_force !== undefined && r.never_in_force !== true) at('never_in_force, where present, must be true');
    if (r.never_in_force === true && Array.isArray(r.lifecycle) && (r.lifecycle as { stage?: unknown }[]).some((s) => s.stage === 'in_force' || s.stage === 'ratified')) at('never_in_force contradicts a ratified or in_force stage of its life cycle');
    for (const source of (Array.isArray(r.sources) ? r.sources : []) as { id?: string }[]) {
      if (!sourceIds.has(String(source.id))) at(`source "${String(source.id)}" is not in sources.json`);
    }
  }
  for (const layer of layerFiles) if (!listed.has(layer)) issues.push({ file: layer, message: 'has no entry in datapackage.json' });
  for (const tour of (Array.isArray((datapackage as { tours?: unknown }).tours) ? (datapackage as { tours: { id?: unknown; translations?: unknown }[] }).tours : [])) {
    for (const problem of translationProblems(tour.translations, ['title'])) issues.push({ file, featureId: `tour ${String(tour.id)}`, message: problem });
  }
  issues.push(...vocabularyProblems((datapackage as { vocabulary?: unknown }).vocabulary).map((message) => ({ file, featureId: 'vocabulary', message })));
  return issues;
}

const TERMS: Record<VocabularyTerm, readonly string[]> = { power: POWERS, control: CONTROLS, kind: KINDS, precision: PRECISIONS, group: GROUPS, stage: LIFECYCLE_STAGES, event_type: EVENT_TYPES, cargo: CARGOES };

/** Every term of every closed vocabulary, named in every language. */
function vocabularyProblems(vocabulary: unknown): string[] {
  if (!vocabulary || typeof vocabulary !== 'object') return ['is missing (geodata/vocabulary.json names every term in every language)'];
  const table = vocabulary as Record<string, Record<string, Record<string, unknown>> | undefined>;
  return Object.entries(TERMS).flatMap(([term, codes]) =>
    codes.flatMap((code) => LANGUAGES.filter((lang) => typeof table[term]?.[code]?.[lang] !== 'string' || table[term]![code]![lang] === '').map((lang) => `${term} "${code}" has no name in "${lang}"`)),
  );
}

/** `translations` is optional; where present, each language is one of ours and each text a non-empty string. */
function translationProblems(translations: unknown, fields: string[]): string[] {
  if (translations === undefined) return [];
  if (!translations || typeof translations !== 'object') return ['translations must be an object keyed by language'];
  return Object.entries(translations as Record<string, unknown>).flatMap(([lang, texts]) => {
    if (lang === 'en' || !LANGUAGES.includes(lang as never)) return [`translations."${lang}" is not one of ${LANGUAGES.filter((l) => l !== 'en').join(', ')}`];
    if (!texts || typeof texts !== 'object') return [`translations.${lang} must be an object`];
    return Object.entries(texts as Record<string, unknown>).flatMap(([field, text]) =>
      !fields.includes(field) ? [`translations.${lang}.${field} is not a translatable field (${fields.join(', ')})`] : typeof text !== 'string' || text === '' ? [`translations.${lang}.${field} must be a non-empty string`] : [],
    );
  });
}

/** A CSL `issued` date as partial ISO dates ("1920-04-23", "1920-04", "1920"), one per date-parts entry. */
function issuedDates(issued: unknown): string[] {
  const parts = (issued as { 'date-parts'?: unknown } | null)?.['date-parts'];
  if (!Array.isArray(parts)) return [];
  return parts.filter(Array.isArray).map((p: unknown[]) => p.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-'));
}
