/**
 * Entry of dist/cdn/autoloader.js: registers a widget only when its tag is on
 * the page, so a page downloads only the widgets it shows.
 *
 * - Tags are `<prefix>-<name>`, with the prefix from
 *   `<meta name="digi-widgets-prefix">` (see `resolvePrefix()`), the same one
 *   the define modules register under.
 * - A widget's code is imported when one of its elements comes near the
 *   viewport, or at once for an element with `loading="eager"` (see
 *   src/core/loading.ts); the elements themselves render the same way, so a
 *   page spends nothing on widgets far down while it loads.
 * - Until then each element holds the space it will take, so the text after
 *   it does not move when it appears (src/core/reserved-space.ts).
 * - One scan of the document when the script runs, then a MutationObserver on
 *   the whole document for added elements (a CMS or app that inserts a widget
 *   later). It stops observing once every widget is loaded. Widgets inside
 *   another component's shadow root are not seen: load those explicitly.
 * - A tag that is already defined (say by digi-widgets.js) is not loaded again.
 * - The widget chunks live in `chunks/` next to this file. The build writes
 *   them as relative imports (`import('./chunks/...')`), which a browser
 *   resolves against this module's own URL (import.meta.url), so the folder
 *   works wherever it is hosted without configuration.
 */
import { resolvePrefix } from '../core/define.js';
import { loadingFor, useLazyByDefault, whenNearViewport } from '../core/loading.js';
import { undefinedWidgetsCss } from '../core/reserved-space.js';
import { widgets, type WidgetEntry } from '../widgets.js';

const prefix = resolvePrefix();
/** Widgets not requested yet, by tag. */
const pending = new Map<string, WidgetEntry>(widgets.map((widget) => [`${prefix}-${widget.name}`, widget]));
/** Per pending tag, how to stop waiting for each of its elements to come near. */
const waits = new Map<string, Map<Element, () => void>>();

useLazyByDefault();
holdSpace();

/**
 * Until its code arrives an element holds the space it will take
 * (src/core/reserved-space.ts). A constructed sheet, which a strict CSP
 * (`style-src 'self'`) allows, unlike a `<style>` element.
 */
function holdSpace(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(undefinedWidgetsCss(prefix, widgets.map((widget) => widget.name)));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructable sheets (Safari before 16.4): the elements just do not hold space.
  }
}

function load(tag: string, widget: WidgetEntry): void {
  if (!pending.delete(tag)) return;
  for (const cancel of waits.get(tag)?.values() ?? []) cancel();
  waits.delete(tag);
  if (customElements.get(tag)) return;
  widget.load().catch((error: unknown) => {
    console.error(`[digi-widgets] Could not load <${tag}>.`, error);
  });
}

/** Loads the widget now for an eager element, else when the element comes near the viewport. */
function watch(element: Element, tag: string, widget: WidgetEntry): void {
  if (loadingFor(element.getAttribute('loading')) === 'eager') return load(tag, widget);
  let forTag = waits.get(tag);
  if (!forTag) waits.set(tag, (forTag = new Map()));
  if (!forTag.has(element)) forTag.set(element, whenNearViewport(element, () => load(tag, widget)));
}

/** Watches every element of a pending widget that is `root` or inside it. */
function scan(root: Element): void {
  for (const [tag, widget] of pending) {
    if (root.localName === tag) watch(root, tag, widget);
    if (root.firstElementChild) for (const element of root.querySelectorAll(tag)) watch(element, tag, widget);
  }
}

scan(document.documentElement);
if (pending.size > 0) {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) scan(node as Element);
      }
    }
    if (pending.size === 0) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
