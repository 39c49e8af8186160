/**
 * The virtual screen reader (@guidepup/virtual-screen-reader) over the widgets.
 *
 * Shadow DOM: version 0.33.0 of the library builds its accessibility tree from
 * `node.childNodes` only and watches changes with one MutationObserver on the
 * container (`subtree: true`, which does not cross a shadow boundary). It does
 * not enter shadow roots, and none of its start options changes that (they
 * are `container`, `window`, `displayCursor` and `advanceTimers`); upstream
 * this is guidepup/virtual-screen-reader#182, with pull request #183 closed
 * unmerged. On its own it hears nothing of a widget: `rawLibraryHears()`
 * below shows that, and test/browser/screen-reader/shadow-dom.test.ts keeps
 * checking it (so that this adapter can go once a release does traverse
 * shadow roots).
 *
 * What this helper adds, and nothing else:
 * - the flat tree: while a session runs, every shadow host in the container
 *   gets its own `childNodes` getter returning its shadow root's children,
 *   and every `<slot>` one returning its assigned nodes (or its fallback
 *   content), which is the tree that browsers build the accessibility tree
 *   from (the Shadow DOM "flat tree"). Roles, names, states, values and
 *   live-region phrases are all still computed by the library;
 * - change tracking through the library's own `window` option: a
 *   MutationObserver that also observes each open shadow root;
 * - focus: the library follows the focus with a `focusin` listener on the
 *   container, where the event's target is the shadow host (retargeting), and
 *   a focus move between two elements of one shadow root does not reach it
 *   at all; so a focus move inside a widget (the rose's arrow keys, Tab from
 *   field to field) would go unheard. The helper passes the library the
 *   element that really got the focus (`composedPath()[0]`), as the browser
 *   tells a real screen reader.
 * All three are undone by `stopScreenReader()`.
 *
 * Two limits of the library that the tests work around in the open:
 * `heard()` leaves out its empty `polite: ` phrase for the announcer clearing
 * its region, and `withoutCheckedState()` leaves out radio and checkbox
 * states, which it reads from the `checked` attribute instead of the
 * checkedness; those states are read from Chromium's own accessibility tree
 * (`chromiumAccessibilityTree()`, through the DevTools protocol).
 */
import { virtual } from '@guidepup/virtual-screen-reader';
import { expect, vi } from 'vitest';
import { cdp } from 'vitest/browser';

const nativeChildNodes = Object.getOwnPropertyDescriptor(Node.prototype, 'childNodes')!.get!;

/** The node's children in the flat tree. */
function flatChildren(node: Node): ArrayLike<Node> & Iterable<Node> {
  if (node instanceof Element && node.shadowRoot) return node.shadowRoot.childNodes;
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length > 0 ? assigned : (nativeChildNodes.call(node) as NodeListOf<ChildNode>);
  }
  return nativeChildNodes.call(node) as NodeListOf<ChildNode>;
}

const exposed = new Set<Element>();

/** Gives every shadow host and slot under `root` (across shadow roots) its flat-tree `childNodes`. */
function exposeFlatTree(root: Node): void {
  const visit = (node: Node): void => {
    if (node instanceof Element && (node.shadowRoot || node instanceof HTMLSlotElement) && !exposed.has(node)) {
      Object.defineProperty(node, 'childNodes', {
        configurable: true,
        get(this: Node) {
          return flatChildren(this);
        },
      });
      exposed.add(node);
    }
    for (const child of nativeChildNodes.call(node) as NodeListOf<ChildNode>) visit(child);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
  };
  visit(root);
}

function hideFlatTree(): void {
  for (const node of exposed) delete (node as unknown as Record<string, unknown>).childNodes;
  exposed.clear();
}

/** All open shadow roots under `root`, nested ones included. */
function shadowRootsUnder(root: Node): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element && node.shadowRoot) {
      found.push(node.shadowRoot);
      visit(node.shadowRoot);
    }
    for (const child of nativeChildNodes.call(node) as NodeListOf<ChildNode>) visit(child);
  };
  visit(root);
  return found;
}

/** A MutationObserver that also observes the open shadow roots under what it observes. */
class ComposedMutationObserver extends MutationObserver {
  private watched = new WeakSet<Node>();
  private roots: { target: Node; options?: MutationObserverInit }[] = [];

