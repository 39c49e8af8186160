/**
 * The width, text size and letter spacing of a box in a widget's shadow
 * root, for drawings laid out in CSS pixels (the charts): text in an SVG
 * does not wrap or grow by itself, so the drawing has to know them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface BoxMetrics {
  /** Content width in CSS pixels, rounded down. */
  readonly width: number;
  readonly fontSize: number;
  /** Extra letter spacing in pixels (text-spacing overrides, WCAG 1.4.12). */
  readonly letterSpacing: number;
}

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Watches the first element matching `selector` after every update (it may
 * come and go with a view switch) and updates the host when its metrics
 * change. Until it is measured, and on the server, `metrics` is `initial`:
 * choose one whose drawing has the final height, so the measured redraw
 * moves nothing. A hidden box (width 0) keeps the last metrics.
 */
export class MeasuredBox implements ReactiveController {
  metrics: BoxMetrics;
  private observer?: ResizeObserver;
  private observed?: Element;

  constructor(
    private readonly host: Host,
    private readonly selector: string,
    initial: BoxMetrics,
  ) {
    this.metrics = initial;
    host.addController(this);
  }

  hostUpdated(): void {
    const box = this.host.renderRoot.querySelector(this.selector);
    if (!box || box === this.observed) return;
    this.observed = box;
    this.observer ??= new ResizeObserver(([entry]) => {
      if (!entry || entry.contentRect.width === 0) return;
      const style = getComputedStyle(entry.target);
      const next: BoxMetrics = {
        width: Math.floor(entry.contentRect.width),
        fontSize: parseFloat(style.fontSize) || 16,
        letterSpacing: parseFloat(style.letterSpacing) || 0,
      };
      const { width, fontSize, letterSpacing } = this.metrics;
      if (next.width === width && next.fontSize === fontSize && next.letterSpacing === letterSpacing) return;
      // The next frame avoids a resize loop: the drawing's height follows its width.
      requestAnimationFrame(() => {
        this.metrics = next;
        this.host.requestUpdate();
      });
    });
    this.observer.disconnect();
    this.observer.observe(box);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = this.observed = undefined;
  }
}
