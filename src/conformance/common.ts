/**
 * What every widget's report shares: the tests that run for every widget
 * (the axe matrix, the keyboard walk, the accessibility tree, the WCAG 2.2
 * tests, the quality gates on the demo page, the token contrast), the checks
 * to do by hand, and a first answer per criterion. Each widget's file starts
 * from `commonCriteria()` and replaces or extends the entries where the widget
 * differs (see `defineReport`).
 */
import type { ConformanceReport, CriterionReport, ManualCheck, TestRef, WidgetInfo } from './types.js';
import type { CriterionNumber } from './wcag22.js';

const file = {
  axe: 'test/browser/stories-a11y.test.ts',
  wcag22: 'test/browser/wcag22.test.ts',
  keyboard: 'test/e2e/keyboard.test.ts',
  aria: 'test/e2e/aria.test.ts',
  gates: 'test/e2e/gates.test.ts',
  demo: 'test/e2e/demo.test.ts',
  tokens: 'test/unit/tokens.test.ts',
  element: 'test/browser/digi-element.test.ts',
};

const test = (path: string, name: string): TestRef => ({ file: path, name });

/** Tests that exist once per widget, or once for all widgets. */
export const tests = {
  /** Every story of the widget, in every theme and locale, through axe (WCAG 2.0/2.1/2.2 A and AA rules). */
  axe: (w: WidgetInfo) => test(file.axe, `${w.storyTitle} › ` + '${entry.name} [${theme}, ${locale}]'),
  keyboard: (w: WidgetInfo) =>
    test(file.keyboard, `keyboard walk on the demo page > <${w.tag}>: Tab and Shift+Tab reach every stop once, in order, with a visible focus`),
  ariaTree: (w: WidgetInfo) =>
    test(file.aria, `accessibility tree of every widget > <${w.tag}>: named interactive nodes, and the tree as checked in`),
  focusNotObscured: (w: WidgetInfo) =>
    test(
      file.wcag22,
      `2.4.11 Focus Not Obscured (Minimum): a sticky header above each widget > <${w.tag}>: Tab and Shift+Tab never leave the focus hidden behind the header`,
    ),
  targetSize: (w: WidgetInfo) =>
    test(file.wcag22, `2.5.8 Target Size (Minimum): every target 24 x 24 CSS px or spaced, in every theme > <${w.tag}> in %s`),
  noDragInSource: test(
    file.wcag22,
    '2.5.7 Dragging Movements: no widget needs a drag > no source listens for a drag: no pointermove, mousemove, touchmove or drag events, nothing draggable',
  ),
  noDragRendered: (w: WidgetInfo) =>
    test(file.wcag22, `2.5.7 Dragging Movements: no widget needs a drag > <${w.tag}> renders nothing draggable`),
  noHelp: (w: WidgetInfo) =>
    test(file.wcag22, `3.2.6 Consistent Help: no widget claims a help mechanism of its own > <${w.tag}> has no help part, slot, link or contact`),
  reducedMotion: test(file.gates, 'quality gates > reduced motion: no animation or transition longer than 0 s runs, also after interaction'),
  forcedColours: test(file.gates, 'quality gates > forced colours: controls keep a visible border and focus outline; screenshots saved'),
  textSpacing: test(file.gates, 'quality gates > text spacing (WCAG 1.4.12) at 320 px: nothing scrolls sideways and no text is clipped'),
  hostileCss: test(
    file.gates,
    'quality gates > hostile host CSS (resets, 62.5% root size, content-box, dark page): widgets keep their size, colours and use',
  ),
  demoAt: (width: 320 | 1280) =>
    test(file.demo, `demo/index.html > renders every widget at ${width}px wide, with no CSP violation, error or horizontal scroll`),
  tokenContrast: test(file.tokens, 'theme %s > meets WCAG 2.1 AA contrast: %s'),
  pageLanguage: test(file.element, 'locale from the nearest lang > uses the ancestor lang and translates primitives'),
  languageChange: test(file.element, 'locale from the nearest lang > follows a live change of an ancestor lang'),
  dutchFallback: test(file.element, 'locale from the nearest lang > falls back to Dutch for an unsupported language and marks the content as Dutch'),
};

