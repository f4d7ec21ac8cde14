// Great-circle helpers: the initial bearing towards a place and the point a given distance along a bearing.

const RADIANS = Math.PI / 180;
const DEGREES = 180 / Math.PI;

/**
 * The initial great-circle bearing from `from` to `to`, in degrees clockwise from north, in [0, 360).
 * Both points are `[lon, lat]` in degrees.
 */
export function initialBearing(from: readonly [number, number], to: readonly [number, number]): number {
  const φ1 = from[1] * RADIANS;
  const φ2 = to[1] * RADIANS;
  const Δλ = (to[0] - from[0]) * RADIANS;
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  return (Math.atan2(y, x) * DEGREES + 360) % 360;
}

/**
 * The `[lon, lat]` reached by travelling `distanceDegrees` of arc from `from` along the great circle
 * that leaves it at `bearingDegrees` (clockwise from north).
 */
export function pointAlongBearing(
  from: readonly [number, number],
  bearingDegrees: number,
  distanceDegrees: number,
): [number, number] {
  const φ1 = from[1] * RADIANS;
  const λ1 = from[0] * RADIANS;
  const θ = bearingDegrees * RADIANS;
  const δ = distanceDegrees * RADIANS;
  const sinφ2 = Math.sin(φ1) * Math.cos(δ) + Math.cos(φ1) * Math.sin(δ) * Math.cos(θ);
  const φ2 = Math.asin(Math.max(-1, Math.min(1, sinφ2)));
  const λ2 = λ1 + Math.atan2(Math.sin(θ) * Math.sin(δ) * Math.cos(φ1), Math.cos(δ) - Math.sin(φ1) * sinφ2);
  return [((λ2 * DEGREES + 540) % 360) - 180, φ2 * DEGREES];
}
