/** Conformance report of <digi-competentieroos> (the competence rose). */
import { defineReport, entry, extend, manual, screenReaders } from './common.js';
import type { WidgetInfo } from './types.js';

const widget: WidgetInfo = {
  name: 'competentieroos',
  tag: 'digi-competentieroos',
  label: 'Competentieroos (competence rose)',
  storiesFile: 'stories/widgets/competentieroos.stories.ts',
  storyTitle: 'Widgets/Competentieroos',
};

const file = 'test/browser/competentieroos.test.ts';
const t = (name: string) => ({ file, name });
const drawn = t('<digi-competentieroos> rendering > draws one wedge per DigCompEdu competence, at its level, with rings, area band, legend and summary, and is accessible');
const fits = t('<digi-competentieroos> rendering > is crisp and fits at 280 px: no horizontal scrolling, the rose as wide as the room');
const arrows = t('<digi-competentieroos> keyboard > is one tab stop; the arrows walk all 22 wedges, each saying its competence, area and level');
const homeEnd = t('<digi-competentieroos> keyboard > moves with Left (wrapping), Home and End, and keeps the tab stop on the last wedge');
const enterSpace = t('<digi-competentieroos> keyboard > emits digi-competence-select with Enter and Space');
const escape = t('<digi-competentieroos> keyboard > closes the details with Escape without moving the focus (WCAG 1.4.13)');
const hover = t('<digi-competentieroos> pointer > hovering shows the same details as focus; Escape closes them while the focus is elsewhere; a click selects');
const table = t('<digi-competentieroos> table view > shows exactly the chart data as a table: area, competence, level, comparison, difference');
const slider = t('<digi-competentieroos> editable > makes each wedge a slider; Up and Down change the level, emit digi-competence-change, and the profile round-trips');
const customFramework = t('<digi-competentieroos> frameworks and bad input > draws a custom framework, in the page language where it has one');
const french = t('<digi-competentieroos> frameworks and bad input > speaks the page language: French interface and French DigCompEdu names');
const badField = t('<digi-competentieroos> frameworks and bad input > names each bad field in the widget and the console, and shows the rest');
const downloads = t('<digi-competentieroos> export > downloads PNG, SVG and CSV from its buttons and says so');
const patterns = t('<digi-competentieroos> media > keeps areas apart by pattern and the focus visible in forced colours');
const motion = t('<digi-competentieroos> media > grows the rose only when motion is welcome');
const screenReader = {
  file: 'test/browser/screen-reader/competentieroos.test.ts',
  name: '<digi-competentieroos> with a screen reader > the arrow keys say each competence with its area and level; the table view says its caption',
};
const singleClick = {
  file: 'test/browser/wcag22.test.ts',
  name: '2.5.7 Dragging Movements: no widget needs a drag > the rose, the one widget where a pointer sets a value, takes a single click at the level and the arrow keys',
};

export const report = defineReport(
  widget,
  [
    'OneTeacher',
    'TeamOf25',
    'BeforeAfter',
    'PersonVersusTeam',
    'Editable',
    'TableView',
    'DigComp22Pupils',
    'Modules19',
    'CustomFramework',
    'Empty',
    'EmptyWithNextStep',
    'InvalidProfile',
    'InvalidFramework',
    'AllThemes',
  ],
  {
    '1.1.1': extend({
      remarks:
        'The rose is an SVG chart with a text summary beside it, a table view with the same data (also as CSV), and each wedge named with its competence, area and level.',
      evidence: [drawn, table, screenReader],
    }),
    '1.3.1': extend({ evidence: [table, screenReader] }),
    '1.4.1': extend({
      remarks: 'Areas differ by pattern as well as colour, the legend names them in words, and levels are said in text.',
      evidence: [patterns],
    }),
    '1.4.5': entry(
      'not-applicable',
      'The rose and its labels are SVG text. The PNG export is a file the person asks for, offered next to an SVG and a CSV of the same data.',
    ),
    '1.4.10': extend({ evidence: [fits] }),
    '1.4.13': entry(
      'partially-supports',
      'Hovering or focusing a wedge shows its details: they stay until the pointer or focus leaves and close with Escape without moving the focus (tested). Whether the pointer can move onto the details without them closing is not tested yet and not yet checked by hand.',
      [escape, hover],
      [
        {
          setup: 'A mouse, in Chrome and Firefox, and 200% zoom',
          steps: 'Hover a wedge, then move the pointer onto its details: they stay open. Press Escape: they close.',
        },
      ],
    ),
    '2.1.1': extend({
      remarks: 'The rose is one tab stop; the arrow keys, Home and End move between wedges, Enter and Space select, Up and Down set a level when editable.',
      evidence: [arrows, homeEnd, enterSpace, slider],
    }),
    '2.1.4': entry(
      'not-applicable',
      'No single-key shortcuts: the arrow keys, Home, End, Enter and Space act only on the wedge that has the focus; Escape closes the details.',
    ),
    '2.2.2': extend({
      remarks: 'The rose grows in once when it is drawn, only when motion is welcome; nothing else moves.',
      evidence: [motion],
    }),
    '2.5.1': extend({ remarks: 'A level is set with a single click on it, or with the arrow keys; nothing needs a path or two fingers.', evidence: [singleClick] }),
    '2.5.7': extend({ evidence: [singleClick] }),
    '3.1.2': extend({
      remarks: 'Competence names in another language than the page (a framework without a translation) are marked with their own lang attribute.',
      evidence: [customFramework, french],
    }),
    '3.2.2': extend({
      remarks: 'Changing a level redraws the rose in place and tells the page with an event; nothing else changes and the focus stays.',
      evidence: [slider],
    }),
    '3.3.1': entry(
      'not-applicable',
      'The person cannot enter a wrong value: a level is set on its wedge, within the framework’s levels. Wrong data from the site (profile, framework) is named field by field, for the web team.',
      [badField],
    ),
    '3.3.3': entry('not-applicable', 'The person cannot enter a wrong value (see 3.3.1).'),
    '3.3.4': entry('not-applicable', 'The rose stores nothing itself; a site that saves an edited profile is responsible for that step.'),
    '4.1.2': extend({
      evidence: [arrows, slider, screenReader],
      manualChecks: [manual.voiceOverMac('In the editable rose, set levels with Up and Down; each new level is announced.')],
    }),
    '4.1.3': entry(
      'supports',
      'A download is confirmed through a polite live region, without moving the focus.',
      [downloads],
      screenReaders('Download the PNG, SVG and CSV; each confirmation is heard once and the focus stays on the button.'),
    ),
  },
);