  constructor(callback: MutationCallback) {
    // The observer passed to the callback is this one.
    super((records, observer) => (observer as ComposedMutationObserver).deliver(records, callback));
  }

  private deliver(records: MutationRecord[], callback: MutationCallback): void {
    // New hosts (a re-render, another view) join the flat tree before the library reads it.
    for (const { target } of this.roots) exposeFlatTree(target);
    this.watchShadowRoots();
    for (const { target } of this.roots) followShadowRoots?.(target);
    // A change of a shadow root's own children has the root as target, which has no parent
    // element: the library's live-region lookup throws on it. Such a change cannot be inside
    // a live region of the page (the announcer's regions are in the light DOM), so the library
    // gets it as an empty batch, which still makes it rebuild its tree.
    callback(
      records.filter((record) => !(record.target instanceof ShadowRoot)),
      this,
    );
  }

  override observe(target: Node, options?: MutationObserverInit): void {
    super.observe(target, options);
    this.watched.add(target);
    this.roots.push({ target, options });
    this.watchShadowRoots();
  }

  override disconnect(): void {
    super.disconnect();
    this.roots = [];
    this.watched = new WeakSet();
  }

  private watchShadowRoots(): void {
    for (const { target, options } of this.roots) {
      for (const shadowRoot of shadowRootsUnder(target)) {
        if (this.watched.has(shadowRoot)) continue;
        super.observe(shadowRoot, options);
        this.watched.add(shadowRoot);
      }
    }
  }
}

export { virtual };

let stopFollowingFocus: (() => void) | undefined;
let followShadowRoots: ((root: Node) => void) | undefined;

/**
 * Tells the library about focus moves inside shadow roots: a `focusin` on the
 * container with the element that got the focus as its target. A move between
 * two elements of one shadow root does not even leave that root (its target
 * and related target are the same host outside), so each shadow root is
 * listened to as well.
 */
function followFocus(container: Node): () => void {
  const seen = new WeakSet<Event>();
  const listened = new Set<Node>();
  const listener = (event: Event) => {
    if (seen.has(event)) return;
    seen.add(event);
    const focused = event.composedPath()[0] as Node | undefined;
    // Focus in the container's own tree reaches the library as it is.
    if (!focused || focused.getRootNode() === container.getRootNode()) return;
    const inner = new FocusEvent('focusin');
    Object.defineProperty(inner, 'target', { value: focused });
    seen.add(inner);
    container.dispatchEvent(inner);
  };
  const listen = (node: Node) => {
    if (listened.has(node)) return;
    node.addEventListener('focusin', listener);
    listened.add(node);
  };
  listen(container);
  followShadowRoots = (root: Node) => shadowRootsUnder(root).forEach(listen);
  followShadowRoots(container);
  return () => {
    for (const node of listened) node.removeEventListener('focusin', listener);
    listened.clear();
    followShadowRoots = undefined;
  };
}

/**
 * Starts the virtual screen reader on `container` (the page body by default,
 * so that it also hears the shared announcer's live regions there) over the
 * flat tree.
 */
export async function startScreenReader(container: Node = document.body): Promise<void> {
  exposeFlatTree(container);
  await virtual.start({ container, window: { document, MutationObserver: ComposedMutationObserver } });
  stopFollowingFocus = followFocus(container);
}

export async function stopScreenReader(): Promise<void> {
  stopFollowingFocus?.();
  stopFollowingFocus = undefined;
  await virtual.stop();
  hideFlatTree();
}

/** What the library hears of `container` on its own, without the flat tree: its first phrase and `steps` more. */
export async function rawLibraryHears(container: Node, steps: number): Promise<string[]> {
  await virtual.start({ container });
  for (let step = 0; step < steps; step++) await virtual.next();
  const log = await virtual.spokenPhraseLog();
  await virtual.stop();
  return log;
}

/** The spoken phrase log from index `from` on. */
export async function spokenSince(from: number): Promise<string[]> {
  return (await virtual.spokenPhraseLog()).slice(from);
}

/** Where the log is now, to read what is heard from here on with `spokenSince`. */
export async function mark(): Promise<number> {
  return (await virtual.spokenPhraseLog()).length;
}

/**
 * Reads on with the virtual cursor (`next()`, a screen reader's "next item";
 * `previous()` with `backwards`) until it says a phrase that matches, and
 * fails when it does not come within `limit` steps. Returns the phrases it
 * said on the way, the match last.
 */
