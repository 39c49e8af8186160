/**
 * The geometry of the rose, in CSS pixels: wedge angles, SVG arc paths, ring
 * radii, label positions, and the layout for a given width and text size.
 * Angles are in radians, clockwise from 12 o'clock: the first competence
 * starts just right of the top, after the level scale's gap. Pure, no DOM.
 */

export const TAU = 2 * Math.PI;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface WedgeAngles {
  readonly start: number;
  readonly end: number;
  readonly mid: number;
}

/** Two decimals are crisp at any zoom and keep the paths short; never `-0`. */
export const round = (value: number): number => Math.round(value * 100) / 100 + 0;
const point = ({ x, y }: Point) => `${round(x)} ${round(y)}`;

/** The point at `radius` and `angle` from the centre. */
export function polar(cx: number, cy: number, radius: number, angle: number): Point {
  return { x: cx + radius * Math.sin(angle), y: cy - radius * Math.cos(angle) };
}

/**
 * The angle left free at 12 o'clock for the level scale, so its labels never
 * sit on a petal: a wedge and a quarter, between about 11 and 26 degrees.
 * None for a single competence (a full disc).
 */
export function scaleGap(count: number): number {
  return count < 2 ? 0 : Math.min(0.45, Math.max(0.2, (TAU / count) * 1.25));
}

/** Equal wedges around the circle, clockwise from the top, leaving `gap` free around 12 o'clock. */
export function wedgeAngles(count: number, gap = scaleGap(count)): WedgeAngles[] {
  const step = (TAU - gap) / count;
  const first = gap / 2;
  return Array.from({ length: count }, (_, index) => ({
    start: first + index * step,
    end: first + (index + 1) * step,
    mid: first + (index + 0.5) * step,
  }));
}

/** The angle of a point as seen from the centre, in [0, 2π). */
export function angleOf(cx: number, cy: number, x: number, y: number): number {
  const angle = Math.atan2(x - cx, cy - y);
  return angle < 0 ? angle + TAU : angle;
}

/** Which of `count` wedges (as `wedgeAngles` lays them out) an angle falls in; in the scale's gap, the nearer one. */
export function wedgeAt(angle: number, count: number, gap = scaleGap(count)): number {
  const normalised = ((angle % TAU) + TAU) % TAU;
  return Math.min(count - 1, Math.max(0, Math.floor((normalised - gap / 2) / ((TAU - gap) / count))));
}

/** A full circle as two half arcs (one arc cannot start and end at the same point). */
function circle(cx: number, cy: number, radius: number, sweep: 0 | 1): string {
  const top = { x: cx, y: cy - radius };
  const bottom = { x: cx, y: cy + radius };
  const r = round(radius);
  return `M${point(top)}A${r} ${r} 0 1 ${sweep} ${point(bottom)}A${r} ${r} 0 1 ${sweep} ${point(top)}Z`;
}

/**
 * An annular sector (a wedge from `inner` to `outer`), or a pie slice when
 * `inner` is 0. A whole turn gives a ring: the inner circle runs the other way,
 * so the default non-zero fill rule leaves it open.
 */
export function sectorPath(cx: number, cy: number, inner: number, outer: number, start: number, end: number): string {
  const span = end - start;
  if (outer <= 0 || span <= 0 || outer <= inner) return '';
  if (span >= TAU - 1e-9) return circle(cx, cy, outer, 1) + (inner > 0 ? circle(cx, cy, inner, 0) : '');
  const large = span > Math.PI ? 1 : 0;
  const R = round(outer);
  const arc = `M${point(polar(cx, cy, outer, start))}A${R} ${R} 0 ${large} 1 ${point(polar(cx, cy, outer, end))}`;
  if (inner <= 0) return `${arc}L${point({ x: cx, y: cy })}Z`;
  const r = round(inner);
  return `${arc}L${point(polar(cx, cy, inner, end))}A${r} ${r} 0 ${large} 0 ${point(polar(cx, cy, inner, start))}Z`;
}

/**
 * The outline of a second profile over the rose: an arc per wedge at its
 * radius, joined by radial steps to the next wedge. A wedge without a value
 * breaks the line.
 */
export function outlinePath(cx: number, cy: number, radii: readonly (number | null)[], angles: readonly WedgeAngles[]): string {
  const count = radii.length;
  if (count === 1) return radii[0] ? circle(cx, cy, radii[0], 1) : '';
  let path = '';
  let open = false;
  radii.forEach((radius, index) => {
    const { start, end } = angles[index]!;
    if (radius === null || radius <= 0) {
      open = false;
      return;
    }
    const r = round(radius);
    path += `${open ? 'L' : 'M'}${point(polar(cx, cy, radius, start))}A${r} ${r} 0 0 1 ${point(polar(cx, cy, radius, end))}`;
    open = true;
  });
  // Round a closed circle (no scale gap): the last wedge steps back to the first one's radius.
  const first = radii[0];
  const closed = angles[0]!.start < 1e-9;
  if (closed && open && first !== null && first !== undefined && first > 0) path += `L${point(polar(cx, cy, first, 0))}`;
  return path;
}

