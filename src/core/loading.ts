/**
 * When a widget renders: at once (`eager`), or when it comes near the
 * viewport (`lazy`), so a page with widgets far down spends no main-thread
 * time on them while it loads. This module holds no Lit and no widget: the
 * autoloader uses it too, to download a widget's code only when one of its
 * elements comes near.
 *
 * - The default is `eager`, as for any element an app imports. The
 *   autoloader makes `lazy` the default (see `useLazyByDefault`), and a
 *   page can choose for all its widgets with
 *   `<meta name="digi-widgets-loading" content="eager">`, or per element
 *   with the `loading` attribute.
 * - "Near" is within one and a half viewport heights (or widths) of the
 *   viewport: on a phone the code of the next widget down is there before a
 *   fast scroll reaches it. A widget that is not displayed (`hidden`, a
 *   closed tab) renders when it is.
 * - Printing renders every waiting widget first (`beforeprint`), so paper
 *   never shows an empty box.
 */
import { pageMeta } from './define.js';

export type Loading = 'lazy' | 'eager';

export const loadingMetaName = 'digi-widgets-loading';

/** The rootMargin of "near": 150 % of the viewport on every side. */
export const nearMargin = '150%';

const lazyDefaultKey = Symbol.for('@digisprong/widgets.lazy-by-default');

type Flagged = typeof globalThis & { [lazyDefaultKey]?: boolean };

/** Called by the autoloader: its widgets wait until they come near. Global, so it reaches every copy of the library. */
export function useLazyByDefault(lazy = true): void {
  (globalThis as Flagged)[lazyDefaultKey] = lazy;
}

/** `lazy` or `eager` for a `loading` value; undefined for anything else. */
export function parseLoading(value: string | null | undefined): Loading | undefined {
  const normal = value?.trim().toLowerCase();
  return normal === 'lazy' || normal === 'eager' ? normal : undefined;
}

/** The page's default: the meta tag, else `lazy` under the autoloader, else `eager`. */
export function pageDefaultLoading(): Loading {
  return parseLoading(pageMeta(loadingMetaName)) ?? ((globalThis as Flagged)[lazyDefaultKey] ? 'lazy' : 'eager');
}

/** How an element with this `loading` value loads: the value when valid, else the page's default. */
export function loadingFor(value: string | null | undefined): Loading {
  return parseLoading(value) ?? pageDefaultLoading();
}

const waiting = new Map<Element, Set<() => void>>();
let observer: IntersectionObserver | undefined;
let printing = false;

function release(element: Element): void {
  const callbacks = waiting.get(element);
  if (!callbacks) return;
  waiting.delete(element);
  observer?.unobserve(element);
  for (const callback of [...callbacks]) callback();
}

function releaseAll(): void {
  printing = true;
  for (const element of [...waiting.keys()]) release(element);
}

function printed(): void {
  printing = false;
}

/**
 * Calls `callback` once, when `element` comes near the viewport (at once
 * when there is no IntersectionObserver, or the page is being printed).
 * Observation goes on while the element is out of the document, so one
 * that is moved is still seen. Returns a function that cancels the wait.
 */
export function whenNearViewport(element: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver !== 'function' || printing) {
    callback();
    return () => undefined;
  }
  if (!observer) {
    const onChange: IntersectionObserverCallback = (entries) => {
      for (const entry of entries) if (entry.isIntersecting) release(entry.target);
    };
    try {
      // The document as root: the margin then also counts inside an iframe (with the implicit root it is clipped to the frame).
      observer = new IntersectionObserver(onChange, { root: document, rootMargin: nearMargin });
    } catch {
      observer = new IntersectionObserver(onChange, { rootMargin: nearMargin });
    }
    addEventListener('beforeprint', releaseAll);
    addEventListener('afterprint', printed);
  }
  let callbacks = waiting.get(element);
  if (!callbacks) {
    callbacks = new Set();
    waiting.set(element, callbacks);
    observer.observe(element);
  }
  const once = () => callback();
  callbacks.add(once);
  return () => {
    callbacks.delete(once);
    if (callbacks.size === 0 && waiting.get(element) === callbacks) {
      waiting.delete(element);
      observer?.unobserve(element);
    }
  };
}
