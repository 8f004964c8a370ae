import type { Geometry, Position } from 'geojson';

/** A box of longitude and latitude: west, south, east, north (a map's view, north up). */
export type Box = [number, number, number, number];

/**
 * Whether any part of a geometry lies in a box: a point in it, a line through it, an area over
 * it (the box inside the area counts, in a hole does not). One pass over the coordinates and
 * nothing allocated: the legend asks it for every feature drawn at every date and every move.
 */
export function meetsBox(geometry: Geometry, box: Box): boolean {
  switch (geometry.type) {
    case 'Point':
      return inBox(geometry.coordinates, box);
    case 'MultiPoint':
      return geometry.coordinates.some((p) => inBox(p, box));
    case 'LineString':
      return lineMeetsBox(geometry.coordinates, box);
    case 'MultiLineString':
      return geometry.coordinates.some((line) => lineMeetsBox(line, box));
    case 'Polygon':
      return areaMeetsBox(geometry.coordinates, box);
    case 'MultiPolygon':
      return geometry.coordinates.some((rings) => areaMeetsBox(rings, box));
    case 'GeometryCollection':
      return geometry.geometries.some((g) => meetsBox(g, box));
  }
}

function inBox(p: Position, box: Box): boolean {
  return p[0]! >= box[0] && p[0]! <= box[2] && p[1]! >= box[1] && p[1]! <= box[3];
}

function lineMeetsBox(line: Position[], box: Box): boolean {
  if (line.length === 1) return inBox(line[0]!, box);
  for (let i = 1; i < line.length; i++) if (segmentMeetsBox(line[i - 1]!, line[i]!, box)) return true;
  return false;
}

/**
 * An area meets a box if one of its edges does; if none does, the box lies wholly inside or
 * wholly outside it, and the box's centre tells which (an even-odd ray count over every ring,
 * so that a box inside a hole is outside).
 */
function areaMeetsBox(rings: Position[][], box: Box): boolean {
  const cx = (box[0] + box[2]) / 2;
  const cy = (box[1] + box[3]) / 2;
  let inside = false;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1]!;
      const b = ring[i]!;
      if (segmentMeetsBox(a, b, box)) return true;
      const ax = a[0]!;
      const ay = a[1]!;
      const bx = b[0]!;
      const by = b[1]!;
      if (ay > cy !== by > cy && cx < ((bx - ax) * (cy - ay)) / (by - ay) + ax) inside = !inside;
    }
  }
  return inside;
}

/** A segment meets a box unless it lies wholly to one side of it, or the box wholly to one side of its line. */
function segmentMeetsBox(a: Position, b: Position, box: Box): boolean {
  // Indexed, not destructured: destructuring an array walks an iterator, and this runs for every edge.
  const x1 = a[0]!;
  const y1 = a[1]!;
  const x2 = b[0]!;
  const y2 = b[1]!;
  const west = box[0];
  const south = box[1];
  const east = box[2];
  const north = box[3];
  if (Math.max(x1, x2) < west || Math.min(x1, x2) > east || Math.max(y1, y2) < south || Math.min(y1, y2) > north) return false;
  const dx = x2 - x1;
  const dy = y2 - y1;
  // Which side of the segment's line each corner is on (0: on it).
  const sw = Math.sign(dx * (south - y1) - dy * (west - x1));
  const se = Math.sign(dx * (south - y1) - dy * (east - x1));
  const ne = Math.sign(dx * (north - y1) - dy * (east - x1));
  const nw = Math.sign(dx * (north - y1) - dy * (west - x1));
  return !(sw === se && se === ne && ne === nw && sw !== 0);
}
