/**
 * The code `<digi-refurbisher-finder>` loads lazily (`import('./finder.js')`),
 * so the widget's first download stays small; nothing could be shown before
 * the feed is there anyway: the feed loader, the search with its views, the
 * feed's schema, and their styles (`finderSheets`: the search adopts them in
 * the browser, `addServerStyles` adds them for a server render).
 */
export { addServerStyles } from '../../core/late-styles.js';
export { FeedController, preloadSampleFeed } from './feed-controller.js';
export { finderSheets } from './finder.styles.js';
export { SearchController } from './search-controller.js';
