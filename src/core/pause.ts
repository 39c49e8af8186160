/**
 * A pause before acting on what a person does: a task runs once `ms` pass
 * without a newer one, so typing recalculates and announces once, not per
 * keystroke. A reactive controller: a waiting task is dropped when the
 * element leaves the page. `settled` lets an element's `updateComplete` wait
 * for the waiting task, so tests and hosts see what was typed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Pause implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private waiting?: { promise: Promise<void>; resolve: () => void };

  constructor(
    host: ReactiveControllerHost,
    private readonly ms: number,
  ) {
    host.addController(this);
  }

  /** Runs `task` after the pause; a newer call replaces the waiting task and starts the pause again. */
  after(task: () => void): void {
    clearTimeout(this.timer);
    if (!this.waiting) {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      this.waiting = { promise, resolve };
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      try {
        task();
      } finally {
        this.settle();
      }
    }, this.ms);
  }

  /** Drops the waiting task, if any. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.settle();
  }

  /** Whether a task waits for the pause to end. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Resolves once no task waits: after it ran or was dropped (at once when none waits). */
  get settled(): Promise<void> {
    return this.waiting?.promise ?? Promise.resolve();
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private settle(): void {
    this.waiting?.resolve();
    this.waiting = undefined;
  }
}
