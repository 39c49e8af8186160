/**
 * A widget's first render in stages: what the first screen shows is drawn at
 * once, each part below it in a task of its own after a yield, so a phone
 * paints the widget sooner and no single task blocks a tap for the whole
 * render (Lighthouse's total blocking time counts every task's time over
 * 50 ms). After the first complete render every part renders at once.
 *
 * The server and a hydration draw everything in one go: the hydrating render
 * has to match what the server wrote.
 */
import { isServer, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { yieldToBrowser } from './first-render-turn.js';

export class StagedRender implements ReactiveController {
  /** The highest stage drawn; Infinity once everything is (on the server from the start: it may not call hostUpdate). */
  private drawn = isServer ? Infinity : 0;
  /** Whether this update left a stage out. */
  private deferred = false;
  /** A stage is due: the yield before it, or its update, is still to come. */
  private due = false;
  private yielding = false;
  private done?: Promise<void>;
  private resolveDone?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly hasUpdated: boolean },
    /** True when the first render must draw everything (a hydration). */
    private readonly allAtOnce: () => boolean,
    /**
     * False while the widget shows a stand-in (its data is loading): the
     * stages wait for the first render of the real content.
     */
    private readonly settled: () => boolean,
  ) {
    host.addController(this);
  }

  /** True while a stage of the first render is still to be drawn. */
  get pending(): boolean {
    return this.due;
  }

  /** `content()` when `stage` is drawn by now, else nothing (the stage comes in a later task). Stage 0 is drawn at once. */
  section(stage: number, content: () => unknown): unknown {
    if (stage <= this.drawn) return content();
    this.deferred = true;
    return nothing;
  }

  /** Resolves after the update that draws the last due stage (at once when none is due). */
  complete(): Promise<void> {
    if (!this.due) return Promise.resolve();
    return (this.done ??= new Promise((resolve) => (this.resolveDone = resolve)));
  }

  hostUpdate(): void {
    if (!this.host.hasUpdated && this.allAtOnce()) this.drawn = Infinity;
    this.deferred = false;
  }

  hostUpdated(): void {
    if (this.drawn === Infinity) return;
    if (this.deferred) {
      this.due = true;
      // One yield at a time, also when another update comes in between.
      if (this.yielding) return;
      this.yielding = true;
      void yieldToBrowser().then(() => {
        this.yielding = false;
        this.drawn += 1;
        this.host.requestUpdate();
      });
      return;
    }
    // Everything asked for is drawn; once that is the real content, the stages are over.
    if (this.settled()) this.drawn = Infinity;
    this.due = false;
    this.resolveDone?.();
    this.done = this.resolveDone = undefined;
  }
}
