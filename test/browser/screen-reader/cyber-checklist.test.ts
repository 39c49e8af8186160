import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureCleanup } from '@open-wc/testing';
import { page } from 'vitest/browser';
import '../../../src/components/cyber-checklist/define.js';
import type { DigiCyberChecklist } from '../../../src/components/cyber-checklist/cyber-checklist.js';
import checklistStories, { Fresh } from '../../../stories/widgets/cyber-checklist.stories.js';
import {
  chromiumAccessibilityTree,
  heard,
  liveAnnouncements,
  mark,
  quietPeriod,
  readBackUntil,
  readUntil,
  spokenSince,
  startScreenReader,
  stopScreenReader,
  virtual,
  waitForAnnouncement,
  withoutCheckedState,
} from '../../support/screen-reader.js';
import { storyFixture } from '../../support/stories.js';

/** The "Fresh" story, as designers see it: nothing answered, saved in a storage of its own (no other test's answers). */
async function mount(): Promise<DigiCyberChecklist> {
  const el = await storyFixture(checklistStories, Fresh, 'digi-cyber-checklist');
  await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.checklist')).toBeTruthy());
  await el.updateComplete;
  return el;
}

beforeEach(async () => {
  await page.viewport(1280, 900);
});

afterEach(async () => {
  await stopScreenReader();
  vi.restoreAllMocks();
  fixtureCleanup();
});

const measure = 'Eén persoon is aanspreekpunt voor informatieveiligheid';
const overall = (percent: number, done: number) =>
  `progressbar, Voortgang, max value 34, min value 0, current value ${percent}% (${done} van 34 maatregelen gedaan)`;
const theme = (done: number) => `progressbar, Voortgang Beleid en organisatie, max value 5, min value 0, current value ${done} van 5 gedaan`;
const basic = (done: number) => `Basisniveau van deze checklist nog niet bereikt: ${done} van 22 basismaatregelen gedaan.`;

/** Chromium's checked state of the "Gedaan" radios, in order. */
const doneRadios = async () =>
  (await chromiumAccessibilityTree()).filter((node) => node.role === 'radio' && node.name === 'Gedaan').map((node) => node.properties.checked);

describe('<digi-cyber-checklist> with a screen reader', () => {
  it('setting a measure to "Gedaan": its status radios are named by the measure, the new progress is announced once, and the theme and overall progress say the new count', async () => {
    const el = await mount();
    await startScreenReader();

    // Reading down to the first measure: the overall progress, the theme's, then the measure's status radios.
    const reading = withoutCheckedState(await readUntil(/^radio, Gedaan/));
    // The widget is a region named by its title, entered first.
    expect(reading[0]).toBe('region, Cyberveiligheid en privacy op school: groeipad');
    expect(reading.slice(12, 16)).toEqual(['Voortgang', overall(0, 0), 'paragraph', basic(0)]);
    // The legend shows "Status" (the card's title is in view) and says whose status it is to a screen reader.
    expect(reading.slice(-20)).toEqual([
      'Voortgang Beleid en organisatie',
      theme(0),
      'group',
      'Verberg de maatregelen (5)',
      'Verberg de maatregelen (5)',
      'end, Verberg de maatregelen (5)',
      'list',
      `listitem, ${measure}, level 1, position 1, set size 5`,
      `heading, ${measure}, level 4`,
      'Basis',
      `radiogroup, Status van: ${measure}`,
      `Status van: ${measure}`,
      'Status',
      `van: ${measure}`,
      `end, Status van: ${measure}`,
      'radio, Nog niet gestart, position 1, set size 4',
      'Nog niet gestart',
      'radio, Bezig, position 2, set size 4',
      'Bezig',
      'radio, Gedaan, position 3, set size 4',
    ]);
    // Only the first theme with open measures is open (and in the tree): the others wait behind their disclosure.
    const shown = el.shadowRoot!.querySelectorAll('[part="measure"]').length;
    expect(shown).toBeGreaterThan(1);
    expect(shown).toBeLessThan(34);
    expect(await doneRadios()).toEqual(Array(shown).fill('false'));

    // Space on "Gedaan": the radio is checked (Chromium's tree; see withoutCheckedState), and the new progress is said politely.
    const from = await mark();
    const changed = new Promise((resolve) => el.addEventListener('digi-checklist-change', resolve, { once: true }));
    await virtual.press(' ');
    await changed;
    await el.updateComplete;
    expect(await doneRadios()).toEqual(['true', ...Array(shown - 1).fill('false')]);
    const progress = 'polite: Voortgang: 2% (1 van 34 maatregelen gedaan).';
    await waitForAnnouncement(from, progress);

    // Back up: the theme's progress says 1 of 5; further up, the overall progress 1 of 34 and the basic level 1 of 22.
    expect((await readBackUntil(/^progressbar, Voortgang Beleid/)).at(-1)).toBe(theme(1));
    expect((await readBackUntil(/^progressbar, Voortgang,/)).slice(-4)).toEqual(['end of paragraph', basic(1), 'paragraph', overall(2, 1)]);

    // Said once, and nothing else: one measure done reaches no level.
    await quietPeriod();
    expect(liveAnnouncements(await heard(from))).toEqual([progress]);
    expect(liveAnnouncements(await spokenSince(0))).toEqual([progress]);
  });
});
