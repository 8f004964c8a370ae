/**
 * The part of the world the explorer covers, as [west, south, east, north] in degrees.
 * Wider than the story itself (about 10-60 E, 25-50 N) so that panning to the edge of the
 * camera bounds never shows a void, and Ottoman Arabia south of 25 N still fits.
 */
export const REGION: readonly [number, number, number, number] = [5, 20, 65, 55];

/** Whether a longitude/latitude pair lies inside {@link REGION} (edges included). */
export function inRegion(lon: number, lat: number): boolean {
  const [west, south, east, north] = REGION;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}
