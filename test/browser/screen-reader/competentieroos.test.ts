import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { page } from 'vitest/browser';
import '../../../src/components/competentieroos/define.js';
import type { DigiCompetentieroos } from '../../../src/components/competentieroos/competentieroos.js';
import {
  liveAnnouncements,
  mark,
  readUntil,
  spokenSince,
  startScreenReader,
  stopScreenReader,
  virtual,
} from '../../support/screen-reader.js';

/** One teacher's self-reflection on all 22 DigCompEdu competences. */
const teacher = {
  '1.1': 'B1', '1.2': 'B2', '1.3': 'A2', '1.4': 'B1',
  '2.1': 'C1', '2.2': 'B2', '2.3': 'B1',
  '3.1': 'B2', '3.2': 'B1', '3.3': 'A2', '3.4': 'A2',
  '4.1': 'A1', '4.2': 'A2', '4.3': 'A2',
  '5.1': 'B1', '5.2': 'A2', '5.3': 'B1',
  '6.1': 'B2', '6.2': 'B1', '6.3': 'A2', '6.4': 'B1', '6.5': 'A1',
};

async function mount(): Promise<DigiCompetentieroos> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl-BE"><digi-competentieroos .profile=${teacher}></digi-competentieroos></div>`);
  const el = wrapper.querySelector('digi-competentieroos')!;
  await el.updateComplete;
  // The rose takes the measured width in the next frames.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}

beforeEach(async () => {
  await page.viewport(1100, 900);
});

afterEach(async () => {
  await stopScreenReader();
  fixtureCleanup();
});

const summary = 'Sterkst: Digitale bronnen (B2). Zwakst: Evaluatie (rond A2).';
const caption = 'Competentieroos: niveau per competentie';

describe('<digi-competentieroos> with a screen reader', () => {
  it('the arrow keys say each competence with its area and level; the table view says its caption', async () => {
    const el = await mount();
    await startScreenReader();

    // Reading down to the rose: the view switch with its state, the rose as a named group with the summary, the first wedge.
    expect(await readUntil(/^button, 1\.1 /)).toEqual([
      'region, Competentieroos',
      'heading, Competentieroos, level 2',
      'paragraph',
      'DigCompEdu',
      'end of paragraph',
      'paragraph',
      summary,
      'end of paragraph',
      'group, Toon als',
      'Toon als',
      'button, Roos, pressed',
      'button, Tabel, not pressed',
      'end of group, Toon als',
      `group, Competentieroos, ${summary}`,
      'button, 1.1 Organisatorische communicatie (Professionele betrokkenheid), B1 Gebruiker',
    ]);

    // The arrows move the focus from wedge to wedge (Left from the first wraps to the last), and each is heard.
    let from = await mark();
    await virtual.press('ArrowRight');
    await virtual.press('ArrowRight');
    await virtual.press('ArrowLeft');
    await virtual.press('End');
    await virtual.press('Home');
    await virtual.press('ArrowLeft');
    expect(await spokenSince(from)).toEqual([
      'button, 1.2 Professionele samenwerking (Professionele betrokkenheid), B2 Deskundige',
      'button, 1.3 Reflectief handelen (Professionele betrokkenheid), A2 Ontdekkingsreiziger',
      'button, 1.2 Professionele samenwerking (Professionele betrokkenheid), B2 Deskundige',
      'button, 6.5 Digitaal probleemoplossen (Digitale competentie van leerlingen faciliteren), A1 Nieuwkomer',
      'button, 1.1 Organisatorische communicatie (Professionele betrokkenheid), B1 Gebruiker',
      'button, 6.5 Digitaal probleemoplossen (Digitale competentie van leerlingen faciliteren), A1 Nieuwkomer',
    ]);
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).toBe(
      '6.5 Digitaal probleemoplossen (Digitale competentie van leerlingen faciliteren), A1 Nieuwkomer',
    );

    // To the view switch (reading on, round the end of the page) and Enter on "Tabel".
    expect((await readUntil(/^button, Tabel/)).at(-1)).toBe('button, Tabel, not pressed');
    from = await mark();
    await virtual.press('Enter');
    await el.updateComplete;
    expect(el.view).toBe('table');
    expect(await spokenSince(from)).toEqual(['button, Tabel, pressed']);

    // Reading on: the table, named by its caption, and its caption.
    expect(await readUntil(/^caption/)).toEqual(['end of group, Toon als', `region, ${caption}`, `table, ${caption}`, `caption, ${caption}`]);
    // Nothing in this flow is announced through the live regions.
    expect(liveAnnouncements(await spokenSince(0))).toEqual([]);
  });
});
