import { GROUPS, LIFECYCLE_STAGES } from './contract.ts';
import { parsePartialDate } from './dates.ts';
import { validateFeature } from './validate_feature.ts';

/** A problem found in the geodata, located as precisely as the contract allows. */
export interface ValidationIssue {
  file: string;
  featureId?: string;
  message: string;
}

/** The published geodata, parsed: layer files by file name, the catalogue and the bibliography. */
export interface GeodataSnapshot {
  layers: Record<string, unknown>;
  datapackage: unknown;
  sources: unknown;
}

/**
 * Checks the whole published geodata: every feature against the contract, ids unique across
 * all layers, every layer file listed in datapackage.json and every entry backed by a file,
 * and the catalogue's groups, dates and life cycles.
 */
export function validateGeodata(snapshot: GeodataSnapshot): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const sourceIds = new Set<string>();
  if (!Array.isArray(snapshot.sources)) issues.push({ file: 'sources.json', message: 'must be a JSON array of CSL-JSON items' });
  else
    snapshot.sources.forEach((item: { id?: unknown; type?: unknown; title?: unknown }, i) => {
      if (typeof item?.id !== 'string' || typeof item.type !== 'string' || typeof item.title !== 'string') issues.push({ file: 'sources.json', message: `item ${i} needs string id, type and title (CSL-JSON)` });
      else if (sourceIds.has(item.id)) issues.push({ file: 'sources.json', message: `id "${item.id}" appears twice` });
      else sourceIds.add(item.id);
    });

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
    if (!GROUPS.includes(r.group as never)) at(`group "${String(r.group)}" is not one of ${GROUPS.join(', ')}`);
    const temporal = r.temporal as { start?: unknown; end?: unknown } | undefined;
    if (typeof temporal?.start !== 'string' || !parsePartialDate(temporal.start)) at('temporal.start must be a date');
    if (temporal?.end !== undefined && (typeof temporal.end !== 'string' || !parsePartialDate(temporal.end))) at('temporal.end must be a date');
    for (const step of (Array.isArray(r.lifecycle) ? r.lifecycle : []) as { stage?: unknown; date?: unknown }[]) {
      if (!LIFECYCLE_STAGES.includes(step.stage as never)) at(`lifecycle stage "${String(step.stage)}" is not one of ${LIFECYCLE_STAGES.join(', ')}`);
      if (typeof step.date !== 'string' || !parsePartialDate(step.date)) at(`lifecycle date "${String(step.date)}" is not a date`);
    }
    for (const source of (Array.isArray(r.sources) ? r.sources : []) as { id?: string }[]) {
      if (!sourceIds.has(String(source.id))) at(`source "${String(source.id)}" is not in sources.json`);
    }
  }
  for (const layer of layerFiles) if (!listed.has(layer)) issues.push({ file: layer, message: 'has no entry in datapackage.json' });
  return issues;
}
