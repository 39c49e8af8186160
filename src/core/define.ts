/**
 * Guarded custom-element registration, kept apart from the classes so that
 * importing a class never registers a tag (only the `define` modules do, and
 * only they are listed in package.json `sideEffects`).
 *
 * - Loading the library twice, or two versions of it, never throws: a tag that
 *   is already taken is skipped with one console warning naming both versions.
 * - Sites with a tag clash choose their own prefix, programmatically
 *   (`defineElement('cost-calculator', Class, { prefix: 'school' })`) or for
 *   script-tag use with `<meta name="digi-widgets-prefix" content="school">`.
 */
import { VERSION } from './version.js';

export const defaultPrefix = 'digi';
export const prefixMetaName = 'digi-widgets-prefix';

export interface DefineOptions {
  /** Tag prefix without the trailing dash: `school` gives `<school-cost-calculator>`. */
  readonly prefix?: string;
}

interface VersionedConstructor extends CustomElementConstructor {
  readonly version?: string;
}

/** A valid custom-element prefix: lower-case ASCII, starts with a letter, no trailing dash. */
export function isValidPrefix(prefix: string): boolean {
  return /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(prefix);
}

/** The trimmed content of the page's `<meta name="…">`, if any (none on the server). */
export function pageMeta(name: string): string | undefined {
  // No document, or the server-side rendering shim's, which has no querySelector.
  if (typeof document === 'undefined' || typeof document.querySelector !== 'function') return undefined;
  return document.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim();
}

/** The prefix for this page: the option, else the meta tag, else `digi`. */
export function resolvePrefix(options: DefineOptions = {}): string {
  const requested = options.prefix ?? pageMeta(prefixMetaName);
  if (requested === undefined || requested === '') return defaultPrefix;
  if (isValidPrefix(requested)) return requested;
  console.error(
    `[digi-widgets] Tag prefix "${requested}" is not valid (use lower-case letters, digits and single dashes, starting with a letter, e.g. "school"); using "${defaultPrefix}".`,
  );
  return defaultPrefix;
}

const warnedTags = new Set<string>();
/** The subclasses made for a second prefix, mapped to the class they stand for. */
const prefixSubclasses = new WeakMap<CustomElementConstructor, CustomElementConstructor>();

/**
 * Registers `constructor` as `<prefix>-<name>` unless that tag is taken.
 * Returns the tag name in use, whichever copy owns it.
 */
export function defineElement(
  name: string,
  constructor: VersionedConstructor,
  options: DefineOptions = {},
): string {
  const tag = `${resolvePrefix(options)}-${name}`;
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    const sameClass = existing === constructor || prefixSubclasses.get(existing) === constructor;
    if (!sameClass && !warnedTags.has(tag)) {
      warnedTags.add(tag);
      console.warn(
        `[digi-widgets] <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
          `this copy (version ${constructor.version ?? VERSION}) was not registered. ` +
          'Load the widgets once per page, or give one copy its own prefix.',
      );
    }
    return tag;
  }
  try {
    customElements.define(tag, constructor);
  } catch (error) {
    // A constructor can back only one tag; a second prefix gets a subclass.
    if (error instanceof DOMException && error.name === 'NotSupportedError') {
      const subclass = class extends (constructor as typeof HTMLElement) {};
      prefixSubclasses.set(subclass, constructor);
      customElements.define(tag, subclass);
    } else {
      throw error;
    }
  }
  return tag;
}
