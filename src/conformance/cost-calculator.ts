/** Conformance report of <digi-cost-calculator>. */
import { defineReport, entry, extend, screenReaders, tests } from './common.js';
import type { WidgetInfo } from './types.js';

const widget: WidgetInfo = {
  name: 'cost-calculator',
  tag: 'digi-cost-calculator',
  label: 'Kostencalculator (cost calculator)',
  storiesFile: 'stories/widgets/cost-calculator.stories.ts',
  storyTitle: 'Widgets/Kostencalculator',
};

const file = 'test/browser/cost-calculator.test.ts';
const t = (name: string) => ({ file, name: `<digi-cost-calculator> > ${name}` });
const starts = t('starts with three sourced scenarios, their results, a chart and a table, and is accessible');
const recalculates = t('recalculates as the person types: 600 instead of 550 gives 600 x 100 x 6/4 = EUR 90,000, and announces it politely');
const fieldError = t('shows an invalid value’s error on that field only, keeps what was typed and keeps calculating the rest');
const howToFix = t('says how to fix out-of-range and cross-field errors, and opens the section that holds them');
const requiredField = t('marks an emptied required field only once it is left');
const copies = t('copies the result as text, and says so when the clipboard refuses');
const keyboardAlone = t('works by keyboard alone: add, name, choose, remove and restore a scenario with focus kept in place');
const focusIndicator = t('shows every control with a visible focus indicator');
const reflows = t('reflows at 320 px: scenarios stack and nothing scrolls sideways');
const years = t('gives a period in years as "bijvoorbeeld 6" in its error');
const errorSummary = t('keeps the last result in view, marked out of date, while the horizon is empty, and sums up the errors at the top');
const summaryOpens = t('links an error in a closed section from the summary, and opens it');
const screenReader = {
  file: 'test/browser/screen-reader/cost-calculator.test.ts',
  name: '<digi-cost-calculator> with a screen reader > changing a price: the field says its new value, the new totals are announced once after the typing pause, and the table has them',
};
const keepsValues = {
  file: 'test/browser/wcag22.test.ts',
  name: '3.3.7 Redundant Entry: what was typed is not asked again > the calculator keeps every typed value through a change of page language and a re-render',
};

export const report = defineReport(widget, ['Default', 'Empty', 'TypicalSecondary', 'PrimaryWithLaptopCarts', 'LeaseVersusRefurbished', 'InvalidInput', 'UnderTheSitesOwnHeading'], {
  '1.1.1': extend({
    remarks: 'The chart of the totals has a table with the same figures next to it; icons are hidden from assistive technology.',
    evidence: [starts, screenReader],
  }),
  '1.3.1': extend({ evidence: [starts, screenReader] }),
  '1.4.10': extend({ evidence: [reflows] }),
  '2.1.1': extend({ evidence: [keyboardAlone] }),
  '2.2.1': entry(
    'not-applicable',
    'No time limit. The result is recalculated after a short pause in typing; waiting longer loses nothing.',
  ),
  '2.4.3': extend({ evidence: [keyboardAlone] }),
  '2.4.4': entry(
    'supports',
    'Each source link names its source in the link text; axe checks every link has a name.',
    [tests.axe(widget), tests.ariaTree(widget)],
  ),
  '2.4.7': extend({ evidence: [focusIndicator] }),
  '3.2.2': extend({
    remarks: 'Typing a value recalculates the result in place; nothing opens, submits or moves the focus.',
    evidence: [recalculates],
  }),
  '3.3.1': entry(
    'supports',
    'A wrong value is named in text on its own field (tied to it for screen readers), what was typed is kept, and an emptied required field is marked once it is left. An error summary at the top lists every field in error, each a link that moves focus to the field (opening its section); while no scenario can be calculated, the last result stays in view, marked out of date.',
    [fieldError, requiredField, errorSummary, summaryOpens],
    screenReaders('Type a letter in a number field and leave it; the error is read with the field.'),
  ),
  '3.3.2': extend({ evidence: [years] }),
  '3.3.3': entry(
    'supports',
    'Errors say how to fix them: the allowed range, an example ("bijvoorbeeld 6"), and for cross-field errors which fields to change; the section that holds the error opens.',
    [howToFix, years],
  ),
  '3.3.4': entry(
    'not-applicable',
    'The calculator only calculates: it buys, sends and stores nothing (a shared link holds the figures in the address).',
  ),
  '3.3.7': entry(
    'supports',
    'Every typed value survives a change of page language and a re-render; with share-url, a shared link brings them back.',
    [keepsValues],
  ),
  '4.1.2': extend({ evidence: [keyboardAlone, screenReader] }),
  '4.1.3': entry(
    'supports',
    'New totals are announced politely once after the typing pause; copying the result says whether it worked.',
    [recalculates, screenReader, copies],
    screenReaders('Change a price; the new totals are heard once, without moving the focus.'),
  ),
});
