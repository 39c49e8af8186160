import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distanceKm } from '../../../src/components/refurbisher-finder/geo.js';
import { approximateLocation } from '../../../src/components/refurbisher-finder/postcode-locations.js';
import { provinceOf } from '../../../src/components/refurbisher-finder/postcode.js';

const point = fc.record({ lat: fc.double({ min: -89, max: 89, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) });

describe('distanceKm (haversine)', () => {
  it('matches known distances', () => {
    // Brussels Grand-Place to Antwerp Grote Markt: about 41 km as the crow flies.
    expect(distanceKm({ lat: 50.8467, lon: 4.3525 }, { lat: 51.2211, lon: 4.3997 })).toBeCloseTo(41.8, 0);
    // A quarter of a meridian: pole to equator.
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).toBeCloseTo((Math.PI / 2) * 6371.0088, 6);
    // Half the equator: antipodes.
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371.0088, 6);
  });

  it('is zero for a point and itself, symmetric, and obeys the triangle inequality', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(distanceKm(a, a)).toBeCloseTo(0, 9);
        expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
        // Within a metre: near antipodes the arcsine loses a few digits.
        expect(distanceKm(a, c)).toBeLessThanOrEqual(distanceKm(a, b) + distanceKm(b, c) + 1e-3);
        expect(distanceKm(a, b)).toBeLessThanOrEqual(Math.PI * 6371.0089);
      }),
    );
  });
});

describe('approximateLocation', () => {
  it('places every postcode zone inside Belgium', () => {
    for (let zone = 10; zone <= 99; zone++) {
      const at = approximateLocation(zone * 100);
      if (!at) continue;
      expect(at.lat, `zone ${zone}`).toBeGreaterThan(49.49);
      expect(at.lat, `zone ${zone}`).toBeLessThan(51.51);
      expect(at.lon, `zone ${zone}`).toBeGreaterThan(2.54);
      expect(at.lon, `zone ${zone}`).toBeLessThan(6.41);
    }
  });

  it('knows the zones in use and none of the unused ones', () => {
    const missing = [];
    for (let zone = 10; zone <= 99; zone++) if (!approximateLocation(zone * 100 + 50)) missing.push(zone);
    expect(missing).toEqual([27, 52, 54, 57, 58, 59, 63, 72, 74, 81]);
  });

  it('puts big towns near where they are', () => {
    const near = (postcode: number, lat: number, lon: number, km: number) =>
      expect(distanceKm(approximateLocation(postcode)!, { lat, lon }), String(postcode)).toBeLessThan(km);
    near(9000, 51.054, 3.717, 5); // Gent
    near(2000, 51.219, 4.402, 5); // Antwerpen
    near(3000, 50.879, 4.701, 5); // Leuven
    near(8000, 51.209, 3.225, 5); // Brugge
    near(3500, 50.931, 5.338, 10); // Hasselt
    near(4000, 50.633, 5.567, 5); // Liège
  });

  it('keeps each zone on the right side of the language border, roughly: west of 4.2 E for West Flanders, east of 5 E for Limburg', () => {
    for (let zone = 80; zone <= 89; zone++) {
      const at = approximateLocation(zone * 100);
      if (!at) continue;
      expect(provinceOf(zone * 100)).toBe('west-flanders');
      expect(at.lon).toBeLessThan(3.5);
    }
    for (let zone = 35; zone <= 39; zone++) expect(approximateLocation(zone * 100)!.lon).toBeGreaterThan(5);
  });
});
