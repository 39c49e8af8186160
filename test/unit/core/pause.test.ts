import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Pause } from '../../../src/core/pause.js';

/** Just enough of a Lit host to add controllers and disconnect them. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    addController: (controller: ReactiveController) => void controllers.push(controller),
    disconnect: () => controllers.forEach((controller) => controller.hostDisconnected?.()),
  };
  return host as unknown as ReactiveControllerHost & { disconnect(): void };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Pause', () => {
  it('runs only the last task, once the pause has passed without a newer one', () => {
    const pause = new Pause(fakeHost(), 300);
    const runs: string[] = [];
    pause.after(() => runs.push('6'));
    vi.advanceTimersByTime(200);
    pause.after(() => runs.push('60'));
    vi.advanceTimersByTime(200);
    pause.after(() => runs.push('600'));
    expect(pause.pending).toBe(true);
    vi.advanceTimersByTime(299);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual(['600']);
    expect(pause.pending).toBe(false);
  });

  it('settles after the task ran, or at once when nothing waits', async () => {
    const pause = new Pause(fakeHost(), 300);
    let settled = false;
    await pause.settled;
    pause.after(() => {});
    void pause.settled.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    vi.advanceTimersByTime(300);
    await Promise.resolve();
    expect(settled).toBe(true);
  });

  it('drops the waiting task when cancelled or when the element leaves the page, and settles', async () => {
    const host = fakeHost();
    const pause = new Pause(host, 300);
    const task = vi.fn();
    pause.after(task);
    const settled = pause.settled;
    pause.cancel();
    await settled;
    pause.after(task);
    host.disconnect();
    vi.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
    expect(pause.pending).toBe(false);
  });

  it('settles even when the task throws', async () => {
    const pause = new Pause(fakeHost(), 10);
    pause.after(() => {
      throw new Error('boom');
    });
    const settled = pause.settled;
    expect(() => vi.advanceTimersByTime(10)).toThrow('boom');
    await settled;
    expect(pause.pending).toBe(false);
  });
});
