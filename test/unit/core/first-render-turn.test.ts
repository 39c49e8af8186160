/** core/first-render-turn: each caller's turn in a task of its own, in the order asked. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstRenderTurn, yieldToBrowser } from '../../../src/core/first-render-turn.js';

describe('firstRenderTurn', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives turns in the order asked, with a task between two turns', async () => {
    const log: string[] = [];
    const turns = ['a', 'b', 'c'].map((name) =>
      firstRenderTurn().then(() => {
        log.push(`render ${name}`);
        // A task queued during this render runs before the next widget's render: that render is
        // in a later task, not in this one's microtasks.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          log.push(`task after ${name}`);
        };
        channel.port2.postMessage(undefined);
      }),
    );
    // Nothing renders in the task that asked.
    await Promise.resolve();
    expect(log).toEqual([]);
    await Promise.all(turns);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log.indexOf('render a')).toBeLessThan(log.indexOf('render b'));
    expect(log.indexOf('render b')).toBeLessThan(log.indexOf('render c'));
    expect(log.indexOf('task after a')).toBeLessThan(log.indexOf('render b'));
    expect(log.indexOf('task after b')).toBeLessThan(log.indexOf('render c'));
  });

  it('uses scheduler.yield when the browser has it', async () => {
    const schedulerYield = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: schedulerYield });
    await yieldToBrowser();
    expect(schedulerYield).toHaveBeenCalledOnce();
  });

  it('falls back to a message-channel task, not a microtask', async () => {
    vi.stubGlobal('scheduler', undefined);
    const order: string[] = [];
    const yielded = yieldToBrowser().then(() => order.push('yielded'));
    void Promise.resolve().then(() => order.push('microtask'));
    await yielded;
    expect(order).toEqual(['microtask', 'yielded']);
  });
});
