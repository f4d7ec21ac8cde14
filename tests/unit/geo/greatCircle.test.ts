// Checks the great-circle helpers against hand-computed bearings.
import { describe, it, expect } from 'vitest';
import { initialBearing, pointAlongBearing } from '../../../src/lib/geo/greatCircle.ts';

describe('initialBearing', () => {
  it('initialBearing along a meridian and the equator gives the compass points', () => {
    expect(initialBearing([10, 0], [10, 20])).toBeCloseTo(0, 9);
    expect(initialBearing([10, 0], [30, 0])).toBeCloseTo(90, 9);
    expect(initialBearing([10, 20], [10, 0])).toBeCloseTo(180, 9);
    expect(initialBearing([30, 0], [10, 0])).toBeCloseTo(270, 9);
  });

  it('initialBearing from Baku to Rome starts west-north-west, as the great circle bends north', () => {
    const bearing = initialBearing([49.867, 40.409], [12.5, 41.9]);
    expect(bearing).toBeGreaterThan(280);
    expect(bearing).toBeLessThan(300);
  });
});

describe('pointAlongBearing', () => {
  it('pointAlongBearing travels the given arc: 1° north is 1° of latitude', () => {
    const [lon, lat] = pointAlongBearing([49.867, 40.409], 0, 1);
    expect(lon).toBeCloseTo(49.867, 9);
    expect(lat).toBeCloseTo(41.409, 9);
  });

  it('pointAlongBearing and initialBearing agree', () => {
    for (const bearing of [15, 100, 200, 290]) {
      const to = pointAlongBearing([49.867, 40.409], bearing, 30);
      expect(initialBearing([49.867, 40.409], to)).toBeCloseTo(bearing, 6);
    }
  });
});