/** Checks by hand, none of them done yet: a report records `done` only for a check a person has carried out. */
export const manual = {
  nvda: (steps: string): ManualCheck => ({ setup: 'NVDA with Firefox on Windows', steps }),
  jaws: (steps: string): ManualCheck => ({ setup: 'JAWS with Chrome on Windows', steps }),
  voiceOverIos: (steps: string): ManualCheck => ({ setup: 'VoiceOver with Safari on iOS', steps }),
  voiceOverMac: (steps: string): ManualCheck => ({ setup: 'VoiceOver with Safari on macOS', steps }),
  zoom: {
    setup: 'Chrome and Firefox on a 1280 px wide window, browser zoom at 200% and at 400%',
    steps: 'Open every state listed; all text and controls stay visible and usable, nothing overlaps, nothing but a table scrolls sideways.',
  },
  textOnlyZoom: {
    setup: 'Firefox with "Zoom text only", at 200%',
    steps: 'All text grows and nothing is cut off or overlaps.',
  },
  keyboard: {
    setup: 'Keyboard only, in Firefox and in Safari (with "Press Tab to highlight each item" on)',
    steps: 'Do every task of the widget with Tab, Shift+Tab, Enter, Space and the arrow keys; the focus is always visible and goes where you expect.',
  },
  voiceControl: {
    setup: 'Voice Control on macOS or iOS, or Dragon on Windows',
    steps: 'Say "click" (or "tap") and the visible label of each control; each one responds.',
  },
  contrastThemes: {
    setup: 'Windows contrast themes (Desert, Night sky) in Edge',
    steps: 'Every control, focus ring, chart and state stays visible and can be told apart.',
  },
  greyscale: {
    setup: 'Greyscale (the operating system’s colour filter)',
    steps: 'Every state, error, selection and chart series can be told apart without colour.',
  },
  wording: (steps: string): ManualCheck => ({ setup: 'A person reading the widget in each language (nl, fr, en), no assistive technology', steps }),
};

const screenReaders = (steps: string) => [manual.nvda(steps), manual.jaws(steps), manual.voiceOverIos(steps)];

const entry = (status: CriterionReport['status'], remarks: string, evidence: TestRef[] = [], manualChecks: ManualCheck[] = []): CriterionReport => ({
  status,
  remarks,
  evidence,
  manualChecks,
});

const noMedia = 'The widget plays no audio or video.';

