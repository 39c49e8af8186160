import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { commands, page, userEvent } from 'vitest/browser';
import type { TemplateResult } from 'lit';
import '../../src/components/refurbisher-finder/define.js';
import type { DigiRefurbisherFinder, RefurbisherSelectDetail } from '../../src/components/refurbisher-finder/refurbisher-finder.js';
import { sampleFeed } from '../../src/components/refurbisher-finder/sample-feed.js';
import { expectAccessible } from '../support/a11y.js';

type Finder = DigiRefurbisherFinder;

const $ = <T extends Element = HTMLElement>(el: Finder, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Finder, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: Finder) => $$(el, '[part="result"] .card__title').map((title) => norm(title.textContent));
const count = (el: Finder) => norm($(el, '.count').textContent);
const buttonNamed = (el: Finder, name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => norm(b.textContent).startsWith(name))!;
const notices = (el: Finder) => $$(el, '[part="notice"]').map((notice) => norm(notice.textContent));
/** The checkbox whose label starts with `label`. */
const checkbox = (el: Finder, label: string) =>
  $$<HTMLLabelElement>(el, '.choice__label')
    .find((l) => norm(l.textContent).startsWith(label))!
    .control as HTMLInputElement;
/** Each result card's "Vergelijk" checkbox, in the order of the cards. */
const compareBoxes = (el: Finder) => $$<HTMLInputElement>(el, '[part="result"] .card__footer input[type="checkbox"]');
const shadow = (el: Finder) => el.shadowRoot!;
const polite = () => document.getElementById('digi-announcer-polite')!.textContent ?? '';
const assertive = () => document.getElementById('digi-announcer-assertive')!.textContent ?? '';

/** A deep copy of the sample feed, changed by `change`. */
function sample(change: (feed: { refurbishers: Record<string, unknown>[]; questions: Record<string, string> }) => void = () => {}) {
  const feed = structuredClone(sampleFeed) as unknown as { refurbishers: Record<string, unknown>[]; questions: Record<string, string> };
  change(feed);
  return feed;
}

async function mount(template: TemplateResult = html`<digi-refurbisher-finder></digi-refurbisher-finder>`): Promise<Finder> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl-BE">${template}</div>`);
  const el = wrapper.querySelector('digi-refurbisher-finder')!;
  await el.updateComplete;
  return el;
}

/** Opens the disclosures (all, or the first `count` cards') as a click would, and waits for their content. */
async function openDetails(el: Finder, count = Infinity): Promise<void> {
  const all = $$<HTMLDetailsElement>(el, count === Infinity ? 'details' : '[part="result"] details').slice(0, count);
  const toggled = all.map((details) => new Promise((done) => details.addEventListener('toggle', done, { once: true })));
  all.forEach((details) => details.querySelector('summary')!.click());
  await Promise.all(toggled);
  await el.updateComplete;
}

/** Types into a field by its id, replacing what was there, and waits for the render. */
async function fill(el: Finder, id: string, text: string): Promise<void> {
  await userEvent.fill($<HTMLInputElement>(el, `#${id}`), text);
  await el.updateComplete;
}

beforeEach(async () => {
  await page.viewport(1280, 900);
});

afterEach(() => {
  fixtureCleanup();
  vi.restoreAllMocks();
  history.replaceState(null, '', window.location.pathname + window.location.search);
});

