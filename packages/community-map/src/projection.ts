/**
 * The map's projection: a plain equirectangular projection centred on the UK, with longitude scaled by
 * cos(54.5°) so Great Britain keeps its shape. It is exact enough for a country-sized overview and is
 * a few lines of arithmetic — the same function draws the regions (at build time) and the markers.
 *
 * Units: 100 map units per degree of latitude. The base map's viewBox is {@link MAP_VIEWBOX}.
 */
export const LAT0 = 54.5;
export const LON0 = -8.7;
export const LAT_TOP = 60.9;
const K = Math.cos((LAT0 * Math.PI) / 180);
export const UNITS_PER_DEGREE = 100;

/** The UK's extent in map units: x 0…610, y 0…1110. */
export const MAP_VIEWBOX = { x: 0, y: 0, width: 610, height: 1110 } as const;

/** Latitude/longitude (WGS 84) to map units. */
export function project(lat: number, lon: number): [number, number] {
  return [(lon - LON0) * K * UNITS_PER_DEGREE, (LAT_TOP - lat) * UNITS_PER_DEGREE];
}

/** Map units back to latitude/longitude. */
export function unproject(x: number, y: number): [number, number] {
  return [LAT_TOP - y / UNITS_PER_DEGREE, x / (K * UNITS_PER_DEGREE) + LON0];
}