/** The first answer per criterion for any widget; widget files override where they differ. */
export function commonCriteria(w: WidgetInfo): Record<CriterionNumber, CriterionReport> {
  const axe = tests.axe(w);
  const keyboard = tests.keyboard(w);
  const ariaTree = tests.ariaTree(w);
  return {
    '1.1.1': entry(
      'supports',
      'Icons are hidden from assistive technology or named; every image and graphic has a text alternative (axe checks each story).',
      [axe, ariaTree],
      screenReaders('Move through the widget; every image, icon and graphic is either named with what it shows or silent.'),
    ),
    '1.2.1': entry('not-applicable', noMedia),
    '1.2.2': entry('not-applicable', noMedia),
    '1.2.3': entry('not-applicable', noMedia),
    '1.2.4': entry('not-applicable', noMedia),
    '1.2.5': entry('not-applicable', noMedia),
    '1.3.1': entry(
      'supports',
      'Headings, lists, groups with legends, labels and tables are real HTML (or the matching ARIA roles), checked by axe in every story and in the accessibility tree.',
      [axe, ariaTree],
      screenReaders('Move by headings, form fields and tables; each heading, group, label and table header is announced as what it is.'),
    ),
    '1.3.2': entry(
      'supports',
      'The reading and Tab order is the order of the source, which is the visual order; the keyboard walk checks every stop in source order.',
      [keyboard],
      [manual.nvda('Read the widget from top to bottom with the arrow keys; the order makes sense and matches the screen.')],
    ),
    '1.3.3': entry(
      'partially-supports',
      'No instruction we know of depends on shape, size, position or sound alone, but no automated test can judge wording, and the review by hand has not been done yet.',
      [],
      [manual.wording('Read every instruction and message; none refers only to a shape, colour, size, place on screen or sound.')],
    ),
    '1.3.4': entry(
      'supports',
      'Nothing locks the orientation: the widget works in portrait and landscape; the demo page is tested at 1280 px and at 320 px wide.',
      [tests.demoAt(1280), tests.demoAt(320)],
      [manual.voiceOverIos('Turn the phone between portrait and landscape; the widget stays usable in both.')],
    ),
    '1.3.5': entry('not-applicable', 'The widget has no field that asks for information about the person using it.'),
    '1.4.1': entry(
      'supports',
      'Colour is never the only cue: states, errors and selections also have words or icons; axe checks that links in text stand out without colour, and the forced-colours gate checks controls keep their borders when colours are replaced.',
      [axe, tests.forcedColours],
      [manual.greyscale],
    ),
    '1.4.2': entry('not-applicable', 'The widget plays no sound.'),
    '1.4.3': entry(
      'supports',
      'Text is at least 4.5:1 in every theme: the theme tokens are checked pair by pair, axe measures the rendered text in every story, theme and language, and a hostile page style keeps the contrast.',
      [tests.tokenContrast, axe, tests.hostileCss],
    ),
    '1.4.4': entry(
      'supports',
      'Sizes come from the theme in CSS px, so browser zoom scales everything; at 320 px wide (400% zoom of a 1280 px window) nothing scrolls sideways.',
      [tests.demoAt(320), tests.hostileCss],
      [manual.zoom, manual.textOnlyZoom],
    ),
    '1.4.5': entry('not-applicable', 'The widget shows no images of text: all text is HTML or SVG text.'),
    '1.4.10': entry(
      'supports',
      'At 320 px wide the widget fits without sideways scrolling; data tables scroll in their own region, which WCAG allows.',
      [tests.demoAt(320), tests.textSpacing],
      [manual.zoom],
    ),
    '1.4.11': entry(
      'supports',
      'Borders of controls, the focus ring and chart parts are at least 3:1 in every theme: the token pairs are checked, and the keyboard walk measures the focus indicator of every stop.',
      [tests.tokenContrast, keyboard, tests.forcedColours],
      [manual.contrastThemes],
    ),
    '1.4.12': entry(
      'supports',
      'With WCAG text spacing (line height 1.5, letter 0.12 em, word 0.16 em, paragraph 2 em) at 320 px, no text is cut off and nothing scrolls sideways.',
      [tests.textSpacing],
    ),
    '1.4.13': entry('not-applicable', 'No content appears on hover or focus: everything is shown in place or opened with a click.'),
    '2.1.1': entry(
      'supports',
      'Everything works with the keyboard: native buttons, fields and radios; the walk reaches every control.',
      [keyboard],
      [manual.keyboard],
    ),
    '2.1.2': entry(
      'supports',
      'The focus never gets stuck: Tab and Shift+Tab leave the widget on both sides.',
      [keyboard, tests.focusNotObscured(w)],
    ),
    '2.1.4': entry(
      'not-applicable',
      'The widget has no single-key shortcuts; keys act only on the control that has the focus.',
    ),
    '2.2.1': entry('not-applicable', 'The widget sets no time limit.'),
    '2.2.2': entry(
      'supports',
      'Nothing moves, blinks or updates by itself for more than five seconds; with reduced motion nothing animates at all.',
      [tests.reducedMotion],
    ),
    '2.3.1': entry('not-applicable', 'Nothing flashes: the only animations are short transitions.'),
    '2.4.1': entry(
      'not-applicable',
      'A widget is one part of a school’s page and repeats no block of navigation; a way to skip the site’s own repeated blocks is up to the page.',
    ),
    '2.4.2': entry('not-applicable', 'A widget is part of a page and does not set the page title; the page sets it.'),
    '2.4.3': entry(
      'supports',
      'The focus moves in the visual order; the keyboard walk checks every stop in source order, forwards and backwards.',
      [keyboard],
      [manual.keyboard],
    ),
    '2.4.4': entry('not-applicable', 'The widget has no links.'),
    '2.4.5': entry('not-applicable', 'Applies to a set of pages; a widget is part of one page.'),
    '2.4.6': entry(
      'partially-supports',
      'Every heading and label exists and is named (axe, accessibility tree), but whether each one describes its topic or purpose is a question of words that no test answers, and the review by hand has not been done yet.',
      [axe, ariaTree],
      [manual.wording('Read every heading and label on its own; each says what the section or field is about.')],
    ),
    '2.4.7': entry(
      'supports',
      'Every control shows a focus ring (an outline of at least 3:1, also in forced colours).',
      [keyboard, tests.forcedColours],
      [manual.keyboard],
    ),
    '2.4.11': entry(
      'supports',
      'Under an 80 px sticky page header, no control reached by Tab or Shift+Tab is hidden. A page with a sticky header sets --digi-scroll-margin-top to its height, as the README says.',
      [tests.focusNotObscured(w)],
    ),
    '2.5.1': entry(
      'supports',
      'No action needs a path or a multi-finger gesture: the source listens for no pointer movement, and everything is a click or a tap.',
      [tests.noDragInSource],
    ),
    '2.5.2': entry(
      'partially-supports',
      'Every action happens on the click (when the pointer is released), with native buttons and fields, and nothing listens for a pointer going down; no automated test checks this, and the check by hand has not been done yet.',
      [],
      [manual.voiceOverIos('Touch a button, slide the finger off it and lift: nothing happens.')],
    ),
    '2.5.3': entry(
      'partially-supports',
      'Names come from the visible labels (label elements, legends, button text), and the tree of names is checked in; no test compares each name with its visible text, and the voice-control check has not been done yet.',
      [ariaTree],
      [manual.voiceControl],
    ),
    '2.5.4': entry('not-applicable', 'Nothing responds to shaking or tilting the device.'),
    '2.5.7': entry(
      'supports',
      'Nothing needs a drag: the source listens for no pointer movement and the widget renders nothing to drag.',
      [tests.noDragInSource, tests.noDragRendered(w)],
    ),
    '2.5.8': entry('supports', 'Every target is at least 24 x 24 CSS px, or spaced so, in every theme (measured).', [tests.targetSize(w)]),
    '3.1.1': entry(
      'supports',
      'The page sets its own language; the widget takes it from the nearest lang attribute, speaks it (Dutch, French, English) and marks its text lang="nl" when it falls back to Dutch.',
      [tests.pageLanguage, tests.dutchFallback],
    ),
    '3.1.2': entry(
      'supports',
      'Text in another language than the page is marked with its own lang attribute (the Dutch fallback, and content that says its language).',
      [tests.dutchFallback],
    ),
    '3.2.1': entry(
      'supports',
      'Taking the focus changes nothing else: the keyboard walk moves through every stop and stays in the page.',
      [keyboard, tests.focusNotObscured(w)],
    ),
    '3.2.2': entry(
      'supports',
      'Changing a field updates results in place; nothing opens, submits or moves the focus on its own.',
      [keyboard],
    ),
    '3.2.3': entry('not-applicable', 'Applies to navigation repeated over a set of pages; a widget has no navigation of that kind.'),
    '3.2.4': entry(
      'supports',
      'A widget is the same code on every page of a site, so its controls have the same names everywhere; the tree of names is checked in.',
      [ariaTree],
    ),
    '3.2.6': entry(
      'not-applicable',
      'The widget offers no help of its own (no contact, chat or help link); where the school’s pages have help, keeping it in the same place is up to the site.',
      [tests.noHelp(w)],
    ),
    '3.3.1': entry('not-applicable', 'The widget asks for no input that can be wrong.'),
    '3.3.2': entry(
      'supports',
      'Every field and group has a visible label or legend, with a hint where a format is asked.',
      [axe, ariaTree],
    ),
    '3.3.3': entry('not-applicable', 'The widget asks for no input that can be wrong.'),
    '3.3.4': entry('not-applicable', 'The widget makes no commitment, payment or change to stored data.'),
    '3.3.7': entry('not-applicable', 'The widget asks for nothing twice: it has no process of several steps.'),
    '3.3.8': entry('not-applicable', 'The widget has no login or other authentication.'),
    '4.1.2': entry(
      'supports',
      'Native controls, or the ARIA pattern where none exists, each with a name, role and state; axe checks every story and the accessibility tree is checked in.',
      [axe, ariaTree],
      screenReaders('Move to each control; it is announced with its name, its role and its state (checked, expanded, value), and changes are heard.'),
    ),
    '4.1.3': entry('not-applicable', 'The widget shows no status messages.'),
  };
}

/** An entry, or a change to the common one. */
export type Override = CriterionReport | ((common: CriterionReport) => CriterionReport);

/** Adds tests and checks to the common entry, and optionally replaces its remarks. */
export const extend =
  (more: { evidence?: TestRef[]; manualChecks?: ManualCheck[]; remarks?: string }): Override =>
  (common) => ({
    ...common,
    remarks: more.remarks ?? common.remarks,
    evidence: [...common.evidence, ...(more.evidence ?? [])],
    manualChecks: [...common.manualChecks, ...(more.manualChecks ?? [])],
  });

export { entry, screenReaders };

/** A widget's report: the common entries with the widget's own in their place. */
export function defineReport(
  widget: WidgetInfo,
  states: string[],
  overrides: Partial<Record<CriterionNumber, Override>>,
): ConformanceReport {
  const criteria = commonCriteria(widget);
  for (const [num, override] of Object.entries(overrides) as [CriterionNumber, Override][]) {
    criteria[num] = typeof override === 'function' ? override(criteria[num]) : override;
  }
  return { widget, standard: 'WCAG 2.2', target: 'AA', states, criteria };
}
