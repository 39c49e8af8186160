/**
 * Progress bar with its value in words beside it, so the value is never
 * conveyed by the bar's length (or colour) alone.
 */
import { css, html, type TemplateResult } from 'lit';
import { styleProperties } from './style-properties.js';

export interface ProgressOptions {
  id: string;
  label: string;
  value: number;
  max: number;
  /** The value in words, e.g. "12 van 30 maatregelen klaar (40 %)". */
  valueText: string;
  part?: string;
}

/** The fill fraction, clamped to 0..1 (0 when max is not positive). */
export function progressFraction(value: number, max: number): number {
  if (!(max > 0) || !Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value / max));
}

export function progressBar(options: ProgressOptions): TemplateResult {
  const fraction = progressFraction(options.value, options.max);
  // The same clamping for the ARIA values, so a not-yet-known value (NaN) or
  // max never reaches aria-valuenow/aria-valuemax as "NaN".
  const max = Number.isFinite(options.max) && options.max > 0 ? options.max : 0;
  const now = Number.isFinite(options.value) ? Math.min(max, Math.max(0, options.value)) : 0;
  const labelId = `${options.id}-label`;
  return html`<div class="progress" part=${options.part ?? 'progress'}>
    <div class="progress__header">
      <span class="progress__label" id=${labelId}>${options.label}</span>
      <span class="progress__value" aria-hidden="true">${options.valueText}</span>
    </div>
    <div
      class="progress__track"
      id=${options.id}
      role="progressbar"
      aria-labelledby=${labelId}
      aria-valuemin="0"
      aria-valuemax=${max}
      aria-valuenow=${now}
      aria-valuetext=${options.valueText}
    >
      <div class="progress__fill" ${styleProperties({ 'inline-size': `${fraction * 100}%` })}></div>
    </div>
  </div>`;
}

export const progressStyles = css`
  .progress__header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-1) var(--_space-3);
  }
  .progress__label {
    font-weight: var(--_font-weight-bold);
  }
  .progress__track {
    overflow: hidden;
    block-size: calc(var(--_unit) * 0.75);
    margin-block-start: var(--_space-1);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .progress__fill {
    block-size: 100%;
    background: var(--_color-primary);
    transition: inline-size var(--_motion-duration) var(--_motion-easing);
  }
  @media (forced-colors: active) {
    .progress__fill {
      background: Highlight;
    }
  }
`;
