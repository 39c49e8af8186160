/**
 * Entry of dist/cdn/autoloader.js: registers a widget only when its tag is on
 * the page, so a page downloads only the widgets it shows.
 *
 * - Tags are `<prefix>-<name>`, with the prefix from
 *   `<meta name="digi-widgets-prefix">` (see `resolvePrefix()`), the same one
 *   the define modules register under.
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
import { widgets, type WidgetEntry } from '../widgets.js';

const prefix = resolvePrefix();
/** Widgets not requested yet, by tag. */
const pending = new Map<string, WidgetEntry>(widgets.map((widget) => [`${prefix}-${widget.name}`, widget]));

function load(tag: string, widget: WidgetEntry): void {
  pending.delete(tag);
  if (customElements.get(tag)) return;
  widget.load().catch((error: unknown) => {
    console.error(`[digi-widgets] Could not load <${tag}>.`, error);
  });
}

/** Loads every pending widget whose tag is `root` or inside it. */
function scan(root: Element): void {
  for (const [tag, widget] of pending) {
    if (root.localName === tag || (root.firstElementChild && root.querySelector(tag))) load(tag, widget);
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