export async function readUntil(
  match: string | RegExp | ((phrase: string) => boolean),
  limit = 300,
  { backwards = false } = {},
): Promise<string[]> {
  const matches =
    typeof match === 'function'
      ? match
      : typeof match === 'string'
        ? (phrase: string) => phrase === match
        : (phrase: string) => match.test(phrase);
  const from = await mark();
  for (let step = 0; step < limit; step++) {
    await (backwards ? virtual.previous() : virtual.next());
    const phrase = (await virtual.lastSpokenPhrase()) ?? '';
    if (matches(phrase)) return spokenSince(from);
  }
  throw new Error(`Not heard within ${limit} steps: ${String(match)}\nHeard:\n${(await spokenSince(from)).join('\n')}`);
}

/** `readUntil` backwards (`previous()`, a screen reader's "previous item"). */
export const readBackUntil = (match: string | RegExp | ((phrase: string) => boolean), limit = 300) =>
  readUntil(match, limit, { backwards: true });

/**
 * The log from `from` on without the library's empty live-region phrases: the
 * announcer empties its region before each message (so that a repeat is read
 * again), and the library logs that as `polite: ` with nothing after it, which
 * no screen reader says.
 */
export async function heard(from: number): Promise<string[]> {
  return (await spokenSince(from)).filter((phrase) => !/^(polite|assertive): $/.test(phrase));
}

/**
 * Radios and checkboxes without their checked state. The library (0.33.0)
 * takes it from the `checked` attribute, not from the control's checkedness:
 * a radio checked by the person or by Lit's `.checked` property is still read
 * "not checked". The tests leave that state out of the phrases they compare
 * and read it from Chromium's own accessibility tree (`chromiumAccessibilityTree`).
 */
export function withoutCheckedState(phrases: readonly string[]): string[] {
  return phrases.map((phrase) => (/^(radio|checkbox), /.test(phrase) ? phrase.replace(/, (not )?checked(?=,|$)/, '') : phrase));
}

export interface ChromiumAXNode {
  role: string;
  name: string;
  properties: Record<string, unknown>;
}

/** Chromium's accessibility tree of this test's frame (shadow DOM included), through the DevTools protocol. */
export async function chromiumAccessibilityTree(): Promise<ChromiumAXNode[]> {
  interface Frame {
    frame: { id: string; url: string };
    childFrames?: Frame[];
  }
  interface RawNode {
    role?: { value?: unknown };
    name?: { value?: unknown };
    properties?: { name: string; value: { value?: unknown } }[];
  }
  const session = cdp() as unknown as { send(method: string, params?: unknown): Promise<unknown> };
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: Frame };
  const frames: Frame['frame'][] = [];
  const walk = (tree: Frame): void => {
    frames.push(tree.frame);
    tree.childFrames?.forEach(walk);
  };
  walk(frameTree);
  const frame = frames.find((candidate) => candidate.url === window.location.href);
  if (!frame) throw new Error(`No frame at ${window.location.href}`);
  const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId: frame.id })) as { nodes: RawNode[] };
  return nodes.map((node) => ({
    role: String(node.role?.value ?? ''),
    name: String(node.name?.value ?? ''),
    properties: Object.fromEntries((node.properties ?? []).map((property) => [property.name, property.value.value])),
  }));
}

/** Moves the virtual cursor to the previous heading (a screen reader's heading navigation). */
export async function previousHeading(): Promise<void> {
  await virtual.perform(virtual.commands.moveToPreviousHeading);
}

/** Live-region phrases (`polite: …`, `assertive: …`) in `log`, the empty ones (a region being cleared) left out. */
export function liveAnnouncements(log: readonly string[]): string[] {
  return log.filter((phrase) => /^(polite|assertive): \S/.test(phrase));
}

/** Waits until the log from `from` on holds the live announcement `phrase`. */
export async function waitForAnnouncement(from: number, phrase: string, timeout = 3000): Promise<void> {
  await vi.waitFor(async () => expect(liveAnnouncements(await spokenSince(from))).toContain(phrase), { timeout, interval: 20 });
}

/**
 * A pause long enough for a second copy of an announcement to arrive (the
 * calculator's 300 ms debounce plus the announcer's 50 ms), used only to show
 * that something is NOT said again: absence has no event to wait for.
 */
export const quietPeriod = () => new Promise((resolve) => setTimeout(resolve, 500));
