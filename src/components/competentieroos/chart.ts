/**
 * The rose as an SVG template: one wedge per competence, its radius the
 * level, grouped by area (colour, pattern, separators and a labelled band
 * around the rim), level rings labelled in a gap at the top, an optional
 * comparison outline and, for a team, the middle half of the team per
 * competence as a bar along its petal.
 *
 * Each wedge is one focusable element (roving tabindex: the rose is one tab
 * stop), a button, or a slider when the rose is editable. The element
 * handles the keys and pointer on the SVG's HTML parent: Chromium makes an
 * SVG element with focus listeners a tab stop of its own.
 */
import { css, html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import {
  areaSpans,
  labelAt,
  outlinePath,
  polar,
  ringLabelStep,
  ringRadii,
  round,
  sectorPath,
  valueRadius,
  wedgeAngles,
  type RoseLayout,
} from './geometry.js';

export interface Wedge {
  /** Colour and pattern token, 1-8. */
  readonly slot: number;
  readonly area: number;
  readonly code: string;
  /** 1…levels (a team's median may fall between two), or null when not filled in. */
  readonly value: number | null;
  /** The middle half of a team, when there is one. */
  readonly spread: { readonly q1: number; readonly q3: number } | null;
  readonly comparison: number | null;
  /** Accessible name (and, when editable, the text of the value). */
  readonly label: string;
  readonly valueText: string;
}

export interface RoseChartOptions {
  readonly layout: RoseLayout;
  /** Ring labels, lowest level first. */
  readonly levelLabels: readonly string[];
  readonly wedges: readonly Wedge[];
  /** Area codes by area index, for the badges on the band. */
  readonly areaCodes: readonly string[];
  readonly editable: boolean;
  /** The wedge that holds the tab stop. */
  readonly focusIndex: number;
  /** The highlighted wedge (hovered or focused), if any. */
  readonly activeIndex: number | null;
  readonly labelledBy: string;
  readonly describedBy: string;
  readonly animate: boolean;
}

/** One pattern per colour token, drawn in the surface colour over the area colour. */
const patternShapes: readonly SVGTemplateResult[] = [
  svg`<path d="M-2 2l4-4M0 8l8-8M6 10l4-4"/>`,
  svg`<circle cx="4" cy="4" r="1.4" class="ink-fill"/>`,
  svg`<path d="M0 4h8"/>`,
  svg`<path d="M-2 6l4 4M0 0l8 8M6-2l4 4"/>`,
  svg`<path d="M0 4h8M4 0v8"/>`,
  svg`<path d="M4 0v8"/>`,
  svg`<circle cx="4" cy="4" r="2.2"/>`,
  svg`<path d="M0 6l2-4 2 4 2-4 2 4"/>`,
];

export const patternId = (slot: number): string => `rose-pattern-${slot}`;

export function patternDefs(): SVGTemplateResult {
  return svg`<defs>${patternShapes.map(
    (shape, index) => svg`<pattern id=${patternId(index + 1)} class="pattern pattern--${index + 1}" width="8" height="8" patternUnits="userSpaceOnUse">
      <rect class="pattern__ground" width="8" height="8"></rect>
      <g class="pattern__ink">${shape}</g>
    </pattern>`,
  )}</defs>`;
}

/** A swatch for the legend: the same colour and pattern as the area's wedges. */
export function swatch(slot: number): TemplateResult {
  return html`<svg class="swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    ${svg`<rect x="0.5" y="0.5" width="15" height="15" fill="url(#${patternId(slot)})" class="swatch__fill"></rect>`}
  </svg>`;
}

export function roseChart(options: RoseChartOptions): TemplateResult {
  const { layout, wedges, levelLabels, editable, focusIndex, activeIndex } = options;
  const { size, cx, cy, inner, outer, bandInner, bandOuter, badge, codeRadius, labelSize } = layout;
  const levels = levelLabels.length;
  const angles = wedgeAngles(wedges.length);
  const radius = (value: number | null) => (value === null ? null : valueRadius(value, levels, inner, outer));
  const rings = ringRadii(levels, inner, outer);
  const ringStep = ringLabelStep(levels, inner, outer, labelSize * 1.1);
  const spans = areaSpans(wedges.map((wedge) => wedge.area));
  // Separators between areas (none when there is only one area; the scale's gap parts the last from the first).
  const gapped = angles[0]!.start > 0;
  const boundaries = spans.length > 1 ? spans.slice(gapped ? 1 : 0).map((span) => angles[span.first]!.start) : [];
  const comparison = wedges.some((wedge) => wedge.comparison !== null)
    ? outlinePath(cx, cy, wedges.map((wedge) => radius(wedge.comparison)), angles)
    : '';
  const active = activeIndex === null ? undefined : angles[activeIndex];

  const fills = wedges.map((wedge, index) => {
    const r = radius(wedge.value);
    const { start, end } = angles[index]!;
    return r === null ? nothing : svg`<path class="wedge" d=${sectorPath(cx, cy, inner, r, start, end)} fill="url(#${patternId(wedge.slot)})"></path>`;
  });

  const spreads = wedges.map((wedge, index) => {
    if (!wedge.spread) return nothing;
    const { mid } = angles[index]!;
    // The middle half of the team: a bar along the petal's middle, from the first to the third quartile
    // (a dot when they are one level), over a halo in the surface colour so it shows on every pattern.
    const from = polar(cx, cy, radius(wedge.spread.q1)!, mid);
    const to = polar(cx, cy, radius(wedge.spread.q3)!, mid);
    const d = `M${round(from.x)} ${round(from.y)}L${round(to.x)} ${round(to.y)}`;
    return svg`<path class="spread spread--halo" d=${d}></path><path class="spread" d=${d}></path>`;
  });

  const bands = spans.map((span) => {
    const start = angles[span.first]!.start;
    const end = angles[span.last]!.end;
    // A gap of about 3 px between bands at the band's middle radius.
    const pad = spans.length > 1 ? 1.5 / ((bandInner + bandOuter) / 2) : 0;
    const mid = (start + end) / 2;
    const at = polar(cx, cy, (bandInner + bandOuter) / 2, spans.length > 1 || gapped ? mid : 0);
    const slot = wedges[span.first]!.slot;
    return svg`<path class="band" d=${sectorPath(cx, cy, bandInner, bandOuter, start + pad, end - pad)} fill="url(#${patternId(slot)})"></path>
      <circle class="badge" cx=${round(at.x)} cy=${round(at.y)} r=${badge}></circle>
      <text class="badge__text" x=${round(at.x)} y=${round(at.y)} dy="0.35em" text-anchor="middle">${options.areaCodes[span.area]}</text>`;
  });

  const codes =
    codeRadius === null
      ? nothing
      : wedges.map((wedge, index) => {
          const label = labelAt(cx, cy, codeRadius, angles[index]!.mid);
          return svg`<text class="code ${index === activeIndex ? 'code--active' : ''}" x=${label.x} y=${label.y} dy="${label.dy}em" text-anchor=${label.anchor}>${wedge.code}</text>`;
        });

  // In the scale's gap at 12 o'clock, between the last wedge and the first, each just inside its ring, where the
  // gap is wide enough for it (near the centre it narrows); they step back when either neighbour is active.
  const besideLabels = activeIndex === 0 || activeIndex === wedges.length - 1;
  const gapAngle = angles[0]!.start * 2;
  const fitsGap = (r: number, label: string) => !gapped || (r - labelSize * 0.6) * gapAngle >= labelSize * 0.62 * label.length;
  const ringLabels = rings.map((r, index) =>
    ((index + 1) % ringStep === 0 || index === levels - 1) && fitsGap(r, levelLabels[index]!)
      ? svg`<text class="ring-label ${besideLabels ? 'ring-label--faded' : ''}" x=${cx} y=${round(cy - r)} dy="1em" text-anchor="middle">${levelLabels[index]}</text>`
      : nothing,
  );

  const targets = wedges.map((wedge, index) => {
      const { start, end } = angles[index]!;
      const level = wedge.value === null ? 0 : Math.round(wedge.value);
      return svg`<path
        class="target"
        data-index=${index}
        d=${sectorPath(cx, cy, inner, bandOuter, start, end)}
        tabindex=${index === focusIndex ? 0 : -1}
        role=${editable ? 'slider' : 'button'}
        aria-label=${wedge.label}
        aria-valuemin=${editable ? 0 : nothing}
        aria-valuemax=${editable ? levels : nothing}
        aria-valuenow=${editable ? level : nothing}
        aria-valuetext=${editable ? wedge.valueText : nothing}
        aria-orientation=${editable ? 'vertical' : nothing}
      ></path>`;
  });

  return html`<svg
    class="rose-svg ${options.animate ? 'rose-svg--animate' : ''}"
    part="chart"
    role="group"
    aria-labelledby=${options.labelledBy}
    aria-describedby=${options.describedBy}
    width=${size}
    height=${size}
    viewBox="0 0 ${size} ${size}"
    xmlns="http://www.w3.org/2000/svg"
  >
    ${patternDefs()}
    <g aria-hidden="true">
      <path class="disc" d=${sectorPath(cx, cy, inner, outer, 0, Math.PI * 2)}></path>
      <g class="wedges">${fills}</g>
      ${rings.map((r, index) => svg`<circle class="ring ${index === levels - 1 ? 'ring--outer' : ''}" cx=${cx} cy=${cy} r=${round(r)}></circle>`)}
      <g class="spreads">${spreads}</g>
      ${comparison ? svg`<path class="comparison" d=${comparison}></path>` : nothing}
      ${boundaries.map((angle) => {
        const from = polar(cx, cy, inner, angle);
        const to = polar(cx, cy, bandOuter, angle);
        return svg`<line class="separator" x1=${round(from.x)} y1=${round(from.y)} x2=${round(to.x)} y2=${round(to.y)}></line>`;
      })}
      ${bands} ${codes} ${ringLabels}
      ${active
        ? svg`<path class="highlight highlight--halo" d=${sectorPath(cx, cy, inner, bandOuter, active.start, active.end)}></path>
            <path class="highlight" d=${sectorPath(cx, cy, inner, bandOuter, active.start, active.end)}></path>`
        : nothing}
    </g>
    <g class="targets">${targets}</g>
  </svg>`;
}

export const chartStyles = css`
  .rose-svg {
    display: block;
    /* Fills its box up to the layout's own cap (40 times the text size), so the
       first drawing, before the box is measured (or from the server), already
       takes the final size: the measured redraw moves nothing. */
    inline-size: 100%;
    max-inline-size: 40em;
    block-size: auto;
    margin-inline: auto;
    overflow: visible;
    touch-action: manipulation;
  }
  .rose-svg text {
    fill: var(--_color-text);
    font-family: var(--_font-family);
    font-size: var(--_font-size-sm);
  }
  :host([font='inherit']) .rose-svg text {
    font-family: inherit;
  }
  .pattern__ground {
    fill: var(--_pattern-ground);
  }
  .pattern__ink {
    fill: none;
    stroke: var(--_color-surface);
    stroke-width: 1.2px;
    stroke-opacity: 0.55;
  }
  .pattern__ink .ink-fill {
    fill: var(--_color-surface);
    fill-opacity: 0.55;
    stroke: none;
  }
  .disc {
    fill: var(--_color-surface-sunken);
    stroke: var(--_color-border);
    stroke-width: 1px;
  }
  .wedge {
    stroke: var(--_color-surface);
    stroke-width: 1.5px;
    stroke-linejoin: round;
  }
  .ring {
    fill: none;
    stroke: var(--_color-border);
    stroke-width: 1px;
    stroke-dasharray: 2 3;
  }
  .ring--outer {
    stroke-dasharray: none;
  }
  .rose-svg .ring-label {
    font-size: calc(var(--_unit) * 0.75);
    font-weight: var(--_font-weight-bold);
    paint-order: stroke;
    stroke: var(--_color-surface);
    stroke-width: 2.5px;
    stroke-linejoin: round;
  }
  .rose-svg .ring-label--faded {
    opacity: 0.2;
  }
  .spread {
    fill: none;
    stroke: var(--_color-text);
    stroke-width: 4px;
    stroke-linecap: round;
  }
  .spread--halo {
    stroke: var(--_color-surface);
    stroke-width: 8px;
  }
  .comparison {
    fill: none;
    stroke: var(--_color-text);
    stroke-width: 2.5px;
    stroke-dasharray: 6 3;
    stroke-linejoin: round;
  }
  .separator {
    stroke: var(--_color-text);
    stroke-width: 2px;
  }
  .band {
    stroke: var(--_color-surface);
    stroke-width: 1px;
  }
  .badge {
    fill: var(--_color-surface);
    stroke: var(--_color-text);
    stroke-width: 1.5px;
  }
  .rose-svg .badge__text,
  .rose-svg .code--active {
    font-weight: var(--_font-weight-bold);
  }
  .target {
    fill: transparent;
    stroke: none;
    cursor: pointer;
  }
  .rose-svg .target:focus,
  .rose-svg .target:focus-visible {
    /* The highlight path is the focus indicator: an outline would be a box around the wedge. */
    outline: none;
  }
  .highlight {
    fill: none;
    stroke: var(--_color-focus);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .highlight--halo {
    stroke: var(--_color-surface);
    stroke-width: 7px;
  }
  .swatch {
    flex: none;
    inline-size: calc(var(--_unit) * 1.25);
    block-size: calc(var(--_unit) * 1.25);
  }
  .swatch__fill {
    stroke: var(--_color-text);
    stroke-width: 1px;
  }
  @media (prefers-reduced-motion: no-preference) {
    .rose-svg--animate .wedges {
      transform-box: view-box;
      transform-origin: 50% 50%;
      animation: rose-grow calc(var(--_motion-duration) * 3) var(--_motion-easing) both;
    }
  }
  @keyframes rose-grow {
    from {
      transform: scale(0.4);
      opacity: 0;
    }
  }
  @media (forced-colors: active) {
    .pattern__ground,
    .disc,
    .badge {
      fill: Canvas;
    }
    .pattern__ink {
      stroke: CanvasText;
      stroke-opacity: 1;
    }
    .pattern__ink .ink-fill {
      fill: CanvasText;
      fill-opacity: 1;
    }
    .wedge,
    .band,
    .ring,
    .disc,
    .spread,
    .comparison,
    .separator,
    .badge,
    .swatch__fill {
      stroke: CanvasText;
    }
    .spread--halo {
      stroke: Canvas;
    }
    .rose-svg text {
      fill: CanvasText;
    }
    .ring-label {
      stroke: Canvas;
    }
    .highlight {
      stroke: Highlight;
    }
    .highlight--halo {
      stroke: Canvas;
    }
  }
`;
