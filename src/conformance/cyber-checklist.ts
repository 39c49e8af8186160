/** Conformance report of <digi-cyber-checklist>. */
import { defineReport, entry, extend, screenReaders, tests } from './common.js';
import type { WidgetInfo } from './types.js';

const widget: WidgetInfo = {
  name: 'cyber-checklist',
  tag: 'digi-cyber-checklist',
  label: 'Cyberveiligheid-checklist (cyber security checklist)',
  storiesFile: 'stories/widgets/cyber-checklist.stories.ts',
  storyTitle: 'Widgets/Cyberveiligheid-checklist',
};

const file = 'test/browser/cyber-checklist.test.ts';
const t = (name: string) => ({ file, name: `<digi-cyber-checklist> > ${name}` });
const shows = t('shows the built-in growth path with progress, level and next steps, accessibly');
const byKeyboard = t('changes a status by keyboard, saves it, and a reload keeps everything');
const unreadable = t('recovers from unreadable saved answers: says so, sets them aside, starts empty and saves again');
const storageFull = t('keeps working when the storage is full: says saving is not possible, keeps the answer, offers export');
const otherTab = t('takes newer answers saved in another tab, and says so');
const printed = t('prints a report with the date, the school, every status and the notes');
const importPreview = t('shows what an import changes, and applies it only when asked');
const screenReader = {
  file: 'test/browser/screen-reader/cyber-checklist.test.ts',
  name: '<digi-cyber-checklist> with a screen reader > setting a measure to "Gedaan": its status radios are named by the measure, the new progress is announced once, and the theme and overall progress say the new count',
};
const keepsAnswers = {
  file: 'test/browser/wcag22.test.ts',
  name: '3.3.7 Redundant Entry: what was typed is not asked again > the checklist keeps its answers and notes when the page is opened again (saved in localStorage)',
};
const brokenStates = {
  file: 'test/browser/bad-input.test.ts',
  name: 'valid data with a few fields broken > <digi-cyber-checklist>: 300 broken saved states are taken or set aside, never lost',
};

export const report = defineReport(
  widget,
  ['Fresh', 'HalfDone', 'BasicLevelReached', 'WithNotes', 'StorageUnavailable', 'InvalidContent', 'PrintView'],
  {
    '1.1.1': extend({ evidence: [shows] }),
    '1.3.1': extend({
      remarks: 'Themes are headings, each measure’s statuses a radio group named by the measure, progress a progress bar with its count in words, the report a table with headers.',
      evidence: [shows, printed, screenReader],
    }),
    '1.3.5': entry(
      'supports',
      'The school name field has autocomplete="organization"; axe checks the value is valid. The notes are free text about the measures, not about the person.',
      [tests.axe(widget)],
    ),
    '2.1.1': extend({ evidence: [byKeyboard] }),
    '2.4.4': entry(
      'supports',
      'Links in the measures and to the supervisory authority say where they go in their text; axe checks every link has a name.',
      [tests.axe(widget), tests.ariaTree(widget)],
    ),
    '3.1.2': extend({
      remarks: 'The content says its language and is marked with it; the technical reason of an import problem is English and marked lang="en".',
    }),
    '3.2.2': extend({
      remarks: 'Choosing a status saves it and updates the progress in place; nothing else changes and the focus stays.',
      evidence: [byKeyboard],
    }),
    '3.3.1': entry(
      'partially-supports',
      'A file that cannot be imported is named as such in an alert, with the technical reason in English. No automated test shows this message yet.',
      [],
      [manual('Import a file that is not an export of the checklist; the message says so and is heard.')],
    ),
    '3.3.3': entry(
      'partially-supports',
      'The import message says the file cannot be imported and why, but in technical English and without a suggestion how to fix it.',
    ),
    '3.3.4': entry(
      'supports',
      'Saved answers are never replaced without asking: an import shows what it will change and applies it only when confirmed, and unreadable saved answers are set aside, not deleted.',
      [importPreview, unreadable, brokenStates],
    ),
    '3.3.7': entry(
      'supports',
      'Answers, notes and the school name are saved in the browser and shown again on the next visit; nothing is asked twice.',
      [keepsAnswers, byKeyboard],
    ),
    '4.1.2': extend({ evidence: [byKeyboard, screenReader] }),
    '4.1.3': entry(
      'supports',
      'A new status is followed by the new progress, said politely once; storage problems and answers taken from another tab are said in an alert.',
      [screenReader, storageFull, otherTab],
      screenReaders('Set a measure to "Gedaan"; the new progress is heard once and the focus stays on the radio.'),
    ),
  },
);

function manual(steps: string) {
  return { setup: 'NVDA with Firefox on Windows', steps };
}
