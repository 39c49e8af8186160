/**
 * A horizontal bar chart in SVG: one bar per scenario, its name above and
 * its value written beside it, so no value depends on colour or length
 * alone. It is one image to assistive technology (`role="img"`, named by its
 * caption); the results table beside it holds the same figures as text.
 */
import { css, html, svg, type TemplateResult } from 'lit';

export interface Bar {
  label: string;
  value: number;
  valueText: string;
}

export interface BarChartOptions {
  /** Id of the element that names the chart (its caption). */
  labelledBy: string;
  /** Id of the text that points to the table with the same data. */
  describedBy: string;
  bars: readonly Bar[];
  /** Available width, text size and extra letter spacing, in CSS pixels. */
  width: number;
  fontSize: number;
  letterSpacing?: number;
}

/** Average advance of a character, as a share of the font size: enough for digits and most words. */
const charWidth = 0.6;

/** Splits a label into lines of at most `max` characters, at spaces where possible; three lines at most. */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= max) line = candidate;
    else {
      if (line) lines.push(line);
      line = word.length > max ? `${word.slice(0, max - 1)}…` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 3 ? [...lines.slice(0, 2), `${lines[2]!.slice(0, max - 1)}…`] : lines;
}

export function barChart({ labelledBy, describedBy, bars, width, fontSize: fs, letterSpacing = 0 }: BarChartOptions): TemplateResult {
  const lineHeight = fs * 1.3;
  const barHeight = fs * 1.6;
  // Text-spacing overrides (WCAG 1.4.12) widen every character.
  const advance = fs * charWidth + letterSpacing;
  const valueSpace = Math.max(0, ...bars.map((bar) => bar.valueText.length)) * advance + fs;
  const plot = Math.max(fs * 3, width - valueSpace);
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const maxChars = Math.max(8, Math.floor(width / advance));
  let top = 0;
  const rows = bars.map((bar) => {
    const lines = wrapLabel(bar.label, maxChars);
    const y = top;
    top += lines.length * lineHeight + fs * 0.3 + barHeight + fs * 0.9;
    // A zero still shows as a thin line, so the row never looks empty by mistake.
    const length = Math.max(2, (Math.max(0, bar.value) / max) * plot);
    const barTop = y + lines.length * lineHeight + fs * 0.3;
    return svg`<text class="chart__label">${lines.map(
      (line, index) => svg`<tspan x="0" y=${y + fs * 1.05 + index * lineHeight}>${line}</tspan>`,
    )}</text>
      <rect class="chart__bar" x="0" y=${barTop} width=${length} height=${barHeight}></rect>
      <text class="chart__value" x=${length + fs * 0.5} y=${barTop + barHeight / 2 + fs * 0.35}>${bar.valueText}</text>`;
  });
  const height = Math.max(1, top);
  return html`<svg
    class="chart"
    part="chart"
    role="img"
    aria-labelledby=${labelledBy}
    aria-describedby=${describedBy}
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
  >
    ${rows}
  </svg>`;
}

export const chartStyles = css`
  .chart {
    display: block;
    max-inline-size: 100%;
    overflow: visible;
  }
  .chart text {
    fill: var(--_color-text);
    font: inherit;
  }
  .chart__value {
    font-weight: var(--_font-weight-bold);
    font-variant-numeric: tabular-nums;
  }
  .chart__bar {
    fill: var(--digi-cost-calculator-bar-color, var(--_color-primary));
    stroke: var(--_color-text);
    stroke-width: 1px;
  }
  @media (forced-colors: active) {
    .chart text {
      fill: CanvasText;
    }
    .chart__bar {
      fill: CanvasText;
      stroke: CanvasText;
    }
  }
`;