describe('<digi-refurbisher-finder> with the example feed', () => {
  it('shows the ten fictional refurbishers, says they are examples, and is accessible', async () => {
    const el = await mount();
    expect(notices(el)[0]).toContain('Voorbeeldgegevens');
    expect(notices(el)[0]).toContain('verzonnen');
    expect(count(el)).toBe('10 refurbishers gevonden');
    expect(titles(el)).toHaveLength(10);
    // Sorted by name without a location.
    expect(titles(el)[0]).toBe('Circulair Brabant (voorbeeld)');
    const title = $(el, '[part="result"] .card__title');
    expect(title.getAttribute('role')).toBe('heading');
    expect(title.getAttribute('aria-level')).toBe('4');
    const link = $<HTMLAnchorElement>(el, '[part="result"] a[target="_blank"]');
    expect(link.href).toBe('https://circulair-brabant.example.org/');
    expect(link.rel).toBe('noopener noreferrer');
    expect(norm(link.textContent)).toBe('Website (opent in een nieuw venster)');
    expect(el.feed?.sample).toBe(true);
    await expectAccessible(el, 'the example list');
  });

  it('filters by keyboard, updates the counts beside each option, and announces the result count politely', async () => {
    const el = await mount();
    const tablets = checkbox(el, 'Tablets');
    expect(norm(tablets.labels![0]!.textContent)).toBe('Tablets (6)');
    tablets.focus();
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(tablets.checked).toBe(true);
    expect(count(el)).toBe('6 refurbishers gevonden');
    // With tablets ticked, the other options count among those six.
    expect(norm(checkbox(el, 'Interactieve borden').labels![0]!.textContent)).toBe('Interactieve borden (0)');
    expect(norm(checkbox(el, 'Duits').labels![0]!.textContent)).toBe('Duits (1)');
    await vi.waitFor(() => expect(polite()).toBe('6 refurbishers gevonden'), { timeout: 2000 });

    // Tab to the next option and tick it with the keyboard too.
    await userEvent.tab();
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(checkbox(el, 'Schermen'));
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(count(el)).toBe('3 refurbishers gevonden');
    await vi.waitFor(() => expect(polite()).toBe('3 refurbishers gevonden'), { timeout: 2000 });
    await expectAccessible(el, 'filtered');

    buttonNamed(el, 'Wis alle filters').click();
    await el.updateComplete;
    expect(count(el)).toBe('10 refurbishers gevonden');
    expect(checkbox(el, 'Tablets').checked).toBe(false);
  });

  it('filters on services, language and number of devices, and says when a number is not valid', async () => {
    const el = await mount();
    checkbox(el, 'Betaalt voor toestellen').click();
    await el.updateComplete;
    expect(titles(el)).toEqual(['Circulair Brabant (voorbeeld)', 'Reboot Bruxelles (exemple / voorbeeld)', 'Tweede Ronde Laptops (voorbeeld)', 'Waasland Tweedehands ICT (voorbeeld)']);
    checkbox(el, 'Engels').click();
    await el.updateComplete;
    expect(count(el)).toBe('3 refurbishers gevonden');
    await fill(el, 'devices', '12');
    expect(titles(el)).toEqual(['Circulair Brabant (voorbeeld)', 'Reboot Bruxelles (exemple / voorbeeld)', 'Tweede Ronde Laptops (voorbeeld)']);
    checkbox(el, 'Ophalen op school').click();
    await el.updateComplete;
    // Pick-up from 10 devices only at Circulair Brabant.
    expect(titles(el)).toEqual(['Circulair Brabant (voorbeeld)']);
    await fill(el, 'devices', 'twaalf');
    const devices = $<HTMLInputElement>(el, '#devices');
    expect(devices.value).toBe('twaalf');
    expect(devices.getAttribute('aria-invalid')).toBe('true');
    expect(norm($(el, '#devices-error').textContent)).toBe('Fout: Typ een geheel getal vanaf 1, bijvoorbeeld 25.');
    // An invalid number does not filter.
    expect(count(el)).toBe('3 refurbishers gevonden');
  });

  it('searches by text, ignoring case', async () => {
    const el = await mount();
    await fill(el, 'query', 'KEMPEN');
    expect(titles(el)).toEqual(['Kempen Reuse (voorbeeld)']);
    await fill(el, 'query', 'iso 27001');
    expect(count(el)).toBe('4 refurbishers gevonden');
    await fill(el, 'query', 'namur');
    expect(titles(el)).toEqual(['Seconde Vie Namur (exemple / voorbeeld)']);
  });

  it('narrows to the province of a postcode and sorts by approximate distance from it', async () => {
    const el = await mount();
    await fill(el, 'postcode', '2000');
    expect(norm($(el, '#postcode-hint').textContent)).toBe('Toont wie in Antwerpen werkt.');
    // Antwerpen itself, Sint-Niklaas (about 19 km), Geel (about 41 km), then Mechelen, whose location the feed does not give.
    expect(titles(el)).toEqual([
      'Refit Antwerpen (voorbeeld)',
      'Waasland Tweedehands ICT (voorbeeld)',
      'Kempen Reuse (voorbeeld)',
      'Herstart Mechelen (voorbeeld)',
    ]);
    const eyebrows = $$(el, '[part="result"] .card__eyebrow').map((eyebrow) => norm(eyebrow.textContent));
    expect(eyebrows[0]).toBe('Antwerpen · ongeveer 1 km');
    expect(eyebrows[2]).toMatch(/^Geel · ongeveer 4\d km$/);
    expect(eyebrows[3]).toBe('Mechelen');
    expect($<HTMLSelectElement>(el, '#sort').value).toBe('distance');

    // Another order on request.
    const sort = $<HTMLSelectElement>(el, '#sort');
    sort.value = 'updated';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)[0]).toBe('Refit Antwerpen (voorbeeld)'); // 2026-11-12
    expect(titles(el)[3]).toBe('Waasland Tweedehands ICT (voorbeeld)'); // 2025-12-15
  });

  it('says how to type a postcode when it is not one, and keeps what was typed', async () => {
    const el = await mount();
    await fill(el, 'postcode', '0999');
    const field = $<HTMLInputElement>(el, '#postcode');
    expect(field.value).toBe('0999');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(norm($(el, '#postcode-error').textContent)).toBe('Fout: Typ een Belgische postcode van 4 cijfers, bijvoorbeeld 9000.');
    expect(count(el)).toBe('10 refurbishers gevonden');
    await fill(el, 'postcode', '90');
    expect($(el, '#postcode-error')).toBeNull(); // still typing
    await expectAccessible(el, 'postcode error');
  });

  it('asks for the position only after a click, sorts by distance from it, and can forget it', async () => {
    const getPosition = vi.spyOn(navigator.geolocation, 'getCurrentPosition').mockImplementation((success) =>
      success({ coords: { latitude: 51.22, longitude: 2.93 } } as GeolocationPosition),
    );
    const el = await mount();
    expect(getPosition).not.toHaveBeenCalled();
    expect(norm($(el, '#location-hint').textContent)).toContain('uw locatie blijft op uw toestel');
    buttonNamed(el, 'Gebruik mijn locatie').click();
    await el.updateComplete;
    expect(getPosition).toHaveBeenCalledOnce();
    expect(titles(el)[0]).toBe('Kust ICT Hergebruik (voorbeeld)'); // Oostende
    expect(titles(el).at(-1)).toBe('Herstart Mechelen (voorbeeld)'); // no location
    expect(norm($(el, '.status').textContent)).toBe('Gesorteerd op afstand van uw locatie.');
    buttonNamed(el, 'Vergeet mijn locatie').click();
    await el.updateComplete;
    expect(titles(el)[0]).toBe('Circulair Brabant (voorbeeld)');
  });

  it('says so when the position may not be used', async () => {
    vi.spyOn(navigator.geolocation, 'getCurrentPosition').mockImplementation((_success, failure) =>
      failure!({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError),
    );
    const el = await mount();
    buttonNamed(el, 'Gebruik mijn locatie').click();
    await el.updateComplete;
    expect(norm($(el, '.status--problem').textContent)).toBe('U gaf geen toestemming om uw locatie te gebruiken. Typ uw postcode in de plaats.');
    await vi.waitFor(() => expect(polite()).toContain('U gaf geen toestemming'), { timeout: 2000 });
  });

  it('explains an empty result and offers the filter to let go of', async () => {
    const el = await mount();
    await fill(el, 'postcode', '6700'); // Luxembourg: one French-speaking refurbisher without tablets
    checkbox(el, 'Tablets').click();
    await el.updateComplete;
    expect(count(el)).toBe('Geen refurbishers gevonden');
    expect(norm($(el, '.empty').textContent)).toContain('Geen enkele refurbisher past bij alle filters samen.');
    const advice = $$(el, '.advice button').map((b) => norm(b.textContent));
    expect(advice).toEqual(['Zonder de postcode 6700: 6 refurbishers', 'Zonder Tablets: 1 refurbisher']);
    await expectAccessible(el, 'empty result');
    $$<HTMLButtonElement>(el, '.advice button')[1]!.click();
    await el.updateComplete;
    expect(titles(el)).toEqual(['Seconde Vie Namur (exemple / voorbeeld)']);
    expect($<HTMLInputElement>(el, '#postcode').value).toBe('6700');
  });

  it('compares up to three refurbishers side by side in a table', async () => {
    const el = await mount();
    const compare = (index: number) => compareBoxes(el)[index]!;
    expect(compare(0).checked).toBe(false);
    expect(compare(0).getAttribute('aria-describedby')).toBeNull();
    compare(0).click();
    await el.updateComplete;
    // A checkbox with its state shown, named after its card, and how full the comparison is on every card.
    expect(compare(0).checked).toBe(true);
    expect(norm(compare(0).labels![0]!.textContent)).toBe('Vergelijk Circulair Brabant (voorbeeld)');
    expect(norm(shadow(el).getElementById(compare(1).getAttribute('aria-describedby')!)!.textContent)).toBe('1 van max. 3 gekozen');
    expect(norm($(el, '[part="compare"]').textContent)).toContain('Kies nog een of twee refurbishers');
    compare(1).click();
    compare(2).click();
    await el.updateComplete;
    const headers = $$(el, '[part="compare"] thead th').map((th) => norm(th.textContent));
    expect(headers).toEqual(['Circulair Brabant (voorbeeld)', 'Herstart Mechelen (voorbeeld)', 'Kempen Reuse (voorbeeld)']);
    const rows = $$(el, '[part="compare"] tbody tr').map((row) => [...row.children].map((cell) => norm(cell.textContent)));
    expect(rows[0]).toEqual(['Plaats', '3000 Leuven', '2800 Mechelen', '2440 Geel']);
    expect(rows.find((row) => row[0] === 'Ophalen op school')).toEqual([
      'Ophalen op school',
      'Ja, vanaf 10 toestellen',
      'Nee, u brengt de toestellen zelf binnen',
      'Ja, vanaf 30 toestellen',
    ]);
    expect($(el, '.table-wrap').getAttribute('tabindex')).toBe('0');
    // Across the finder's full width, above filters and results, with the labels' column kept in view.
    const comparison = $(el, '[part="compare"]');
    expect(comparison.closest('[part="results"]')).toBeNull();
    expect(comparison.getBoundingClientRect().width).toBeCloseTo($(el, '.search').getBoundingClientRect().width, 0);
    expect(comparison.getBoundingClientRect().bottom).toBeLessThanOrEqual($(el, '.filters').getBoundingClientRect().top);
    expect(getComputedStyle($(el, '[part="compare"] th[scope="row"]')).position).toBe('sticky');
    // The questionnaire's answers, behind a disclosure: short neutral labels, the question under each.
    expect($$(el, '[part="compare"] .table-wrap')).toHaveLength(1);
    const answers = $<HTMLDetailsElement>(el, '#compare-answers');
    expect(answers.open).toBe(false);
    expect(norm(answers.querySelector('summary')!.textContent)).toBe('Antwoorden op de vragenlijst (8)');
    answers.querySelector('summary')!.click();
    await vi.waitFor(() => expect(answers.querySelector('table')).not.toBeNull());
    const answerTable = answers.querySelector('table')!;
    expect(answerTable.getAttribute('aria-labelledby')).toBe('compare-answers-title');
    const answerRows = [...answerTable.querySelectorAll('tbody tr')];
    const devices = answerRows.find((tr) => norm(tr.querySelector('th')!.textContent).startsWith('Aangenomen toestellen'))!;
    expect(norm(devices.querySelector('th')!.textContent)).toBe('Aangenomen toestellen Welke toestellen neemt u aan?');
    expect(devices.querySelector('th')!.getAttribute('abbr')).toBe('Aangenomen toestellen');
    expect(norm(devices.querySelectorAll('td')[1]!.textContent)).toBe('Laptops, Chromebooks en tablets.');
    // Both tables line up: the same column widths.
    const widths = (table: Element) => [...table.querySelectorAll('thead tr > *')].map((cell) => Math.round(cell.getBoundingClientRect().width));
    expect(widths(answerTable)).toEqual(widths($(el, '[part="compare"] table')));
    await expectAccessible(el, 'comparison');

    // From a compared card to the comparison, which sits above the list.
    buttonNamed(el, 'Naar de vergelijking').click();
    expect(shadow(el).activeElement?.id).toBe('compare-title');

    expect(norm(shadow(el).getElementById(compare(3).getAttribute('aria-describedby')!)!.textContent)).toBe('3 van max. 3 gekozen');
    compare(3).click();
    await el.updateComplete;
    expect(compare(3).checked).toBe(false);
    await vi.waitFor(() => expect(assertive()).toContain('U kunt tot 3 refurbishers vergelijken'), { timeout: 2000 });

    buttonNamed(el, 'Wis de vergelijking').click();
    await el.updateComplete;
    expect($(el, '[part="compare"]')).toBeNull();
  });

  it('offers no choose button unless the site says what choosing does', async () => {
    const el = await mount();
    expect($$(el, '[part="result"] .card__footer button')).toEqual([]);
  });

  it('fires digi-refurbisher-select with the chosen refurbisher, and null when undone, from a button in the site’s words', async () => {
    const el = await mount(html`<digi-refurbisher-finder choose-label="Vraag een offerte aan"></digi-refurbisher-finder>`);
    const details: RefurbisherSelectDetail[] = [];
    document.addEventListener('digi-refurbisher-select', (event) => details.push((event as CustomEvent<RefurbisherSelectDetail>).detail), { once: false });
    const choose = () => $$<HTMLButtonElement>(el, '[part="result"] .card__footer button')[0]!;
    expect(norm(choose().textContent)).toBe('Vraag een offerte aan');
    expect(choose().getAttribute('aria-label')).toBe('Vraag een offerte aan: Circulair Brabant (voorbeeld)');
    choose().click();
    await el.updateComplete;
    expect(choose().getAttribute('aria-pressed')).toBe('true');
    choose().click();
    await el.updateComplete;
    expect(details.map((detail) => detail.refurbisher?.id ?? null)).toEqual(['vb-circulair-brabant', null]);
  });

  it('shows 10 results at a time and moves focus to the first new one', async () => {
    const many = sample((feed) => {
      const [first] = feed.refurbishers;
      feed.refurbishers = Array.from({ length: 45 }, (_, index) => ({ ...first, id: `r${index}`, name: `Refurbisher ${String(index).padStart(2, '0')}` }));
    });
    const el = await mount(html`<digi-refurbisher-finder .data=${many}></digi-refurbisher-finder>`);
    expect(titles(el)).toHaveLength(10);
    buttonNamed(el, 'Toon meer (nog 35)').click();
    await el.updateComplete;
    expect(titles(el)).toHaveLength(20);
    expect(norm(el.shadowRoot!.activeElement?.querySelector('.card__title')?.textContent)).toBe('Refurbisher 10');
    // A new filter starts again from the first page.
    await fill(el, 'query', 'refurbisher');
    expect(titles(el)).toHaveLength(10);
  });

  it('keeps the search in the URL fragment when asked, and opens a shared search', async () => {
    history.replaceState(null, '', '#intro');
    const el = await mount(html`<digi-refurbisher-finder share-url></digi-refurbisher-finder>`);
    await fill(el, 'postcode', '3500');
    checkbox(el, 'Laptops').click();
    await el.updateComplete;
    expect(window.location.hash).toBe(`#intro&digi-refurbishers=${encodeURIComponent('pc=3500&d=laptop')}`);

    const copy = await mount(html`<digi-refurbisher-finder share-url></digi-refurbisher-finder>`);
    expect($<HTMLInputElement>(copy, '#postcode').value).toBe('3500');
    expect(checkbox(copy, 'Laptops').checked).toBe(true);
    expect(titles(copy)).toEqual(['LimburgLoop (voorbeeld)', 'Kempen Reuse (voorbeeld)']);
  });

  it('starts from an initial search set by the site, which a shared link overrides', async () => {
    const initial = 'pc=9000&d=tablet&sort=updated&c=vb-kust-ict vb-refit-antwerpen';
    const el = await mount(html`<digi-refurbisher-finder initial-search=${initial}></digi-refurbisher-finder>`);
    expect($<HTMLInputElement>(el, '#postcode').value).toBe('9000');
    expect(checkbox(el, 'Tablets').checked).toBe(true);
    expect(titles(el)).toEqual(['Tweede Ronde Laptops (voorbeeld)']);
    expect($$(el, '[part="compare"] thead th').map((th) => norm(th.textContent))).toEqual(['Kust ICT Hergebruik (voorbeeld)', 'Refit Antwerpen (voorbeeld)']);

    history.replaceState(null, '', `#digi-refurbishers=${encodeURIComponent('pc=3500')}`);
    const shared = await mount(html`<digi-refurbisher-finder share-url initial-search="pc=9000"></digi-refurbisher-finder>`);
    expect($<HTMLInputElement>(shared, '#postcode').value).toBe('3500');
  });

  it('reflows at 320 px: one column, nothing wider than the screen but the comparison table in its own scroll region', async () => {
    await page.viewport(320, 800);
    const el = await mount(html`<digi-refurbisher-finder theme="wai-not"></digi-refurbisher-finder>`);
    const compare = compareBoxes(el);
    compare[0]!.click();
    compare[1]!.click();
    await el.updateComplete;
    await openDetails(el, 1);
    expect($$(el, '.answers')).toHaveLength(1);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    const right = el.getBoundingClientRect().right;
    const tooWide = $$(el, '*').filter((node) => !node.closest('.table-wrap') && node.getBoundingClientRect().right > right + 0.5);
    expect(tooWide.map((node) => node.outerHTML.slice(0, 80))).toEqual([]);
    // The filters fold away above the results until opened; then they stack above them.
    expect(getComputedStyle($(el, '.filters')).display).toBe('none');
    buttonNamed(el, 'Filters').click();
    await el.updateComplete;
    expect($(el, '.filters').getBoundingClientRect().bottom).toBeLessThanOrEqual($(el, '[part="results"]').getBoundingClientRect().top);
    await expectAccessible(el, '320 px, wai-not');
  });

  it('folds the filters behind "Filters (n)" in a narrow finder; "Toon N resultaten" folds them and goes to the results', async () => {
    await page.viewport(320, 800);
    const el = await mount();
    const toggle = buttonNamed(el, 'Filters');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('filters');
    expect($(el, '#filters').classList.contains('filters')).toBe(true);
    expect(getComputedStyle($(el, '.filters')).display).toBe('none');
    // The first result is on the first screen.
    expect($(el, '[part="result"]').getBoundingClientRect().top).toBeLessThan(800);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(getComputedStyle($(el, '.filters')).display).not.toBe('none');
    checkbox(el, 'Laptops').click();
    await el.updateComplete;
    await fill(el, 'postcode', '3500');
    // The count of filters set, and of what they leave.
    expect(norm(toggle.textContent)).toBe('Filters (2)');
    const done = buttonNamed(el, 'Toon 2 resultaten');
    expect(done).toBeTruthy();
    done.click();
    await vi.waitFor(() => expect(shadow(el).activeElement?.id).toBe('results-title'));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(getComputedStyle($(el, '.filters')).display).toBe('none');
    // What was set stays set.
    expect(checkbox(el, 'Laptops').checked).toBe(true);
    expect(titles(el)).toEqual(['LimburgLoop (voorbeeld)', 'Kempen Reuse (voorbeeld)']);
    toggle.click();
    await el.updateComplete;
    await fill(el, 'query', 'kempen');
    expect(norm(toggle.textContent)).toBe('Filters (3)');
    expect(buttonNamed(el, 'Toon 1 resultaat')).toBeTruthy();
    await expectAccessible(el, 'narrow, filters open');
  });

  it('puts the cards in two columns in a wide finder, each fact beside its label, key facts first', async () => {
    await page.viewport(1400, 900);
    const el = await mount();
    const cards = $$(el, '.results > li').map((li) => li.getBoundingClientRect());
    expect(cards[1]!.top).toBeCloseTo(cards[0]!.top, 0);
    expect(cards[1]!.left).toBeGreaterThan(cards[0]!.right);
    const fact = $(el, '[part="result"] .facts > div');
    expect(fact.querySelector('dd')!.getBoundingClientRect().top).toBeCloseTo(fact.querySelector('dt')!.getBoundingClientRect().top, 0);
    // The wiping method and the languages wait behind "Alle gegevens"; the level is on the card.
    const terms = $$(el, '[part="result"]')[0]!.querySelectorAll('.facts dt');
    expect([...terms].map((dt) => norm(dt.textContent))).toEqual([
      'Erkend door',
      'Toestellen',
      'Diensten',
      'Ophalen op school',
      'Neemt aan',
      'Wisniveau (NIST SP 800-88)',
      'Bijgewerkt',
    ]);
  });

  it('shows the filters beside the results in a wide finder, with nothing to fold', async () => {
    const el = await mount();
    expect(getComputedStyle(buttonNamed(el, 'Filters')).display).toBe('none');
    expect(getComputedStyle(buttonNamed(el, 'Toon 10 resultaten')).display).toBe('none');
    const filters = $(el, '.filters').getBoundingClientRect();
    const results = $(el, '[part="results"]').getBoundingClientRect();
    expect(filters.right).toBeLessThanOrEqual(results.left);
    expect(filters.top).toBeCloseTo(results.top, 0);
  });
});

