/**
 * Keeping a widget's state in the page URL's fragment, for `share-url`: the
 * attribute names one fragment parameter (`#intro&digi-cost=...`), and the
 * host page's other fragment parts stay as they are. One implementation for
 * every widget that shares its state: values are URI-encoded, an empty value
 * removes the parameter, and the URL is replaced (never pushed, so typing
 * does not fill the back button's history) with a guard for pages where
 * `history.replaceState` throws (sandboxed frames, some file:// pages).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A valid parameter name: letters, digits, `-` and `_`, 1-40 characters. */
export const fragmentKeyPattern = /^[\w-]{1,40}$/;

const parts = (hash: string) => hash.replace(/^#/, '').split('&').filter(Boolean);

/** The decoded value of `key` in a fragment like `#intro&key=value`; undefined when absent or not decodable. */
export function readFragmentParam(hash: string, key: string): string | undefined {
  const prefix = `${encodeURIComponent(key)}=`;
  const part = parts(hash).find((candidate) => candidate.startsWith(prefix));
  if (part === undefined) return undefined;
  try {
    return decodeURIComponent(part.slice(prefix.length));
  } catch {
    return undefined;
  }
}

/** The fragment with `key` set to `value` (removed when empty or undefined). */
export function writeFragmentParam(hash: string, key: string, value: string | undefined): string {
  const prefix = `${encodeURIComponent(key)}=`;
  const kept = parts(hash).filter((part) => !part.startsWith(prefix));
  if (value) kept.push(prefix + encodeURIComponent(value));
  return kept.length ? `#${kept.join('&')}` : '';
}

/**
 * The parameter name for a `share-url` attribute value: null when sharing is
 * off (attribute absent), `fallback` when the value is empty or not a valid name.
 */
export function shareKeyFor(attribute: string | null | undefined, fallback: string): string | null {
  if (attribute === null || attribute === undefined) return null;
  return fragmentKeyPattern.test(attribute) ? attribute : fallback;
}

export interface FragmentStateOptions {
  /** The parameter name, or null while sharing is off. */
  key: () => string | null;
  /** The fragment changed from outside (back button, a pasted link): the new value. */
  onExternalChange: (value: string) => void;
  /** Where a failed URL update is reported. */
  tag: string;
}

/** Reads and writes one fragment parameter for its host, and listens for changes from outside. */
export class FragmentState implements ReactiveController {
  private last?: string;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: FragmentStateOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** The current value in the URL, or undefined (also while sharing is off). */
  read(): string | undefined {
    const key = this.options.key();
    if (!key) return undefined;
    const value = readFragmentParam(window.location.hash, key);
    if (value !== undefined) this.last = value;
    return value;
  }

  /** Puts `value` in the URL (replacing the entry); nothing happens while sharing is off or when it is already there. */
  write(value: string): void {
    const key = this.options.key();
    if (!key || value === this.last) return;
    this.last = value;
    try {
      const url = new URL(window.location.href);
      url.hash = writeFragmentParam(url.hash, key, value);
      history.replaceState(history.state, '', url);
    } catch (error) {
      console.warn(`[digi-widgets] ${this.options.tag} share-url: could not update the URL.`, error);
    }
  }

  private readonly onHashChange = () => {
    const key = this.options.key();
    if (!key) return;
    const value = readFragmentParam(window.location.hash, key);
    if (value === undefined || value === this.last) return;
    this.last = value;
    this.options.onExternalChange(value);
  };
}
