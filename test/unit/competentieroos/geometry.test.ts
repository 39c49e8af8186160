import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TAU,
  angleOf,
  areaSpans,
  labelAt,
  levelAtRadius,
  outlinePath,
  polar,
  ringLabelStep,
  ringRadii,
  roseLayout,
  scaleGap,
  sectorPath,
  valueRadius,
  wedgeAngles,
  wedgeAt,
} from '../../../src/components/competentieroos/geometry.js';

const counts = [1, 2, 19, 22, 60];

/** The points a path passes through (every coordinate pair after M, L and as A's end point). */
function points(path: string): { x: number; y: number }[] {
  const found: { x: number; y: number }[] = [];
  for (const [, command, args] of path.matchAll(/([MLA])([^MLAZ]*)/g)) {
    const numbers = args!.trim().split(/[\s,]+/).map(Number);
    const [x, y] = command === 'A' ? numbers.slice(5) : numbers;
    found.push({ x: x!, y: y! });
  }
  return found;
}
const distance = (p: { x: number; y: number }, cx = 100, cy = 100) => Math.hypot(p.x - cx, p.y - cy);

describe('wedgeAngles', () => {
  it.each(counts)('%i competences: equal wedges clockwise from the top, leaving the scale gap at 12 o’clock', (count) => {
    const angles = wedgeAngles(count);
    const gap = scaleGap(count);
    expect(angles).toHaveLength(count);
    expect(angles[0]!.start).toBeCloseTo(gap / 2, 10);
    expect(angles[count - 1]!.end).toBeCloseTo(TAU - gap / 2, 10);
    angles.forEach((angle, index) => {
      expect(angle.end - angle.start).toBeCloseTo((TAU - gap) / count, 10);
      expect(angle.mid).toBeCloseTo((angle.start + angle.end) / 2, 10);
      if (index > 0) expect(angle.start).toBeCloseTo(angles[index - 1]!.end, 10);
    });
  });

  it('leaves a gap of a wedge and a quarter for the scale, between about 11 and 26 degrees; none for one competence', () => {
    expect(scaleGap(1)).toBe(0);
    expect(scaleGap(22)).toBeCloseTo((TAU / 22) * 1.25, 10);
    expect(scaleGap(2)).toBe(0.45);
    expect(scaleGap(60)).toBe(0.2);
    // A pointer in the gap picks the nearer wedge.
    expect(wedgeAt(0.01, 22)).toBe(0);
    expect(wedgeAt(TAU - 0.01, 22)).toBe(21);
  });

  it.each(counts)('%i competences: the angle at each wedge middle falls in that wedge', (count) => {
    wedgeAngles(count).forEach((angle, index) => {
      const point = polar(100, 100, 50, angle.mid);
      expect(wedgeAt(angleOf(100, 100, point.x, point.y), count)).toBe(index);
    });
  });
});

describe('polar and angleOf', () => {
  it('measure clockwise from 12 o’clock', () => {
    const right = polar(0, 0, 10, Math.PI / 2);
    expect(right.x).toBeCloseTo(10);
    expect(right.y).toBeCloseTo(0);
    expect(polar(0, 0, 10, 0).y).toBeCloseTo(-10);
    expect(angleOf(0, 0, -10, 0)).toBeCloseTo((3 * Math.PI) / 2);
  });

  it('are inverse to each other', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: TAU - 1e-6, noNaN: true }), fc.double({ min: 1, max: 500, noNaN: true }), (angle, radius) => {
        const point = polar(50, 60, radius, angle);
        expect(angleOf(50, 60, point.x, point.y)).toBeCloseTo(angle, 6);
      }),
    );
  });
});

describe('sectorPath', () => {
  it.each(counts)('%i competences: each wedge runs from the inner to the outer radius at its own angles', (count) => {
    wedgeAngles(count).forEach(({ start, end }) => {
      const path = sectorPath(100, 100, 10, 80, start, end);
      expect(path.endsWith('Z')).toBe(true);
      const radii = points(path).map((point) => Math.round(distance(point)));
      if (count === 1) {
        // A whole turn: two half circles outside, two inside.
        expect(radii).toEqual([80, 80, 80, 10, 10, 10]);
      } else {
        expect(radii).toEqual([80, 80, 10, 10]);
        const [first, second] = points(path);
        expect(angleOf(100, 100, first!.x, first!.y)).toBeCloseTo(start % TAU, 1);
        expect(angleOf(100, 100, second!.x, second!.y)).toBeCloseTo(end % TAU, 1);
      }
    });
  });

  it('uses the large-arc flag only for wedges wider than half a turn', () => {
    expect(sectorPath(0, 0, 0, 10, 0, Math.PI * 1.5)).toContain('A10 10 0 1 1');
    expect(sectorPath(0, 0, 0, 10, 0, Math.PI)).toContain('A10 10 0 0 1');
  });

  it('draws a pie slice when there is no inner radius, and nothing when there is no size', () => {
    expect(sectorPath(100, 100, 0, 50, 0, 1)).toMatch(/L100 100Z$/);
    expect(sectorPath(100, 100, 10, 10, 0, 1)).toBe('');
    expect(sectorPath(100, 100, 0, 50, 1, 1)).toBe('');
  });

  it('rounds to two decimals and never writes -0', () => {
    const path = sectorPath(100, 100, 10, 80, 0, TAU / 3);
    expect(path).not.toMatch(/\d\.\d{3}/);
    expect(path).not.toContain('-0 ');
  });
});

