import { join } from 'node:path';
import type { ValidationIssue } from '../data/validate_geodata.ts';
import { inRegion } from '../data/region.ts';
import { jsonFiles, readJson } from './geodata_files.ts';
import type { Waypoint } from './recipe_geometry.ts';

/**
 * Checks the waypoint files: ids unique across groups, at most 5 decimals, inside the region,
 * and a source for every point that is not a mere construction point.
 */
export function validateWaypoints(dir: string): ValidationIssue[] {
  const sourceIds = new Set((readJson(join(dir, 'sources.json')) as { id: string }[]).map((s) => s.id));
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const [name, value] of jsonFiles(join(dir, 'waypoints'))) {
    const file = `waypoints/${name}`;
    for (const w of (value as { waypoints: Waypoint[] }).waypoints) {
      const at = (message: string) => issues.push({ file, featureId: w.id, message });
      if (seen.has(w.id)) at('id is used by another waypoint');
      seen.add(w.id);
      if (typeof w.lon !== 'number' || typeof w.lat !== 'number' || !inRegion(w.lon, w.lat)) at('lon/lat must be numbers inside the region');
      else if ([w.lon, w.lat].some((v) => Math.round(v * 1e5) / 1e5 !== v)) at('has more than 5 decimals');
      if (w.construction) continue;
      if (!Array.isArray(w.sources) || w.sources.length === 0) at('needs sources (or "construction": true for a point that only closes a polygon)');
      else for (const s of w.sources) if (!sourceIds.has(s.id)) at(`source "${s.id}" is not in sources.json`);
    }
  }
  return issues;
}