/** Radius of a value on a scale of `levels` levels: 0 at `inner`, `levels` at `outer`. */
export function valueRadius(value: number, levels: number, inner: number, outer: number): number {
  return inner + ((outer - inner) * Math.min(levels, Math.max(0, value))) / levels;
}

/** The radius of every level's ring, lowest first. */
export function ringRadii(levels: number, inner: number, outer: number): number[] {
  return Array.from({ length: levels }, (_, index) => valueRadius(index + 1, levels, inner, outer));
}

/**
 * The level a pointer at `radius` points to: the ring band it is in (the band
 * between ring k-1 and ring k is level k), at least 1, at most `levels`.
 */
export function levelAtRadius(radius: number, levels: number, inner: number, outer: number): number {
  const value = Math.ceil(((radius - inner) / (outer - inner)) * levels - 1e-9);
  return Math.min(levels, Math.max(1, value));
}

/** Show every n-th ring's label so labels never overlap. */
export function ringLabelStep(levels: number, inner: number, outer: number, lineHeight: number): number {
  const spacing = (outer - inner) / levels;
  return Math.max(1, Math.ceil(lineHeight / spacing));
}

export interface Label extends Point {
  readonly anchor: 'start' | 'middle' | 'end';
  /** Vertical shift, in em, so the text sits outside the circle at this angle. */
  readonly dy: number;
}

/** A label just outside the circle at `angle`: aligned away from the centre, so it never covers the rose. */
export function labelAt(cx: number, cy: number, radius: number, angle: number): Label {
  const { x, y } = polar(cx, cy, radius, angle);
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  const anchor = Math.abs(sin) < 0.3 ? 'middle' : sin > 0 ? 'start' : 'end';
  // Above the centre the text sits on its baseline, below it hangs from the point, at the sides it is centred.
  const dy = cos > 0.3 ? 0 : cos < -0.3 ? 0.8 : 0.35;
  return { x: round(x), y: round(y), anchor, dy };
}

export interface AreaSpan {
  readonly area: number;
  readonly first: number;
  readonly last: number;
}

/** Runs of neighbouring wedges of one area, in order. */
export function areaSpans(areaOfWedge: readonly number[]): AreaSpan[] {
  const spans: AreaSpan[] = [];
  areaOfWedge.forEach((area, index) => {
    const current = spans[spans.length - 1];
    if (current && current.area === area) spans[spans.length - 1] = { ...current, last: index };
    else spans.push({ area, first: index, last: index });
  });
  return spans;
}

export interface LayoutInput {
  /** Room available, in CSS pixels. */
  readonly width: number;
  /** The widget's text size, in CSS pixels; labels use 0.875 of it. */
  readonly fontSize: number;
  readonly count: number;
  /** Longest competence code, in characters. */
  readonly codeLength: number;
  /** Extra space between letters (text-spacing overrides), in CSS pixels. */
  readonly letterSpacing?: number;
}

export interface RoseLayout {
  /** Width and height of the drawing (it is square). */
  readonly size: number;
  readonly cx: number;
  readonly cy: number;
  /** Wedges run from `inner` (level 0) to `outer` (the highest level). */
  readonly inner: number;
  readonly outer: number;
  /** The ring of area bands around the wedges. */
  readonly bandInner: number;
  readonly bandOuter: number;
  /** Radius of the area code badges. */
  readonly badge: number;
  /** Where competence codes start, or null when there is no room for them. */
  readonly codeRadius: number | null;
  readonly labelSize: number;
}

/** Below this the rose is still drawn, but not smaller: the page scrolls rather than the rose vanishing. */
export const minimumSize = 200;

/**
 * Fits the rose in `width`: as large as allowed (at most 40 text lines wide),
 * with an area band around it, and competence codes outside that when the
 * wedges at the rim leave room for them.
 */
export function roseLayout({ width, fontSize, count, codeLength, letterSpacing = 0 }: LayoutInput): RoseLayout {
  const labelSize = fontSize * 0.875;
  const size = Math.max(minimumSize, Math.min(width, fontSize * 40));
  const centre = size / 2;
  // The area band is a guide, not data: thinner than the petals are wide at the rim.
  const band = fontSize * 1.125;
  const gap = Math.max(2, fontSize * 0.25);
  const pad = 2;
  const advance = labelSize * 0.6 + letterSpacing;
  const codeSpace = advance * (codeLength + 1);
  const withCodes = centre - pad - codeSpace - band - gap;
  const codeRadius = withCodes + gap + band + labelSize * 0.3;
  // Codes need a readable rose inside them and room side by side at the rim.
  const codesFit =
    withCodes >= fontSize * 5.5 && (codeRadius * TAU) / count >= Math.max(labelSize * 1.3, advance * codeLength + labelSize * 0.2);
  const outer = codesFit ? withCodes : centre - pad - band - gap;
  return {
    size: round(size),
    cx: round(centre),
    cy: round(centre),
    inner: round(outer * 0.1),
    outer: round(outer),
    bandInner: round(outer + gap),
    bandOuter: round(outer + gap + band),
    // The badge may stand out of the thin band: its digit needs the room.
    badge: round(Math.max(band / 2 - 1, labelSize * 0.72)),
    codeRadius: codesFit ? round(codeRadius) : null,
    labelSize: round(labelSize),
  };
}
