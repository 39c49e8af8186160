/** Conformance report of <digi-refurbisher-finder>. */
import { defineReport, entry, extend, screenReaders, tests } from './common.js';
import type { WidgetInfo } from './types.js';

const widget: WidgetInfo = {
  name: 'refurbisher-finder',
  tag: 'digi-refurbisher-finder',
  label: 'Refurbisher finder',
  storiesFile: 'stories/widgets/refurbisher-finder.stories.ts',
  storyTitle: 'Widgets/Refurbisher finder',
};

const file = 'test/browser/refurbisher-finder.test.ts';
const example = (name: string) => ({ file, name: `<digi-refurbisher-finder> with the example feed > ${name}` });
const badFeed = (name: string) => ({ file, name: `<digi-refurbisher-finder> with a feed that is not right > ${name}` });
const shows = example('shows the ten fictional refurbishers, says they are examples, and is accessible');
const filtersByKeyboard = example('filters by keyboard, updates the counts beside each option, and announces the result count politely');
const numberError = example('filters on services, language and number of devices, and says when a number is not valid');
const postcodeError = example('says how to type a postcode when it is not one, and keeps what was typed');
const position = example('asks for the position only after a click, sorts by distance from it, and can forget it');
const compares = example('compares up to three refurbishers side by side in a table');
const more = example('shows 10 results at a time and moves focus to the first new one');
const shared = example('keeps the search in the URL fragment when asked, and opens a shared search');
const reflows = example('reflows at 320 px: one column, nothing wider than the screen but the comparison table in its own scroll region');
const networkFailure = badFeed('names a network failure, and a retry that fails again is announced');
const screenReader = {
  file: 'test/browser/screen-reader/refurbisher-finder.test.ts',
  name: '<digi-refurbisher-finder> with a screen reader > a filter announces the number of results once; comparing two announces each and reads them side by side',
};
const wcag22 = (name: string) => ({ file: 'test/browser/wcag22.test.ts', name });
const keepsSearch = wcag22('3.3.7 Redundant Entry: what was typed is not asked again > the finder keeps the postcode and filters in its URL, and a new visit to that URL shows them filled in');
const sameContactPlace = wcag22('3.2.6 Consistent Help: no widget claims a help mechanism of its own > the finder shows a refurbisher’s contact in the same place on every card');

export const report = defineReport(
  widget,
  ['Default', 'Filtered', 'ChooseForAQuote', 'EmptyResult', 'Compare', 'CompareWipingAndWarranty', 'PurgeOrBetter', 'IgnoredFields', 'InvalidEntries', 'InvalidFeed', 'NetworkError', 'ServerError', 'EasyRead', 'Dark'],
  {
    '1.1.1': extend({ evidence: [shows] }),
    '1.3.1': extend({
      remarks: 'Filters are groups with legends, results a list of cards with headings, the comparison a table with row and column headers.',
      evidence: [compares, screenReader],
    }),
    '1.3.5': entry(
      'supports',
      'The postcode field has autocomplete="postal-code"; axe checks the value is valid. The other fields are search filters, not information about the person.',
      [tests.axe(widget)],
    ),
    '1.4.10': extend({ evidence: [reflows] }),
    '2.1.1': extend({ evidence: [filtersByKeyboard, position] }),
    '2.4.3': extend({
      remarks: 'The focus moves in the visual order; after "show more" it moves to the first new result.',
      evidence: [more],
    }),
    '2.4.4': entry(
      'supports',
      'Each link to a refurbisher’s website or contact stands in that refurbisher’s card, under its name; axe checks every link has a name.',
      [tests.axe(widget), tests.ariaTree(widget)],
    ),
    '3.1.2': extend({
      remarks: 'Answers from the feed are marked with the feed’s language, so a Dutch feed on a French page is read in Dutch.',
    }),
    '3.2.2': extend({
      remarks: 'A filter updates the results and counts in place; nothing opens, submits or moves the focus.',
      evidence: [filtersByKeyboard],
    }),
    '3.2.6': extend({
      remarks: 'The finder offers no help of its own. A refurbisher’s contact (not help with the page) is in the same place on every card.',
      evidence: [sameContactPlace],
    }),
    '3.3.1': entry(
      'supports',
      'A postcode or number that is not valid is named in text at its field, and what was typed is kept.',
      [postcodeError, numberError],
      screenReaders('Type "12" as postcode; the error is heard with the field.'),
    ),
    '3.3.3': entry('supports', 'The postcode error says how to type one: "Typ een Belgische postcode van 4 cijfers, bijvoorbeeld 9000."', [postcodeError]),
    '3.3.7': entry(
      'supports',
      'The postcode and filters can be kept in the page address (share-url): a new visit or a shared link shows them filled in.',
      [keepsSearch, shared],
    ),
    '4.1.2': extend({ evidence: [screenReader] }),
    '4.1.3': entry(
      'supports',
      'The number of results is announced politely once after a filter change; adding to the comparison and a network failure are announced too.',
      [filtersByKeyboard, screenReader, networkFailure],
      screenReaders('Change a filter; the number of results is heard once and the focus stays on the filter.'),
    ),
  },
);