describe('<digi-refurbisher-finder> with a feed that is not right', () => {
  it('leaves out an invalid entry, names it and its field in the widget and the console, and shows the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const data = sample((feed) => {
      feed.refurbishers.push({ ...feed.refurbishers[0], id: 'slecht', name: 'Slechte Website (voorbeeld)', website: 'javascript:alert(1)' });
      feed.refurbishers.push({ ...feed.refurbishers[1], id: 'zonder-provincie', provinces: [] });
    });
    const el = await mount(html`<digi-refurbisher-finder .data=${data}></digi-refurbisher-finder>`);
    expect(count(el)).toBe('10 refurbishers gevonden');
    const notice = notices(el).find((text) => text.includes('weggelaten'))!;
    expect(notice).toContain('2 refurbishers weggelaten');
    expect(notice).toContain('refurbishers.10 (Slechte Website (voorbeeld)): veld website');
    expect(notice).toContain('refurbishers.11 (Kempen Reuse (voorbeeld)): veld provinces');
    const lines = warn.mock.calls.map((call) => String(call[0]));
    expect(lines.some((line) => line.includes('<digi-refurbisher-finder> data: left out refurbishers.10 ("slecht")') && line.includes('website:'))).toBe(true);
    expect(lines.some((line) => line.includes('refurbishers.11 ("zonder-provincie")') && line.includes('provinces:'))).toBe(true);
    expect($$<HTMLAnchorElement>(el, 'a').filter((a) => !/^https?:|^mailto:|^tel:/.test(a.href))).toEqual([]);
    await expectAccessible(el, 'invalid entries');
  });

  it('names a JSON child that is not JSON, without a retry button, in the widget and the console', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mount(html`<digi-refurbisher-finder><script type="application/json">{ "version": 1, </script></digi-refurbisher-finder>`);
    const notice = notices(el)[0]!;
    expect(notice).toContain('De lijst van refurbishers kon niet geladen worden');
    expect(notice).toContain('De gegevens hebben niet de vorm van een lijst van refurbishers');
    expect(notice).toContain('feed: Not valid JSON');
    expect(buttonNamed(el, 'Opnieuw proberen')).toBeUndefined();
    expect(String(error.mock.calls[0]![0])).toContain('<script type="application/json">: not a valid feed');
    await expectAccessible(el, 'invalid JSON child');
  });

  it('loads a feed from a local server; on failure says why, offers a retry that works, and then keeps the last good copy', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const path = `test-results/refurbisher-finder/feed-${Date.now()}-${Math.random().toString(36).slice(2)}.json`;
    const el = await mount(html`<digi-refurbisher-finder src=${`/${path}`}></digi-refurbisher-finder>`);
    try {
      // Not there yet: the server answers 404.
      expect(notices(el)[0]).toContain('De lijst van refurbishers kon niet geladen worden');
      expect(notices(el)[0]).toContain('De server gaf een fout (HTTP 404)');
      expect(String(error.mock.calls.at(-1)![0])).toContain(`src "/${path}": the server answered HTTP 404`);
      await expectAccessible(el, 'feed failed');

      await commands.writeFile(path, JSON.stringify(sampleFeed));
      const retry = buttonNamed(el, 'Opnieuw proberen');
      retry.focus();
      await userEvent.keyboard('{Enter}');
      await vi.waitFor(() => expect(count(el)).toBe('10 refurbishers gevonden'));
      await el.updateComplete;
      expect(notices(el).some((text) => text.includes('kon niet'))).toBe(false);
      await vi.waitFor(() => expect(el.shadowRoot!.activeElement?.id).toBe('results-title'));
      await vi.waitFor(() => expect(polite()).toBe('10 refurbishers gevonden'), { timeout: 2000 });

      // The server now sends something that is not JSON: the last good copy stays.
      await commands.writeFile(path, '<html>Onderhoud</html>');
      await el.reload();
      await el.updateComplete;
      const notice = notices(el).find((text) => text.includes('kon niet'))!;
      expect(notice).toContain('De lijst kon niet vernieuwd worden');
      expect(notice).toContain('geen geldige lijst (geen JSON)');
      expect(notice).toContain('U ziet de lijst zoals ze het laatst geladen werd.');
      expect(count(el)).toBe('10 refurbishers gevonden');
      expect(String(error.mock.calls.at(-1)![0])).toContain('not valid JSON');
      expect(String(error.mock.calls.at(-1)![0])).toContain('Showing the last good copy.');

      // Another finder on the page with the same URL starts from that good copy too.
      const other = await mount(html`<digi-refurbisher-finder src=${`/${path}`}></digi-refurbisher-finder>`);
      expect(count(other)).toBe('10 refurbishers gevonden');
      expect(notices(other).some((text) => text.includes('De lijst kon niet vernieuwd worden'))).toBe(true);
    } finally {
      await commands.removeFile(path).catch(() => {});
    }
  });

  it('names a network failure, and a retry that fails again is announced', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fetcher = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    const el = await mount(html`<digi-refurbisher-finder src="https://feed.invalid/refurbishers.json" .fetcher=${fetcher}></digi-refurbisher-finder>`);
    expect(notices(el)[0]).toContain('Er kwam geen antwoord van de server');
    buttonNamed(el, 'Opnieuw proberen').click();
    await vi.waitFor(() => expect(fetcher).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(assertive()).toBe('De lijst van refurbishers kon niet geladen worden'), { timeout: 2000 });
  });

  it('renders every text from the feed as text: no markup, no script, no javascript: link', async () => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const data = sample((feed) => {
      const r = feed.refurbishers[0] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      r.name = `A ${payload}`;
      r.contact = { person: payload, email: 'a@example.org', phone: '09 123 45 67' };
      r.address = { ...r.address, street: payload, city: payload };
      r.dataWiping = { ...r.dataWiping, method: payload };
      r.permits = [payload];
      r.certifications = [payload];
      r.answers = { q01: payload, [`x-${Date.now()}`]: payload };
      feed.questions.q01 = payload;
      feed.refurbishers.push({ id: 'bad', name: payload, website: 'javascript:window.__xss=3' });
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(html`<digi-refurbisher-finder .data=${data}></digi-refurbisher-finder>`);
    compareBoxes(el)[0]!.click();
    compareBoxes(el)[1]!.click();
    await el.updateComplete;
    await openDetails(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(titles(el)[0]).toBe(`A ${payload}`);
    expect($$(el, 'img, script, iframe, object')).toEqual([]);
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
    const shown = el.shadowRoot!.textContent!;
    // Name, person, city, method, permit, certification, answer, question, and the left-out entry's name.
    expect(shown.split(payload).length - 1).toBeGreaterThanOrEqual(9);
    const hrefs = $$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href')!);
    expect(hrefs.every((href) => /^(https?:|mailto:|tel:)/.test(href))).toBe(true);
    expect(hrefs).toContain('tel:091234567');
  });
});

