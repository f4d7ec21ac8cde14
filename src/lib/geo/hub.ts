// Baku, the hub every flow on the map starts from, and the point partner bearings are measured from.

/** Baku's `[lon, lat]` in degrees. */
export const BAKU: readonly [number, number] = Object.freeze([49.867, 40.409]) as readonly [number, number];
