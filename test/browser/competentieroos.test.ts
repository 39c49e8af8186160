import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { cdp, page, userEvent } from 'vitest/browser';
import '../../src/components/competentieroos/define.js';
import type {
  CompetenceChangeDetail,
  CompetenceSelectDetail,
  DigiCompetentieroos,
  FrameworkInput,
} from '../../src/components/competentieroos/competentieroos.js';
import { angleOf, wedgeAngles } from '../../src/components/competentieroos/geometry.js';
import { expectAccessible } from '../support/a11y.js';

type Rose = DigiCompetentieroos;

const $ = <T extends Element = HTMLElement>(el: Rose, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Rose, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const targets = (el: Rose) => $$<SVGPathElement>(el, '.target');
const focused = (el: Rose) => el.shadowRoot!.activeElement as SVGElement | null;
/** The table's competence rows (not the rows that head each area's group). */
const rows = (el: Rose) => $$(el, '[part="table"] tbody tr:not(.rose-table__area)').map((row) => [...row.querySelectorAll('th, td')].map((cell) => norm(cell.textContent)));
const viewButton = (el: Rose, name: string) => $$<HTMLButtonElement>(el, '[part="view-switch"] button').find((button) => norm(button.textContent) === name)!;
const details = (el: Rose) => norm($(el, '[part="tooltip"]').textContent);

/** One teacher's self-reflection on all 22 DigCompEdu competences. */
const teacher = {
  '1.1': 'B1', '1.2': 'B2', '1.3': 'A2', '1.4': 'B1',
  '2.1': 'C1', '2.2': 'B2', '2.3': 'B1',
  '3.1': 'B2', '3.2': 'B1', '3.3': 'A2', '3.4': 'A2',
  '4.1': 'A1', '4.2': 'A2', '4.3': 'A2',
  '5.1': 'B1', '5.2': 'A2', '5.3': 'B1',
  '6.1': 'B2', '6.2': 'B1', '6.3': 'A2', '6.4': 'B1', '6.5': 'A1',
};
const levelIds = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const levelNames = ['Nieuwkomer', 'Ontdekkingsreiziger', 'Gebruiker', 'Deskundige', 'Leider', 'Pionier'];
const named = (id: string) => `${id} ${levelNames[levelIds.indexOf(id)]}`;

async function mount(template: unknown, lang = 'nl-BE'): Promise<Rose> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${template}</div>`);
  const el = wrapper.querySelector('digi-competentieroos')!;
  await el.updateComplete;
  // The rose takes the measured width in the next frames.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}

/** The radius of a path's first point from the rose's centre. */
function firstRadius(path: SVGPathElement, centre: number): number {
  const [x, y] = path.getAttribute('d')!.slice(1).split(/[\sA-Z]/).map(Number);
  return Math.hypot(x! - centre, y! - centre);
}

/** The angle (clockwise from 12 o'clock) of a path's first point, seen from the rose's centre. */
function firstAngle(path: SVGPathElement, centre: number): number {
  const [x, y] = path.getAttribute('d')!.slice(1).split(/[\sA-Z]/).map(Number);
  return angleOf(centre, centre, x!, y!);
}

beforeEach(async () => {
  await page.viewport(1100, 900);
});

/** Emulates media features (forced colours, reduced motion) or print through the Chrome DevTools Protocol. */
const emulate = (options: { media?: string; features?: { name: string; value: string }[] }) =>
  (cdp() as unknown as { send: (method: string, params: unknown) => Promise<unknown> }).send('Emulation.setEmulatedMedia', {
    media: options.media ?? '',
    features: options.features ?? [],
  });

afterEach(async () => {
  vi.restoreAllMocks();
  await emulate({});
});

describe('<digi-competentieroos> rendering', () => {
  it('draws one wedge per DigCompEdu competence, at its level, with rings, area band, legend and summary, and is accessible', async () => {
    const el = await mount(html`<digi-competentieroos .profile=${teacher}></digi-competentieroos>`);
    const svg = $<SVGSVGElement>(el, 'svg.rose-svg');
    expect(svg.getAttribute('role')).toBe('group');
    expect(el.shadowRoot!.getElementById(svg.getAttribute('aria-labelledby')!)!.textContent).toContain('Competentieroos');
    expect(el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!.textContent).toContain(
      'Sterkst: Digitale bronnen (B2). Zwakst: Evaluatie (rond A2).',
    );
    expect(targets(el)).toHaveLength(22);
    // Each wedge reaches the ring of its level.
    const size = Number(svg.getAttribute('width'));
    const rings = $$<SVGCircleElement>(el, '.ring').map((ring) => Number(ring.getAttribute('r')));
    expect(rings).toHaveLength(6);
    const wedges = $$<SVGPathElement>(el, '.wedge');
    expect(wedges).toHaveLength(22);
    Object.values(teacher).forEach((level, index) => {
      expect(firstRadius(wedges[index]!, size / 2)).toBeCloseTo(rings[levelIds.indexOf(level)]!, 0);
    });
    // The scale sits in the gap at 12 o'clock, each label where the gap is wide enough for it (it narrows to the centre).
    const ringLabels = $$(el, '.ring-label');
    expect(ringLabels.length).toBeGreaterThanOrEqual(5);
    expect(ringLabels.map((label) => label.textContent)).toEqual(levelIds.slice(-ringLabels.length));
    expect(ringLabels.every((label) => Number(label.getAttribute('x')) === size / 2)).toBe(true);
    expect(firstAngle(wedges[0]!, size / 2)).toBeGreaterThan(0.1);
    expect($$(el, '.badge__text').map((label) => label.textContent)).toEqual(['1', '2', '3', '4', '5', '6']);
    // Areas differ by pattern as well as colour, and are separated by lines (the scale's gap parts the last from the first).
    expect(new Set(wedges.map((wedge) => wedge.getAttribute('fill'))).size).toBe(6);
    expect($$(el, '.separator')).toHaveLength(5);
    expect(norm($(el, '[part="chart-legend"]').textContent)).toContain('6 Digitale competentie van leerlingen faciliteren');
    expect(targets(el).filter((target) => target.getAttribute('tabindex') === '0')).toHaveLength(1);
    await expectAccessible(el, 'one teacher');
  });

  it('is crisp and fits at 280 px: no horizontal scrolling, the rose as wide as the room', async () => {
    await page.viewport(280, 900);
    const el = await mount(html`<digi-competentieroos .profile=${teacher}></digi-competentieroos>`);
    await vi.waitFor(() => expect(Number($(el, 'svg.rose-svg').getAttribute('width'))).toBeLessThanOrEqual(280));
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(280);
    expect($(el, 'svg.rose-svg').getBoundingClientRect().width).toBeGreaterThan(240);
    // The details never cover the rose.
    const rose = $(el, 'svg.rose-svg').getBoundingClientRect();
    const tip = $(el, '[part="tooltip"]').getBoundingClientRect();
    expect(tip.top >= rose.bottom || tip.left >= rose.right).toBe(true);
  });

  it('uses the dark palette in dark themes', async () => {
    const el = await mount(html`<digi-competentieroos theme="vlaanderen-dark" .profile=${teacher}></digi-competentieroos>`);
    expect($(el, '.rose').classList.contains('rose--dark')).toBe(true);
    expect(getComputedStyle($(el, '.rose')).getPropertyValue('--_area-1').trim()).toMatch(/#5cb8f0/i);
  });

  it('lets a host page set an area colour', async () => {
    const el = await mount(html`<digi-competentieroos style="--digi-competentieroos-area-1: #123456" .profile=${teacher}></digi-competentieroos>`);
    expect(getComputedStyle($(el, '.rose')).getPropertyValue('--_area-1').trim()).toBe('#123456');
  });
});

describe('<digi-competentieroos> font', () => {
  it('font="inherit": the drawing\'s labels are in the page font too', async () => {
    const el = await mount(html`<div style="font-family: Georgia, serif"><digi-competentieroos font="inherit" .profile=${teacher}></digi-competentieroos></div>`);
    const labels = $$<SVGTextElement>(el, '.rose-svg text');
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(getComputedStyle(label).fontFamily).toBe('Georgia, serif');
  });
});

describe('<digi-competentieroos> keyboard', () => {
  it('is one tab stop; the arrows walk all 22 wedges, each saying its competence, area and level', async () => {
    const el = await mount(html`<button>before</button><digi-competentieroos .profile=${teacher}></digi-competentieroos><button>after</button>`);
    const before = el.parentElement!.querySelector('button')!;
    before.focus();
    // The view switch (two buttons), then the rose.
    await userEvent.tab();
    expect(focused(el)).toBe(viewButton(el, 'Roos'));
    await userEvent.tab();
    await userEvent.tab();
    expect(focused(el)).toBe(targets(el)[0]);
    const heard: string[] = [];
    for (let step = 0; step < 22; step++) {
      heard.push(focused(el)!.getAttribute('aria-label')!);
      await userEvent.keyboard('{ArrowRight}');
      await el.updateComplete;
    }
    // Round the circle and back at the start.
    expect(focused(el)).toBe(targets(el)[0]);
    const entries = Object.entries(teacher);
    expect(heard).toHaveLength(22);
    heard.forEach((label, index) => expect(label).toContain(`${entries[index]![0]} `));
    expect(heard[0]).toBe('1.1 Organisatorische communicatie (Professionele betrokkenheid), B1 Gebruiker');
    expect(heard[11]).toBe('4.1 Evaluatiestrategieën (Evaluatie), A1 Nieuwkomer');
    expect(heard.every((label, index) => label.endsWith(named(entries[index]![1])))).toBe(true);
    // The highlight and the details follow the focus.
    expect(details(el)).toContain('1.1 Organisatorische communicatie');
    expect($$(el, '.highlight')).toHaveLength(2);
    // Tab leaves the rose at once, for the export buttons.
    await userEvent.tab();
    expect(norm(focused(el)!.textContent)).toBe('Download als PNG');
    expect($$(el, '.highlight')).toHaveLength(0);
  });

  it('moves with Left (wrapping), Home and End, and keeps the tab stop on the last wedge', async () => {
    const el = await mount(html`<digi-competentieroos .profile=${teacher}></digi-competentieroos>`);
    targets(el)[0]!.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(focused(el)).toBe(targets(el)[21]);
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    expect(focused(el)).toBe(targets(el)[0]);
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(focused(el)).toBe(targets(el)[21]);
    expect(targets(el)[21]!.getAttribute('tabindex')).toBe('0');
    expect(targets(el)[0]!.getAttribute('tabindex')).toBe('-1');
  });

  it('emits digi-competence-select with Enter and Space', async () => {
    const el = await mount(html`<digi-competentieroos .profile=${teacher} .comparison=${{ '1.2': 'A2' }}></digi-competentieroos>`);
    const selected: CompetenceSelectDetail[] = [];
    el.addEventListener('digi-competence-select', (event) => selected.push((event as CustomEvent<CompetenceSelectDetail>).detail));
    targets(el)[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(selected).toEqual([
      { competence: '1.2', area: '1', level: 'B2', value: 4, comparisonLevel: 'A2', comparisonValue: 2 },
      { competence: '1.2', area: '1', level: 'B2', value: 4, comparisonLevel: 'A2', comparisonValue: 2 },
    ]);
  });

  it('closes the details with Escape without moving the focus (WCAG 1.4.13)', async () => {
    const el = await mount(html`<digi-competentieroos .profile=${teacher}></digi-competentieroos>`);
    targets(el)[4]!.focus();
    await el.updateComplete;
    expect(details(el)).toContain('2.1 Selecteren');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(details(el)).not.toContain('2.1 Selecteren');
    expect($$(el, '.highlight')).toHaveLength(0);
    expect(focused(el)).toBe(targets(el)[4]);
  });
});

describe('<digi-competentieroos> pointer', () => {
  it('hovering shows the same details as focus; Escape closes them while the focus is elsewhere; a click selects', async () => {
    const el = await mount(html`<input aria-label="elsewhere" /><digi-competentieroos .profile=${teacher}></digi-competentieroos>`);
    const input = el.parentElement!.querySelector('input')!;
    input.focus();
    const selected: string[] = [];
    el.addEventListener('digi-competence-select', (event) => selected.push((event as CustomEvent<CompetenceSelectDetail>).detail.competence));
    await userEvent.hover(targets(el)[7]!);
    await el.updateComplete;
    expect(details(el)).toContain('3.1 Onderwijzen');
    expect(details(el)).toContain('B2 Deskundige');
    // The details stay while the pointer moves onto them.
    await userEvent.hover($(el, '[part="tooltip"]'));
    await el.updateComplete;
    expect(details(el)).toContain('3.1 Onderwijzen');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(details(el)).not.toContain('3.1 Onderwijzen');
    expect(document.activeElement).toBe(input);
    await userEvent.click(targets(el)[7]!);
    await el.updateComplete;
    expect(selected).toEqual(['3.1']);
    // The click also moved the tab stop there, so the keyboard carries on from it.
    expect(targets(el)[7]!.getAttribute('tabindex')).toBe('0');
  });
});

describe('<digi-competentieroos> table view', () => {
  it('shows exactly the chart data as a table: area, competence, level, comparison, difference', async () => {
    const september = { '1.1': 'A2', '1.2': 'B2', '4.1': 'A2' };
    const el = await mount(
      html`<digi-competentieroos .profile=${teacher} .comparison=${september} comparison-label="September"></digi-competentieroos>`,
    );
    const labels = targets(el).map((target) => target.getAttribute('aria-label')!);
    viewButton(el, 'Tabel').click();
    await el.updateComplete;
    expect(el.view).toBe('table');
    expect(viewButton(el, 'Tabel').getAttribute('aria-pressed')).toBe('true');
    expect(viewButton(el, 'Roos').getAttribute('aria-pressed')).toBe('false');
    expect($(el, '.chart-area').hidden).toBe(true);
    expect($(el, '.table-area').hidden).toBe(false);
    expect([...$(el, '[part="table"] thead tr').children].map((cell) => norm(cell.textContent))).toEqual([
      'Competentie',
      'Niveau',
      'September',
      'Verschil (niveaus)',
    ]);
    // A row group per area, headed once by the area across the whole row.
    const groups = $$(el, '[part="table"] tbody');
    expect(groups).toHaveLength(6);
    const heads = groups.map((group) => group.querySelector('tr.rose-table__area > th[scope="rowgroup"]')!);
    expect(heads.map((th) => norm(th.textContent))[0]).toBe('1 Professionele betrokkenheid');
    expect(heads.every((th) => th.getAttribute('colspan') === '4')).toBe(true);
    expect(groups.map((group) => group.querySelectorAll('tr:not(.rose-table__area)').length)).toEqual([4, 3, 4, 3, 3, 5]);
    const table = rows(el);
    expect(table).toHaveLength(22);
    expect(table[0]).toEqual(['1.1 Organisatorische communicatie', 'B1 Gebruiker', 'A2 Ontdekkingsreiziger', '+1']);
    expect(table[1]!.slice(2)).toEqual(['B2 Deskundige', '0']);
    expect(table[11]!.slice(1)).toEqual(['A1 Nieuwkomer', 'A2 Ontdekkingsreiziger', '-1']);
    expect(table[2]!.slice(2)).toEqual(['niet ingevuld', '–']);
    // Every row says what its wedge says.
    table.forEach((row, index) => {
      expect(labels[index]).toContain(row[0]);
      expect(labels[index]).toContain(`, ${row[1]}`);
      expect(labels[index]).toContain(`September: ${row[2]}`);
    });
    await expectAccessible(el, 'table view');
    // It fits a page's 780 px column (the demo page's): no sideways scrolling on a desktop.
    el.parentElement!.style.inlineSize = '780px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const wrap = $(el, '[part="table"]').parentElement!;
    expect(wrap.scrollWidth).toBeLessThanOrEqual(wrap.clientWidth);
  });

  it('offers the same data as CSV', async () => {
    const el = await mount(html`<digi-competentieroos .profile=${teacher}></digi-competentieroos>`);
    const lines = el.csv().split('\r\n');
    expect(lines[0]).toBe('Gebied;Code;Competentie;Waarde;Niveau');
    expect(lines[1]).toBe('1 Professionele betrokkenheid;1.1;Organisatorische communicatie;3;B1 Gebruiker');
    expect(lines).toHaveLength(24);
  });
});

describe('<digi-competentieroos> editable', () => {
  it('makes each wedge a slider; Up and Down change the level, emit digi-competence-change, and the profile round-trips', async () => {
    const el = await mount(html`<digi-competentieroos editable .profile=${{ '1.1': 'A2' }}></digi-competentieroos>`);
    const changes: CompetenceChangeDetail[] = [];
    el.addEventListener('digi-competence-change', (event) => changes.push((event as CustomEvent<CompetenceChangeDetail>).detail));
    const first = targets(el)[0]!;
    expect(first.getAttribute('role')).toBe('slider');
    expect(first.getAttribute('aria-valuenow')).toBe('2');
    expect(first.getAttribute('aria-valuetext')).toBe('A2 Ontdekkingsreiziger');
    expect(first.getAttribute('aria-valuemax')).toBe('6');
    first.focus();
    await userEvent.keyboard('{ArrowUp}');
    await el.updateComplete;
    expect(first.getAttribute('aria-valuetext')).toBe('B1 Gebruiker');
    expect(changes.at(-1)).toMatchObject({ competence: '1.1', area: '1', level: 'B1' });
    expect(changes.at(-1)!.profile['1.1']).toBe('B1');
    // On to 1.2 (empty), up twice: A2.
    await userEvent.keyboard('{ArrowRight}{ArrowUp}{ArrowUp}');
    await el.updateComplete;
    expect(targets(el)[1]!.getAttribute('aria-valuetext')).toBe('A2 Ontdekkingsreiziger');
    expect(el.value['1.2']).toBe('A2');
    // Down to "not filled in".
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    await el.updateComplete;
    expect(targets(el)[1]!.getAttribute('aria-valuenow')).toBe('0');
    expect(targets(el)[1]!.getAttribute('aria-valuetext')).toBe('niet ingevuld');
    expect(changes.at(-1)!.level).toBeNull();
    expect(changes).toHaveLength(5);
    // The value round-trips through the profile property.
    const value = el.value;
    const again = await mount(html`<digi-competentieroos .profile=${value}></digi-competentieroos>`);
    expect(again.value).toEqual(value);
    expect(rows(again)[0]![1]).toBe('B1 Gebruiker');
    await expectAccessible(el, 'editable');
  });

  it('sets the level a click points at', async () => {
    const el = await mount(html`<digi-competentieroos editable></digi-competentieroos>`);
    const svg = $<SVGSVGElement>(el, 'svg.rose-svg');
    const box = svg.getBoundingClientRect();
    const scale = box.width / Number(svg.getAttribute('width'));
    const ring = $$<SVGCircleElement>(el, '.ring')[4]!; // C1
    const size = Number(svg.getAttribute('width'));
    // Just inside the C1 ring, in the middle of the first wedge (just right of the scale at 12 o'clock).
    const radius = (Number(ring.getAttribute('r')) - 3) * scale;
    const angle = wedgeAngles(22)[0]!.mid;
    await userEvent.click(targets(el)[0]!, {
      position: {
        x: (size / 2) * scale + radius * Math.sin(angle) - (targets(el)[0]!.getBoundingClientRect().left - box.left),
        y: (size / 2) * scale - radius * Math.cos(angle) - (targets(el)[0]!.getBoundingClientRect().top - box.top),
      },
    });
    await el.updateComplete;
    expect(el.value['1.1']).toBe('C1');
  });

  it('does not edit a team, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(html`<digi-competentieroos editable .profiles=${[teacher, teacher]}></digi-competentieroos>`);
    expect(targets(el)[0]!.getAttribute('role')).toBe('button');
    expect(norm($(el, '[part="alert"]').textContent)).toContain('aanpassen kan alleen bij één profiel');
    expect(warn.mock.calls.flat().join(' ')).toContain('<digi-competentieroos> editable editing works on one profile');
  });
});

describe('<digi-competentieroos> empty', () => {
  it('offers a next step instead of exports: the page\'s own in the empty slot, else where levels come from', async () => {
    const el = await mount(html`<digi-competentieroos></digi-competentieroos>`);
    expect(norm($(el, '[part="summary"]').textContent)).toBe('Nog geen niveaus ingevuld.');
    expect($(el, '[part="actions"]')).toBeNull();
    expect(norm($(el, '[part="next-step"]').textContent)).toContain('bijvoorbeeld na een zelfreflectie zoals Digisnap');
    await expectAccessible(el, 'empty');

    const own = await mount(html`<digi-competentieroos><p slot="empty"><a href="#start">Start de zelfreflectie</a></p></digi-competentieroos>`);
    const slot = $<HTMLSlotElement>(own, 'slot[name="empty"]');
    expect(slot.assignedElements().map((node) => norm(node.textContent))).toEqual(['Start de zelfreflectie']);
    // Once there is a level, the exports are back and the next step is gone.
    own.profile = { '1.1': 'B1' };
    await own.updateComplete;
    expect($(own, '[part="next-step"]')).toBeNull();
    expect($(own, '[part="actions"]')).not.toBeNull();
  });

  it('in editable mode, goes to the first competence from a button', async () => {
    const el = await mount(html`<digi-competentieroos editable></digi-competentieroos>`);
    const start = $<HTMLButtonElement>(el, '[part="next-step"] button');
    expect(norm(start.textContent)).toBe('Begin bij 1.1 Organisatorische communicatie');
    start.click();
    await vi.waitFor(() => expect(el.shadowRoot!.activeElement).toBe(targets(el)[0]));
    expect(targets(el)[0]!.getAttribute('role')).toBe('slider');
  });
});

describe('<digi-competentieroos> team and comparison', () => {
  it('shows a team as the median per competence with the middle half between the quartiles', async () => {
    const team = ['A1', 'A2', 'B1', 'B2'].map((level) => ({ '1.1': level, '1.2': 'B1' }));
    const el = await mount(html`<digi-competentieroos .profiles=${team}></digi-competentieroos>`);
    expect(norm($(el, '.rose__subtitle').textContent)).toContain('Team: 4 profielen');
    expect(norm($(el, '[part="summary"]').textContent)).toContain('Per competentie het middelste niveau van 4 profielen.');
    // 1, 2, 3, 4: median 2.5, quartiles 1.75 and 3.25 (interpolated, as R and Excel QUARTILE.INC).
    expect(targets(el)[0]!.getAttribute('aria-label')).toBe(
      '1.1 Organisatorische communicatie (Professionele betrokkenheid), mediaan tussen A2 Ontdekkingsreiziger en B1 Gebruiker, middelste helft A1–A2 tot B1–B2, 4 profielen',
    );
    // The middle half as a bar along each petal over a halo; a dot (a bar of no length) where the quartiles meet.
    const bars = $$(el, '.rose-svg .spread:not(.spread--halo)');
    expect(bars).toHaveLength(2);
    expect($$(el, '.rose-svg .spread--halo')).toHaveLength(2);
    const ends = (bar: Element) => bar.getAttribute('d')!.slice(1).split('L');
    expect(ends(bars[0]!)[0]).not.toBe(ends(bars[0]!)[1]);
    expect(ends(bars[1]!)[0]).toBe(ends(bars[1]!)[1]);
    viewButton(el, 'Tabel').click();
    await el.updateComplete;
    expect(rows(el)[0]!.slice(1)).toEqual(['tussen A2 Ontdekkingsreiziger en B1 Gebruiker', 'A1–A2 tot B1–B2', '4']);
    expect(rows(el)[1]!.slice(1)).toEqual(['B1 Gebruiker', 'B1', '4']);
    expect(rows(el)[2]!.slice(1)).toEqual(['niet ingevuld', '–', '0']);
    expect(el.csv().split('\r\n')[1]).toBe('1 Professionele betrokkenheid;1.1;Organisatorische communicatie;2,5;tussen A2 Ontdekkingsreiziger en B1 Gebruiker;1,75;3,25;4');
    await expectAccessible(el, 'team');
  });

  it('draws a comparison as an outline, with a legend entry and the count of higher and lower competences', async () => {
    const el = await mount(
      html`<digi-competentieroos .profile=${{ label: 'Juni', levels: { '1.1': 'B2', '1.2': 'A1' } }} .comparison=${{ label: 'September', levels: { '1.1': 'A2', '1.2': 'A2' } }}></digi-competentieroos>`,
    );
    expect($(el, '.rose-svg path.comparison').getAttribute('d')).toMatch(/^M/);
    expect(norm($(el, '[part="chart-legend"]').textContent)).toContain('Stippellijn: September');
    expect(norm($(el, '[part="summary"]').textContent)).toContain('Tegenover September: 1 hoger, 1 lager, 0 gelijk.');
    expect(norm($(el, '.rose__subtitle').textContent)).toBe('DigCompEdu · Juni · vergeleken met September');
    await expectAccessible(el, 'comparison');
  });
});

describe('<digi-competentieroos> frameworks and bad input', () => {
  it('loads the DigComp 2.2 preset on demand: 21 wedges, 8 rings', async () => {
    const el = await mount(html`<digi-competentieroos framework="digcomp-2.2" profile='{"1.1": 3, "5.4": "8"}'></digi-competentieroos>`);
    expect(targets(el)).toHaveLength(21);
    expect($$(el, '.ring')).toHaveLength(8);
    expect(norm($(el, '.rose__subtitle').textContent)).toContain('DigComp 2.2');
    expect(targets(el)[0]!.getAttribute('aria-label')).toContain('3 Gemiddeld');
  });

  it('draws a custom framework, in the page language where it has one', async () => {
    const framework: FrameworkInput = {
      name: { nl: 'Onze modules', fr: 'Nos modules' },
      areas: [{ id: 'a', name: { nl: 'Basis', fr: 'Base' }, color: 7 }],
      competences: [
        { id: 'm1', area: 'a', name: { nl: 'Eén', fr: 'Un' } },
        { id: 'm2', area: 'a', name: 'Twee' },
      ],
      levels: [
        { id: 'L', name: 'Laag' },
        { id: 'H', name: 'Hoog' },
      ],
    };
    const el = await mount(html`<digi-competentieroos .framework=${framework} .profile=${{ m1: 'H' }}></digi-competentieroos>`, 'fr-BE');
    expect(targets(el)).toHaveLength(2);
    expect(targets(el)[0]!.getAttribute('aria-label')).toContain('m1 Un (Base)');
    expect($(el, '.wedge').getAttribute('fill')).toBe('url(#rose-pattern-7)');
    // Text the framework has only in Dutch is marked as Dutch.
    viewButton(el, 'Tableau').click();
    await el.updateComplete;
    expect($(el, '[part="table"] tbody tr:nth-child(3) th span[lang="nl"]').textContent).toBe('Twee');
  });

  it('speaks the page language: French interface and French DigCompEdu names', async () => {
    const el = await mount(html`<digi-competentieroos .profile=${teacher}></digi-competentieroos>`, 'fr-BE');
    expect($(el, '#rose-title').textContent).toBe('Rose des compétences');
    expect(targets(el)[0]!.getAttribute('aria-label')).toBe('1.1 Communication organisationnelle (Engagement professionnel), B1 Intégrateur');
    expect(norm($(el, '[part="summary"]').textContent)).toContain('Le plus fort : Ressources numériques (B2).');
    expect(el.csv().split('\r\n')[0]).toBe('Domaine;Code;Compétence;Valeur;Niveau');
  });

  it('reads everything from a JSON child', async () => {
    const el = await mount(html`<digi-competentieroos
      ><script type="application/json">
        { "framework": "modules-19", "profile": { "m1": 4 }, "label": "Team Noord" }
      </script></digi-competentieroos
    >`);
    expect(targets(el)).toHaveLength(19);
    expect($(el, '#rose-title').textContent).toBe('Team Noord');
    expect(el.value['m1']).toBe('4');
  });

  it('names each bad field in the widget and the console, and shows the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(html`<digi-competentieroos .profile=${{ ...teacher, '1.1': 'B7', '9.9': 'A1' }} view="grafiek"></digi-competentieroos>`);
    const problems = norm($(el, '[part="alert"]').textContent);
    expect(problems).toContain('Niet alle gegevens konden gebruikt worden');
    expect(problems).toContain('profile.1.1: dit niveau bestaat niet in het raamwerk; de competentie telt als niet ingevuld. Gevonden: "B7". Mogelijk: A1, A2, B1, B2, C1, C2.');
    expect(problems).toContain('profile.9.9: deze competentie staat niet in het raamwerk');
    expect(problems).toContain('view: deze waarde kan niet');
    const logged = warn.mock.calls.flat().join('\n');
    expect(logged).toContain('<digi-competentieroos> profile.1.1 is not a level of the framework');
    expect(logged).toContain('<digi-competentieroos> view is not an allowed value');
    // The rest is drawn: 21 wedges with a value.
    expect($$(el, '.wedge')).toHaveLength(21);
    await expectAccessible(el, 'bad profile');
  });

  it('does not draw an invalid framework, and says which field is wrong', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(
      html`<digi-competentieroos
        .framework=${{ name: 'Kapot', areas: [{ id: 'a', name: 'A' }], competences: [{ id: 'x', area: 'b', name: 'X' }], levels: [{ id: '1', name: 'Een' }] }}
      ></digi-competentieroos>`,
    );
    const alert = norm($(el, '[part="alert"]').textContent);
    expect(alert).toContain('De competentieroos kan niet getekend worden');
    expect(alert).toContain('framework.levels: verwacht 2 tot 12 niveaus');
    expect($(el, 'svg.rose-svg')).toBeNull();
    expect(warn.mock.calls.flat().join('\n')).toContain('<digi-competentieroos> framework.levels must list 2 to 12 levels');
    // Fixing the property draws the rose.
    el.framework = 'digcompedu';
    await el.updateComplete;
    expect(targets(el)).toHaveLength(22);
    expect($(el, '[part="alert"]')).toBeNull();
  });

  it('names an unknown preset, bad JSON and an unknown key of the JSON child', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const preset = await mount(html`<digi-competentieroos framework="digcomp"></digi-competentieroos>`);
    expect(norm($(preset, '[part="alert"]').textContent)).toContain('framework: dit is geen ingebouwd raamwerk. Gevonden: "digcomp". Mogelijk: digcompedu, digcomp-2.2, modules-19.');
    const json = await mount(html`<digi-competentieroos profile="{1.1: B1}"></digi-competentieroos>`);
    expect(norm($(json, '[part="alert"]').textContent)).toContain('profile: dit is geen geldige JSON.');
    expect(targets(json)).toHaveLength(22);
    const child = await mount(html`<digi-competentieroos><script type="application/json">{ "profiel": {} }</script></digi-competentieroos>`);
    expect(norm($(child, '[part="alert"]').textContent)).toContain('<script type="application/json"> profiel: deze instelling bestaat niet');
    await expectAccessible(child, 'unknown key');
  });
});

describe('<digi-competentieroos> export', () => {
  it('serialises the rose as a standalone SVG and draws it as a PNG, without any request', async () => {
    const el = await mount(html`<digi-competentieroos .profile=${teacher}></digi-competentieroos>`);
    const { serializeSvg, svgToPng } = await import('../../src/components/competentieroos/export.js');
    const svg = $<SVGSVGElement>(el, 'svg.rose-svg');
    const text = serializeSvg(svg, 'Competentieroos', 'Sterkst: …');
    expect(text).toContain('<title>Competentieroos</title>');
    expect(text).not.toMatch(/url\("?https?:/);
    expect(text).not.toContain('tabindex');
    expect(text).not.toContain('class=');
    expect(text).toContain('fill="url(#rose-pattern-1)"');
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.querySelectorAll('path[fill^="url(#rose-pattern"]').length).toBeGreaterThanOrEqual(22);
    const size = Number(svg.getAttribute('width'));
    const png = await svgToPng(text, size, size);
    expect(png.type).toBe('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).toBe(size * 2);
  });

  it('downloads PNG, SVG and CSV from its buttons and says so', async () => {
    const el = await mount(html`<digi-competentieroos .profile=${teacher}></digi-competentieroos>`);
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    for (const format of ['PNG', 'SVG', 'CSV']) {
      const button = $$<HTMLButtonElement>(el, '[part="actions"] button').find((candidate) => candidate.textContent!.includes(format))!;
      button.click();
      await vi.waitFor(() => expect(clicks).toContain(`competentieroos.${format.toLowerCase()}`));
      await el.updateComplete;
      expect($(el, '.rose__status').textContent).toBe(`competentieroos.${format.toLowerCase()} is gedownload.`);
    }
  });
});

describe('<digi-competentieroos> media', () => {
  it('keeps areas apart by pattern and the focus visible in forced colours', async () => {
    await emulate({ features: [{ name: 'forced-colors', value: 'active' }] });
    const el = await mount(html`<digi-competentieroos .profile=${teacher}></digi-competentieroos>`);
    targets(el)[0]!.focus();
    await el.updateComplete;
    const grounds = $$(el, '.rose-svg .pattern__ground').map((ground) => getComputedStyle(ground).fill);
    // Every area's ground is the same system colour; the pattern lines, in the text colour, tell them apart.
    expect(new Set(grounds).size).toBe(1);
    const ink = getComputedStyle($(el, '.rose-svg .pattern--1 .pattern__ink'));
    expect(ink.strokeOpacity).toBe('1');
    expect(ink.stroke).not.toBe(grounds[0]);
    expect(getComputedStyle($(el, '.highlight:not(.highlight--halo)')).stroke).not.toBe(grounds[0]);
  });

  it('grows the rose only when motion is welcome', async () => {
    const moving = await mount(html`<digi-competentieroos .profile=${teacher}></digi-competentieroos>`);
    expect(getComputedStyle($(moving, '.wedges')).animationName).toBe('rose-grow');
    await emulate({ features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    const still = await mount(html`<digi-competentieroos .profile=${teacher}></digi-competentieroos>`);
    expect(getComputedStyle($(still, '.wedges')).animationName).toBe('none');
  });

  it('prints the rose and the table, without the controls', async () => {
    await emulate({ media: 'print' });
    const el = await mount(html`<digi-competentieroos .profile=${teacher}></digi-competentieroos>`);
    expect(getComputedStyle($(el, '.chart-area')).display).not.toBe('none');
    expect(getComputedStyle($(el, '.table-area')).display).toBe('block');
    expect(getComputedStyle($(el, '[part="actions"]')).display).toBe('none');
    expect(getComputedStyle($(el, '[part="view-switch"]')).display).toBe('none');
  });
});