describe('<digi-refurbisher-finder>: recognition, wiping level and report, warranty and fees', () => {
  const rowsOf = (el: Finder) => $$(el, '[part="compare"] tbody tr').map((row) => [...row.children].map((cell) => norm(cell.textContent)));
  const row = (el: Finder, label: string) => rowsOf(el).find((cells) => cells[0] === label);

  it('shows them side by side in the comparison, with "niet opgegeven" where the feed does not say', async () => {
    const el = await mount(
      html`<digi-refurbisher-finder initial-search="c=vb-circulair-brabant vb-herstart-mechelen vb-kust-ict"></digi-refurbisher-finder>`,
    );
    expect($$(el, '[part="compare"] thead th').map((th) => norm(th.textContent))).toEqual([
      'Circulair Brabant (voorbeeld)',
      'Herstart Mechelen (voorbeeld)',
      'Kust ICT Hergebruik (voorbeeld)',
    ]);
    expect(row(el, 'Erkend door')).toEqual(['Erkend door', 'OVAM (voorbeeld), sinds 15 september 2012', 'niet opgegeven', 'OVAM (voorbeeld), sinds 2020']);
    expect(row(el, 'Wisniveau (NIST SP 800-88)')).toEqual([
      'Wisniveau (NIST SP 800-88)',
      "Purge (grondig wissen, ook voor SSD's)",
      'niet opgegeven',
      "Clear (overschrijven; zwak voor SSD's)",
    ]);
    expect(row(el, 'Het wisrapport vermeldt')).toEqual([
      'Het wisrapport vermeldt',
      'serienummer van elk toestel, gebruikte wismethode, datum van het wissen, resultaat van de controle achteraf, ondertekend certificaat, of het toestel hergebruikt of gerecycleerd werd',
      'niet opgegeven',
      'serienummer van elk toestel, ondertekend certificaat',
    ]);
    expect(row(el, 'Garantie op verkochte toestellen')).toEqual([
      'Garantie op verkochte toestellen',
      '36 maanden',
      'niet opgegeven', // sells to schools, does not say
      'niet van toepassing: verkoopt geen toestellen aan scholen',
    ]);
    expect(row(el, 'Kosten en vergoedingen voor de school')).toEqual([
      'Kosten en vergoedingen voor de school',
      'Recente toestellen kopen wij terug; oudere halen wij gratis op.',
      'niet opgegeven',
      'Ophalen kost 2 euro per toestel; wissen is inbegrepen.',
    ]);
    // The feed's own words carry the feed's language.
    const fees = $$(el, '[part="compare"] tbody tr').find((tr) => norm(tr.firstElementChild!.textContent) === 'Kosten en vergoedingen voor de school')!;
    expect(fees.querySelector('td span')!.getAttribute('lang')).toBe('nl');
    await expectAccessible(el, 'comparison with the new facts');
  });

  it('shows the recognition and wiping level on each card, and the rest in its details', async () => {
    const el = await mount();
    const card = $(el, '#r-vb-waasland');
    /** The card's facts as "label: value", from its first list (on the card) or all (with the details open). */
    const facts = (selector: string) => [...card.querySelectorAll(selector)].map((div) => `${norm(div.querySelector('dt')!.textContent)}: ${norm(div.querySelector('dd')!.textContent)}`);
    const essentials = facts(':scope .facts:not(details .facts) > div');
    expect(essentials).toContain('Erkend door: OVAM (voorbeeld), sinds 2021');
    expect(essentials).toContain('Wisniveau (NIST SP 800-88): Destroy (fysiek vernietigen)');
    expect(essentials.some((fact) => fact.startsWith('Garantie'))).toBe(false);
    const details = card.querySelector('details')!;
    const toggled = new Promise((done) => details.addEventListener('toggle', done, { once: true }));
    details.querySelector('summary')!.click();
    await toggled;
    await el.updateComplete;
    const all = facts('details .facts > div');
    expect(all).toContain('Het wisrapport vermeldt: niet opgegeven');
    expect(all).toContain('Garantie op verkochte toestellen: niet van toepassing: verkoopt geen toestellen aan scholen');
    expect(all).toContain('Kosten en vergoedingen voor de school: Wij betalen per kilo.');
    await expectAccessible(el, 'card details with the new facts');
  });

  it('filters on "Purge of beter" with a live count, keeps it in the link, and offers to let it go', async () => {
    const el = await mount(html`<digi-refurbisher-finder share-url></digi-refurbisher-finder>`);
    const strong = checkbox(el, 'Purge of beter');
    expect(norm(strong.labels![0]!.textContent)).toBe('Purge of beter (7)');
    checkbox(el, 'Gegevens wissen met certificaat').click();
    await el.updateComplete;
    // Certified wiping: nine, of which Kust ICT overwrites (Clear) and two do not say.
    expect(count(el)).toBe('9 refurbishers gevonden');
    expect(norm(checkbox(el, 'Purge of beter').labels![0]!.textContent)).toBe('Purge of beter (6)');
    checkbox(el, 'Purge of beter').click();
    await el.updateComplete;
    expect(count(el)).toBe('6 refurbishers gevonden');
    expect(titles(el)).not.toContain('Kust ICT Hergebruik (voorbeeld)');
    expect(titles(el)).not.toContain('Herstart Mechelen (voorbeeld)');
    expect(window.location.hash).toBe(`#digi-refurbishers=${encodeURIComponent('s=certified-wiping&w=purge')}`);
    // The other counts are among those six: Tweede Ronde, Circulair Brabant, Reboot Bruxelles and Refit speak English.
    expect(norm(checkbox(el, 'Engels').labels![0]!.textContent)).toBe('Engels (4)');

    await fill(el, 'query', 'oostende');
    expect(count(el)).toBe('Geen refurbishers gevonden');
    const advice = $$(el, '.advice button').map((b) => norm(b.textContent));
    expect(advice).toContain('Zonder Purge of beter: 1 refurbisher');
    buttonNamed(el, 'Zonder Purge of beter').click();
    await el.updateComplete;
    expect(titles(el)).toEqual(['Kust ICT Hergebruik (voorbeeld)']);
    expect(checkbox(el, 'Purge of beter').checked).toBe(false);
    await expectAccessible(el, 'purge or better');

    const shared = await mount(html`<digi-refurbisher-finder initial-search="w=purge"></digi-refurbisher-finder>`);
    expect(checkbox(shared, 'Purge of beter').checked).toBe(true);
    expect(count(shared)).toBe('7 refurbishers gevonden');
  });

  it('ignores a bad value of one of them, names it in the widget and the console, and shows the rest of the entry', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const data = sample((feed) => {
      const first = feed.refurbishers[0]! as Record<string, unknown> & { dataWiping: Record<string, unknown> };
      first.warrantyMonths = 'twee jaar';
      first.dataWiping.level = 'NIST 800-88 Purge';
    });
    const el = await mount(html`<digi-refurbisher-finder .data=${data} initial-search="c=vb-tweede-ronde vb-refit-antwerpen"></digi-refurbisher-finder>`);
    expect(count(el)).toBe('10 refurbishers gevonden');
    const notice = notices(el).find((text) => text.includes('genegeerd'))!;
    expect(notice).toContain('Bij 1 refurbisher zijn gegevens genegeerd');
    expect(notice).toContain('refurbishers.0 (Tweede Ronde Laptops (voorbeeld)): veld warrantyMonths');
    expect(notice).toContain('veld dataWiping.level');
    expect(notices(el).some((text) => text.includes('weggelaten'))).toBe(false);
    const lines = warn.mock.calls.map((call) => String(call[0]));
    expect(
      lines.some((line) => line.includes('ignored fields of refurbishers.0 ("vb-tweede-ronde")') && line.includes('warrantyMonths:') && line.includes('dataWiping.level:')),
    ).toBe(true);
    expect(row(el, 'Garantie op verkochte toestellen')).toEqual(['Garantie op verkochte toestellen', 'niet opgegeven', '24 maanden']);
    expect(row(el, 'Wisniveau (NIST SP 800-88)')![1]).toBe('niet opgegeven');
    expect(row(el, 'Erkend door')![1]).toBe('OVAM (voorbeeld), sinds 1 maart 2018');
    await expectAccessible(el, 'ignored fields');
  });
});