describe('outlinePath', () => {
  it('joins the wedges of a comparison, and breaks where a value is missing', () => {
    const closed = outlinePath(100, 100, [10, 20, 30, 40], wedgeAngles(4, 0));
    expect(closed.match(/M/g)).toHaveLength(1);
    // Without a scale gap: back to the first wedge's radius at the top.
    expect(closed.endsWith('L100 90')).toBe(true);
    // With one, the line ends with the last wedge: nothing crosses the scale.
    const angles = wedgeAngles(4);
    const whole = outlinePath(100, 100, [10, 20, 30, 40], angles);
    expect(whole.match(/M/g)).toHaveLength(1);
    const end = points(whole).at(-1)!;
    expect(angleOf(100, 100, end.x, end.y)).toBeCloseTo(angles[3]!.end, 1);
    const broken = outlinePath(100, 100, [10, null, 30, 40], angles);
    expect(broken.match(/M/g)).toHaveLength(2);
    expect(outlinePath(100, 100, [null, null], wedgeAngles(2))).toBe('');
    expect(outlinePath(100, 100, [25], wedgeAngles(1))).toContain('A25 25');
  });
});

describe('levels and rings', () => {
  it('puts level 0 at the inner radius and the top level at the outer one', () => {
    expect(valueRadius(0, 6, 10, 70)).toBe(10);
    expect(valueRadius(6, 6, 10, 70)).toBe(70);
    expect(valueRadius(3, 6, 10, 70)).toBe(40);
    expect(valueRadius(9, 6, 10, 70)).toBe(70);
    expect(ringRadii(6, 10, 70)).toEqual([20, 30, 40, 50, 60, 70]);
  });

  it('finds the level a pointer points to: the ring band it is in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (levels, level, within) => {
        fc.pre(level <= levels);
        const radius = valueRadius(level - 1 + within, levels, 10, 110);
        expect(levelAtRadius(radius, levels, 10, 110)).toBe(level);
      }),
    );
    expect(levelAtRadius(0, 6, 10, 70)).toBe(1);
    expect(levelAtRadius(500, 6, 10, 70)).toBe(6);
  });

  it('labels every ring while they are far enough apart, else every other', () => {
    expect(ringLabelStep(6, 10, 130, 15)).toBe(1);
    expect(ringLabelStep(12, 10, 100, 15)).toBe(2);
  });
});

describe('labelAt', () => {
  it('aligns labels away from the centre', () => {
    expect(labelAt(0, 0, 10, 0)).toMatchObject({ anchor: 'middle', dy: 0 });
    expect(labelAt(0, 0, 10, Math.PI / 2)).toMatchObject({ anchor: 'start', dy: 0.35 });
    expect(labelAt(0, 0, 10, Math.PI)).toMatchObject({ anchor: 'middle', dy: 0.8 });
    expect(labelAt(0, 0, 10, (3 * Math.PI) / 2)).toMatchObject({ anchor: 'end', dy: 0.35 });
  });
});

describe('areaSpans', () => {
  it('finds the runs of each area', () => {
    expect(areaSpans([0, 0, 1, 2, 2, 2])).toEqual([
      { area: 0, first: 0, last: 1 },
      { area: 1, first: 2, last: 2 },
      { area: 2, first: 3, last: 5 },
    ]);
    expect(areaSpans([])).toEqual([]);
  });
});

describe('roseLayout', () => {
  it.each(counts.flatMap((count) => [280, 320, 480, 1200].map((width) => [count, width] as const)))(
    '%i competences at %i px: fits the width, with the band outside the wedges',
    (count, width) => {
      const layout = roseLayout({ width, fontSize: 16, count, codeLength: 3 });
      expect(layout.size).toBeLessThanOrEqual(Math.max(width, 200));
      expect(layout.inner).toBeGreaterThan(0);
      expect(layout.inner).toBeLessThan(layout.outer);
      expect(layout.outer).toBeLessThan(layout.bandInner);
      expect(layout.bandOuter).toBeLessThanOrEqual(layout.size / 2);
      if (layout.codeRadius !== null) {
        // A code (3 characters of about 0.6 em at 0.875 x 16 px), and a line of it at the top, stay inside the drawing.
        expect(layout.codeRadius + 14 * 0.6 * 3).toBeLessThanOrEqual(layout.size / 2);
        expect(layout.codeRadius + 14).toBeLessThanOrEqual(layout.size / 2);
      }
    },
  );

  it('shows competence codes when there is room, not at 280 px or for 60 competences at 480 px', () => {
    expect(roseLayout({ width: 600, fontSize: 16, count: 22, codeLength: 3 }).codeRadius).not.toBeNull();
    expect(roseLayout({ width: 280, fontSize: 16, count: 22, codeLength: 3 }).codeRadius).toBeNull();
    expect(roseLayout({ width: 480, fontSize: 16, count: 60, codeLength: 3 }).codeRadius).toBeNull();
  });

  it('grows with the room up to 40 text lines, and never below 200 px', () => {
    expect(roseLayout({ width: 2000, fontSize: 16, count: 22, codeLength: 3 }).size).toBe(640);
    expect(roseLayout({ width: 100, fontSize: 16, count: 22, codeLength: 3 }).size).toBe(200);
  });

  it('makes room for wider letters (text-spacing overrides)', () => {
    const plain = roseLayout({ width: 420, fontSize: 16, count: 22, codeLength: 3 });
    const spaced = roseLayout({ width: 420, fontSize: 16, count: 22, codeLength: 3, letterSpacing: 2.2 });
    expect(spaced.outer).toBeLessThan(plain.outer);
  });
});
