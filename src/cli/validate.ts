import { fileURLToPath } from 'node:url';
import { validateGeodata } from '../data/validate_geodata.ts';
import { readSnapshot } from './geodata_files.ts';
import { validateWaypoints } from './validate_waypoints.ts';

const dir = process.argv[2] ?? fileURLToPath(new URL('../../geodata', import.meta.url));
const snapshot = readSnapshot(dir);
const issues = [...validateGeodata(snapshot), ...validateWaypoints(dir)];
for (const issue of issues) console.error(`${issue.file}${issue.featureId ? ` [${issue.featureId}]` : ''}: ${issue.message}`);
const count = Object.values(snapshot.layers).reduce((n: number, fc) => n + ((fc as { features?: unknown[] }).features?.length ?? 0), 0);
console.log(`${issues.length === 0 ? 'Valid' : `${issues.length} problem(s)`}: ${Object.keys(snapshot.layers).length} layers, ${count} features checked in ${dir}`);
process.exitCode = issues.length === 0 ? 0 : 1;
