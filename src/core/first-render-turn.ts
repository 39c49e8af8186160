/**
 * Widgets take turns for their first render, each in a task of its own, so a
 * page with five widgets never blocks its main thread for the sum of their
 * renders (one long task) but for the longest of them, and a tap in between
 * is answered. The order is the order in which they asked (document order
 * when the page's script upgrades them).
 */

interface SchedulerWithYield {
  yield(): Promise<void>;
}

/**
 * Gives the browser a turn: `scheduler.yield()` where there is one (it keeps
 * the continuation ahead of other queued work), else a message-channel task,
 * which, unlike `setTimeout`, is not clamped or throttled in a background tab.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

let lastTurn: Promise<void> = Promise.resolve();

/**
 * Resolves when it is this caller's turn: after every earlier caller's turn,
 * and after a yield to the browser. The caller renders right after it
 * resolves (before the next turn's yield starts), so each render has a task
 * of its own.
 */
export function firstRenderTurn(): Promise<void> {
  const turn = lastTurn.then(yieldToBrowser);
  lastTurn = turn;
  return turn;
}
