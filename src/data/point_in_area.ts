import type { MultiPolygon, Polygon } from 'geojson';
import { orient2d } from 'robust-predicates';

/** Whether a point lies in an area, its outline included. */
export type PointInArea = (lon: number, lat: number) => boolean;

/** About this many edges share a latitude band: a point tests those of its band only. */
const EDGES_PER_BAND = 4;

/**
 * A point-in-polygon test whose cost does not grow with the outline's length: each polygon's
 * edges are sorted into latitude bands once, and a point tests only the edges of its band, since
 * an edge above or below the point can neither cross its ray nor carry it. Each edge is tested
 * as turf's booleanPointInPolygon does (point-in-polygon-hao, with the same robust orientation
 * test), so the two give the same answer on every point, the outline counting as inside.
 */
export function createPointInArea(geometry: Polygon | MultiPolygon): PointInArea {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map(bandedPolygon);
  return (lon, lat) => polygons.some((p) => p(lon, lat));
}

function bandedPolygon(rings: number[][][]): PointInArea {
  const edges: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) edges.push(ring[i]![0]!, ring[i]![1]!, ring[i + 1]![0]!, ring[i + 1]![1]!);
  }
  const count = edges.length / 4;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let e = 0; e < edges.length; e += 2) {
    west = Math.min(west, edges[e]!);
    east = Math.max(east, edges[e]!);
    south = Math.min(south, edges[e + 1]!);
    north = Math.max(north, edges[e + 1]!);
  }
  const bandCount = Math.max(1, Math.ceil(count / EDGES_PER_BAND));
  const height = (north - south) / bandCount || 1;
  const bandOf = (lat: number) => Math.min(bandCount - 1, Math.floor((lat - south) / height));
  // The edges of each band, as start offsets into one array (as a sparse matrix's rows are kept).
  const bands: number[][] = Array.from({ length: bandCount }, () => []);
  for (let e = 0; e < count; e++) {
    const [y1, y2] = [edges[4 * e + 1]!, edges[4 * e + 3]!];
    for (let b = bandOf(Math.min(y1, y2)); b <= bandOf(Math.max(y1, y2)); b++) bands[b]!.push(e);
  }
  const starts = new Int32Array(bandCount + 1);
  bands.forEach((band, b) => (starts[b + 1] = starts[b]! + band.length));
  const members = Int32Array.from(bands.flat());

  return (x, y) => {
    if (x < west || x > east || y < south || y > north) return false;
    const band = bandOf(y);
    let crossings = 0;
    for (let m = starts[band]!; m < starts[band + 1]!; m++) {
      const e = 4 * members[m]!;
      const [u1, v1, u2, v2] = [edges[e]! - x, edges[e + 1]! - y, edges[e + 2]! - x, edges[e + 3]! - y];
      if (v1 === 0 && v2 === 0) {
        if ((u2 <= 0 && u1 >= 0) || (u1 <= 0 && u2 >= 0)) return true;
      } else if ((v2 >= 0 && v1 <= 0) || (v2 <= 0 && v1 >= 0)) {
        const f = orient2d(u1, u2, v1, v2, 0, 0);
        if (f === 0) return true;
        if ((f > 0 && v2 > 0 && v1 <= 0) || (f < 0 && v2 <= 0 && v1 > 0)) crossings++;
      }
    }
    return crossings % 2 === 1;
  };
}
