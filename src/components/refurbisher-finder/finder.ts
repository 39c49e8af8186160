/**
 * The code `<digi-refurbisher-finder>` loads lazily (`import('./finder.js')`),
 * so the widget's first download stays small; nothing could be shown before
 * the feed is there anyway: the feed loader, the search with its views, the
 * feed's schema, and their styles (`finderSheets`, which the element adopts).
 */
import type { CSSResult } from 'lit';
import { buttonStyles } from '../../primitives/button.js';
import { cardStyles } from '../../primitives/card.js';
import { choiceGroupStyles } from '../../primitives/choice-group.js';
import { disclosureStyles } from '../../primitives/disclosure.js';
import { fieldStyles } from '../../primitives/field.js';
import { tableStyles } from '../../primitives/table.js';
import { finderStyles } from './finder.styles.js';

export { FeedController, preloadSampleFeed } from './feed-controller.js';
export { SearchController } from './search-controller.js';

/** The styles of what the search renders, for the element to adopt once this module has loaded. */
export const finderSheets: CSSResult[] = [buttonStyles, fieldStyles, choiceGroupStyles, disclosureStyles, cardStyles, tableStyles, finderStyles];
