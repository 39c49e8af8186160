/**
 * Entry of dist/cdn/digi-widgets.js: one self-contained file for
 * `<script type="module" src=".../digi-widgets.js">`. Lit, every widget and
 * every locale are bundled in; loading it registers every widget, with the
 * prefix from `<meta name="digi-widgets-prefix">` when the page sets one.
 * Loading it twice (or next to another version) only warns, once per tag.
 */
export * from '../index.js';
