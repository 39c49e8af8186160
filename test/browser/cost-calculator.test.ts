import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { page, userEvent } from 'vitest/browser';
import '../../src/components/cost-calculator/define.js';
import type { CostChangeDetail, DigiCostCalculator } from '../../src/components/cost-calculator/cost-calculator.js';
import { expectAccessible } from '../support/a11y.js';

type Calc = DigiCostCalculator;

const shadow = (el: Calc) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Calc, selector: string) => shadow(el).querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: Calc, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const field = (el: Calc, id: string) => $<HTMLInputElement>(el, `#${id}`);
/** Text with every run of white space (also no-break spaces in amounts) as one space. */
const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Calc, selector: string) => norm($(el, selector).textContent);
const rows = (el: Calc) => $$(el, '[part="table"] tbody tr').map((row) => [...row.querySelectorAll('th, td')].map((cell) => norm(cell.textContent)));
const errorOf = (el: Calc, id: string) => shadow(el).getElementById(`${id}-error`)?.textContent?.replace(/\s+/g, ' ').trim();
const eur = (locale: string, euros: number, digits = 0) =>
  norm(new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(euros));
const buttonNamed = (el: Calc, name: string) => $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes(name))!;

/** Waits until the recalculation after the typing pause has run and rendered (`updateComplete` waits for it). */
async function settled(el: Calc): Promise<void> {
  await el.updateComplete;
}

async function mount(template = html`<digi-cost-calculator></digi-cost-calculator>`, withChart = true): Promise<Calc> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl-BE">${template}</div>`);
  const el = wrapper.querySelector('digi-cost-calculator')!;
  await el.updateComplete;
  // The chart appears once its width is measured.
  if (withChart) await vi.waitFor(() => expect($(el, '.chart')).toBeTruthy());
  return el;
}

beforeEach(async () => {
  await page.viewport(1280, 900);
});

afterEach(() => {
  vi.restoreAllMocks();
  history.replaceState(null, '', window.location.pathname + window.location.search);
});

describe('<digi-cost-calculator>', () => {
  it('starts with three sourced scenarios, their results, a chart and a table, and is accessible', async () => {
    const el = await mount();
    expect($$(el, '[part="scenario"]')).toHaveLength(3);
    // Spread: 550 x 100 x 6/4 = 82,500; 19 x 12 x 6 x 100 = 136,800; 350 x 100 x 6/3 = 70,000.
    // Paid: two batches of new laptops, 2 x 55,000 = 110,000; the lease as spread; two refurbished batches, 2 x 35,000.
    expect(rows(el)).toEqual([
      ['Nieuw kopen', eur('nl-BE', 82_500), eur('nl-BE', 13_750), eur('nl-BE', 137.5, 2), eur('nl-BE', 137.5, 2), eur('nl-BE', 12_500), eur('nl-BE', 110_000)],
      ['Leasen', eur('nl-BE', 136_800), eur('nl-BE', 22_800), eur('nl-BE', 228, 2), eur('nl-BE', 228, 2), eur('nl-BE', 66_800), eur('nl-BE', 136_800)],
      ['Refurbished kopen goedkoopste', eur('nl-BE', 70_000), eur('nl-BE', 11_667), eur('nl-BE', 116.67, 2), eur('nl-BE', 116.67, 2), '–', eur('nl-BE', 70_000)],
    ]);
    expect(text(el, '[part="result-summary"]')).toContain('Refurbished kopen het goedkoopst');
    const chart = $(el, 'svg.chart');
    expect(chart.getAttribute('role')).toBe('img');
    expect(shadow(el).getElementById(chart.getAttribute('aria-labelledby')!)!.textContent).toContain('Verdeelde kost over 6 jaar');
    expect(norm(chart.textContent)).toContain(eur('nl-BE', 136_800));
    expect($(el, 'table caption').textContent).toContain('inclusief btw');
    expect($(el, '[part="sources"]').textContent).toContain('Conceptnota Digiplan (2025)');
    expect($(el, '[part="sources"]').textContent).toContain('Rekenhof');
    // The long list of defaults and sources waits behind a closed disclosure that says how many there are.
    expect($<HTMLDetailsElement>(el, '#sources-list').open).toBe(false);
    expect(text(el, '#sources-list summary')).toMatch(/^Alle standaardwaarden en hun bronnen \(\d+\)$/);
    await expectAccessible(el, 'default state');
  });

  it('recalculates as the person types: 600 instead of 550 gives 600 x 100 x 6/4 = EUR 90,000, and announces it politely', async () => {
    const el = await mount();
    const price = field(el, 's1-price');
    await userEvent.clear(price);
    await userEvent.type(price, '600');
    expect(rows(el)[0]![1]).toBe(eur('nl-BE', 82_500)); // not yet: the recalculation waits for a pause
    await settled(el);
    expect(rows(el)[0]![1]).toBe(eur('nl-BE', 90_000));
    await vi.waitFor(() => expect(document.getElementById('digi-announcer-polite')!.textContent).toContain('Nieuw kopen kost'), {
      timeout: 2000,
    });
  });

  it('shows an invalid value’s error on that field only, keeps what was typed and keeps calculating the rest', async () => {
    const el = await mount();
    const devices = field(el, 's2-devices');
    await userEvent.fill(devices, 'twintig');
    await userEvent.tab();
    await settled(el);
    expect(devices.value).toBe('twintig');
    expect(devices.getAttribute('aria-invalid')).toBe('true');
    expect(devices.getAttribute('aria-describedby')).toContain('s2-devices-error');
    expect(errorOf(el, 's2-devices')).toContain('Dit is geen getal');
    expect(errorOf(el, 's2-devices')).toContain('bijvoorbeeld 25');
    expect($$(el, '[aria-invalid="true"]')).toHaveLength(1);
    expect(rows(el).map((row) => row[0])).toEqual(['Nieuw kopen', 'Refurbished kopen goedkoopste']);
    expect($(el, '.excluded').textContent).toContain('Leasen telt nog niet mee');
    await expectAccessible(el, 'with an invalid field');

    // The "go to" button brings focus to the field to fix.
    buttonNamed(el, 'Naar Leasen').click();
    await el.updateComplete;
    expect(shadow(el).activeElement).toBe(devices);

    await userEvent.fill(devices, '80');
    await settled(el);
    expect(errorOf(el, 's2-devices')).toBeUndefined();
    expect(rows(el)).toHaveLength(3);
  });

  it('says how to fix out-of-range and cross-field errors, and opens the section that holds them', async () => {
    const el = await mount();
    await userEvent.fill(field(el, 's1-lifetime'), '0,5');
    await settled(el); // its error moves the rows below; click once they stand still
    // The residual value sits in a collapsed section, as people find it.
    await userEvent.click($(el, '#s3-end-section summary'));
    await userEvent.fill(field(el, 's3-residual'), '400');
    await settled(el);
    expect(errorOf(el, 's1-lifetime')).toBe('Fout: Dit is te weinig. Typ 1 of meer.');
    expect(norm(errorOf(el, 's3-residual'))).toContain(`kost (${eur('nl-BE', 350)})`);
    expect($<HTMLDetailsElement>(el, '#s3-end-section').open).toBe(true);

    expect(field(el, 's3-residual').value).toBe('400');
  });

  it('opens a collapsed section by itself when a value in it is wrong, e.g. one set by the site', async () => {
    const el = await mount(html`<digi-cost-calculator .config=${{ scenarios: [{ price: 500, devices: 10, lifetimeYears: 4, insurance: -5 }] }}></digi-cost-calculator>`, false);
    expect($<HTMLDetailsElement>(el, '#s1-yearly-section').open).toBe(true);
    expect(field(el, 's1-insurance').value).toBe('-5');
    expect(errorOf(el, 's1-insurance')).toContain('Een negatief getal kan hier niet');
    expect($<HTMLDetailsElement>(el, '#s1-end-section').open).toBe(false);
  });

  it('marks an emptied required field only once it is left', async () => {
    const el = await mount();
    const lifetime = field(el, 's1-lifetime');
    await userEvent.clear(lifetime);
    await settled(el);
    expect(errorOf(el, 's1-lifetime')).toBeUndefined();
    await userEvent.tab();
    await el.updateComplete;
    expect(errorOf(el, 's1-lifetime')).toContain('Vul dit veld in');
  });

  it('emits digi-cost-change with the full result in cents', async () => {
    const el = await mount();
    const events: CostChangeDetail[] = [];
    el.addEventListener('digi-cost-change', (event) => events.push((event as CustomEvent<CostChangeDetail>).detail));
    await userEvent.fill(field(el, 's3-devices'), '50');
    await settled(el);
    expect(events).toHaveLength(1);
    const detail = events[0]!;
    expect(detail.horizonYears).toBe(6);
    // 350 x 50 x 6/3 = 35,000
    expect(detail.scenarios.map((s) => [s.id, s.totalCents, s.rank])).toEqual([
      ['s1', 8_250_000, 2],
      ['s2', 13_680_000, 3],
      ['s3', 3_500_000, 1],
    ]);
    expect(detail.cheapestId).toBe('s3');
    expect(detail.parent).toMatchObject({ scenarioId: 's3', neededFeeCents: 11_667, feePosition: 'within' });
    expect(detail.envelope.perStaffCents).toBe(62_800);
    expect(detail.errors).toEqual([]);
    expect(el.result).toEqual(detail);

    await userEvent.fill(field(el, 's3-devices'), '-1');
    await settled(el);
    expect(events.at(-1)!.errors).toEqual([{ field: 's3-devices', code: 'negative' }]);
    expect(events.at(-1)!.excludedScenarioIds).toEqual(['s3']);
  });

  it('downloads a CSV with a header row, one row per scenario, and Belgian separators', async () => {
    const el = await mount();
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((value) => {
      blob = value as Blob;
      return 'blob:test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    buttonNamed(el, 'Download als CSV').click();
    expect(click).toHaveBeenCalledOnce();
    const anchor = click.mock.contexts[0] as HTMLAnchorElement;
    expect(anchor.download).toBe('kosten-digitale-toestellen.csv');
    expect(blob!.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
    const lines = (await blob!.text()).replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Scenario;Aanschaf;Prijs per toestel of leaseprijs per maand (EUR);Aantal toestellen;Levensduur (jaar);Leerlingen per toestel;Verdeelde kost over 6 jaar (EUR);Per jaar (EUR);Per toestel per jaar (EUR);Per leerling per jaar (EUR);Verschil met het goedkoopste (EUR);Aanschaf of lease (EUR);Jaarlijkse kosten (EUR);Eenmalige kosten (EUR);Restwaarde (EUR);' +
        'Wat de school betaalt over 6 jaar (EUR);Betaald in jaar 1 (EUR);Betaald in jaar 2 (EUR);Betaald in jaar 3 (EUR);Betaald in jaar 4 (EUR);Betaald in jaar 5 (EUR);Betaald in jaar 6 (EUR)',
    );
    expect(lines[1]).toBe(
      'Nieuw kopen;Nieuw kopen;550,00;100;4;1;82500,00;13750,00;137,50;137,50;12500,00;82500,00;0,00;0,00;0,00;110000,00;55000,00;0,00;0,00;0,00;55000,00;0,00',
    );
    expect(lines[2]).toBe(
      'Leasen;Leasen;19,00;100;3;1;136800,00;22800,00;228,00;228,00;66800,00;136800,00;0,00;0,00;0,00;136800,00;22800,00;22800,00;22800,00;22800,00;22800,00;22800,00',
    );
    expect(lines[3]).toBe(
      'Refurbished kopen;Refurbished kopen;350,00;100;3;1;70000,00;11666,67;116,67;116,67;0,00;70000,00;0,00;0,00;0,00;70000,00;35000,00;0,00;0,00;35000,00;0,00;0,00',
    );
    expect(lines).toHaveLength(5); // and a final line end
    expect($(el, '.status').textContent).toContain('gedownload');
  });

  it('copies the result as text, and says so when the clipboard refuses', async () => {
    const el = await mount();
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    buttonNamed(el, 'Kopieer het resultaat').click();
    await vi.waitFor(() => expect($(el, '.status--success')).toBeTruthy());
    const copied = write.mock.calls[0]![0];
    expect(copied).toContain('Kosten per scenario over 6 jaar, inclusief btw');
    expect(norm(copied)).toContain(`Leasen: verdeelde kost ${eur('nl-BE', 136_800, 2)}; de school betaalt ${eur('nl-BE', 136_800, 2)}`);
    expect(copied).toContain('Nodige bijdrage van ouders');

    write.mockRejectedValue(new Error('denied'));
    buttonNamed(el, 'Kopieer het resultaat').click();
    await vi.waitFor(() => expect($(el, '.status--danger').textContent).toContain('Kopiëren lukte niet'));
  });

  it('follows a lang change on an ancestor: fr-BE and English number formats, typed numbers keep their value', async () => {
    const el = await mount();
    await userEvent.fill(field(el, 's1-price'), '1.234,5');
    await settled(el);
    const wrapper = el.parentElement!;
    wrapper.setAttribute('lang', 'fr-BE');
    await vi.waitFor(() => expect(rows(el)[1]![1]).toBe(eur('fr-BE', 136_800)));
    expect(rows(el)[1]![1]).not.toBe(eur('nl-BE', 136_800));
    expect($(el, '[part="base"]').getAttribute('lang')).toBe('fr');
    expect(field(el, 's1-price').value).toBe('1234,50');

    wrapper.setAttribute('lang', 'en');
    await vi.waitFor(() => expect(field(el, 's1-price').value).toBe('1234.50'));
    // 1234.50 x 100 x 6/4 = 185,175
    expect(rows(el)[0]![1]).toBe(eur('en', 185_175));
  });

  it('works by keyboard alone: add, name, choose, remove and restore a scenario with focus kept in place', async () => {
    const el = await mount();
    const add = buttonNamed(el, 'Scenario toevoegen');
    add.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(shadow(el).activeElement?.id).toBe('s4-name'));
    expect($$(el, '[part="scenario"]')).toHaveLength(4);
    expect(document.getElementById('digi-announcer-polite')).toBeTruthy();

    await userEvent.keyboard('Laptopkar');
    await userEvent.tab();
    expect(shadow(el).activeElement?.getAttribute('name')).toBe('s4-acquisition');
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(shadow(el).querySelector('#s4 .card__title')!.textContent).toContain('Laptopkar');
    expect($(el, 'label[for="s4-monthly"]').textContent).toContain('Leaseprijs');

    const remove = $$<HTMLButtonElement>(el, 'button').find((b) => b.getAttribute('aria-label') === 'Verwijder dit scenario: Laptopkar')!;
    remove.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(shadow(el).activeElement?.textContent).toContain('Laptopkar terugzetten'));
    expect($$(el, '[part="scenario"]')).toHaveLength(3);
    await expectAccessible(el, 'after removing a scenario');

    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(shadow(el).activeElement?.id).toBe('s4-name'));
    expect(field(el, 's4-name').value).toBe('Laptopkar');
  });

  it('shows every control with a visible focus indicator', async () => {
    const el = await mount();
    const price = field(el, 's1-price');
    price.focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Tab}');
    const style = getComputedStyle(shadow(el).activeElement!);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it('reflows at 320 px: scenarios stack and nothing scrolls sideways', async () => {
    await page.viewport(320, 800);
    const el = await mount();
    const cards = $$(el, '[part="scenario"]');
    expect(new Set(cards.map((card) => Math.round(card.getBoundingClientRect().left))).size).toBe(1);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    expect($(el, 'svg.chart').getBoundingClientRect().right).toBeLessThanOrEqual(320);
    await expectAccessible(el, 'at 320 px');
  });

  it('reads a JSON child: applies valid settings, names invalid ones in the widget and the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(html`<digi-cost-calculator staff-count="40">
      <script type="application/json">
        { "digiplanPerStaff": 700, "feeBand": { "max": "veel" }, "reference": { "buy": { "price": 529, "source": { "label": "Referentieprijzen 2025", "url": "https://example.org/prijzen" } } } }
      </script>
    </digi-cost-calculator>`);
    // 40 x 700 = 28,000
    expect(text(el, '[part="envelope"]')).toContain(eur('nl-BE', 28_000));
    expect(field(el, 's1-price').value).toBe('529');
    const issues = text(el, '.issues');
    expect(issues).toContain('feeBand.max');
    expect(issues).toContain('verwacht een getal van 0 tot 100.000');
    expect(warn.mock.calls.map((call) => String(call[0])).join('\n')).toContain('config feeBand.max: expected a number from 0 to 100000');
    const link = $$<HTMLAnchorElement>(el, '[part="sources"] a').find((a) => a.textContent === 'Referentieprijzen 2025');
    expect(link?.href).toBe('https://example.org/prijzen');
    expect($(el, '[part="sources"]').textContent).toContain('Ingesteld door de website');
    await expectAccessible(el, 'with configuration issues');
  });

  it('reports JSON it cannot parse and still applies the config property', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(html`<digi-cost-calculator .config=${'{"feeBand": {"max": 120}}'}>
      <script type="application/json">{ "digiplanPerStaff": 700, }</script>
    </digi-cost-calculator>`);
    expect(text(el, '.issues')).toContain('<script type="application/json">: dit is geen geldige JSON');
    expect(text(el, '[part="sources"]')).toContain(`Jaarlijkse bijdrage van ouders die het Rekenhof vond: ${eur('nl-BE', 0)} tot ${eur('nl-BE', 120)} per leerling`);
    expect(text(el, '[part="sources"]')).toContain(`Digiplan thema 1: ${eur('nl-BE', 628)} per lid van het onderwijzend personeel (indicatief)`);
    expect(rows(el)).toHaveLength(3);
  });

  it('takes initial values from attributes and reports an invalid one on its field', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(html`<digi-cost-calculator horizon-years="4" pupil-count="veel" school-level="primary" vat="excl" heading-level="3"></digi-cost-calculator>`);
    expect(field(el, 'horizon').value).toBe('4');
    // 550 x 1.21 x 100 x 4/4 = 66,550
    expect(rows(el)[0]![1]).toBe(eur('nl-BE', 66_550));
    expect(field(el, 'pupils').value).toBe('veel');
    expect(errorOf(el, 'pupils')).toContain('Dit is geen getal');
    expect($(el, '.issues').textContent).toContain('pupil-count="veel"');
    expect(warn).toHaveBeenCalled();
    expect($(el, '[role="heading"]').getAttribute('aria-level')).toBe('3');
    // Primary schools get shared devices from Digiplan, not one per child.
    expect($(el, '[part="envelope"]').textContent).toContain('Geen individuele laptops in het basisonderwijs');
  });

  it('keeps the calculation in the URL fragment when share-url is set, and reads it back', async () => {
    history.replaceState(null, '', '#intro');
    const el = await mount(html`<digi-cost-calculator share-url="kosten"></digi-cost-calculator>`);
    await userEvent.fill(field(el, 's2-monthly'), '21,5');
    await userEvent.fill(field(el, 's3-devices'), 'dertig');
    await settled(el);
    expect(window.location.hash).toMatch(/^#intro&kosten=[\w-]+$/);

    const copy = await mount(html`<digi-cost-calculator share-url="kosten"></digi-cost-calculator>`);
    expect(field(copy, 's2-monthly').value).toBe('21,5');
    expect(field(copy, 's3-devices').value).toBe('dertig');
    expect(errorOf(copy, 's3-devices')).toContain('Dit is geen getal');

    history.replaceState(null, '', '#kosten=broken');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = await mount(html`<digi-cost-calculator share-url="kosten"></digi-cost-calculator>`);
    expect($(broken, '.issues').textContent).toContain('De gedeelde link is onvolledig');
    expect(field(broken, 's1-price').value).toBe('550');
    expect(warn).toHaveBeenCalled();
  });

  it('warns about a fee above the band and explains the rules, in every theme accessibly', async () => {
    const el = await mount(html`<digi-cost-calculator
      .config=${{ scenarios: [{ name: 'Dure lease', acquisition: 'lease', monthly: 25, devices: 30, lifetimeYears: 3 }], parent: { deposit: 200 } }}
    ></digi-cost-calculator>`);
    // 25 x 12 = EUR 300 per pupil per year, above EUR 150
    const parent = text(el, '[part="parent-contribution"]');
    expect(parent).toContain(eur('nl-BE', 300, 2));
    expect(parent).toContain('Hoger dan wat het Rekenhof vond');
    expect(parent).toContain('In een steekproef van secundaire scholen');
    expect(parent).toContain(`Een waarborg van ${eur('nl-BE', 200)} per jaar ligt hoger dan wat het Rekenhof vond.`);
    expect(parent).toContain('Commissie Zorgvuldig Bestuur');
    for (const theme of ['vlaanderen-dark', 'wai-not', 'klascement', 'oefen-dark']) {
      el.setAttribute('theme', theme);
      await el.updateComplete;
      await expectAccessible(el, `theme ${theme}`);
    }
  });

  it('in primary education asks no parent fee or deposit and shows what the school pays itself; the deposit typed for secondary is kept', async () => {
    const el = await mount(html`<digi-cost-calculator .config=${{ parent: { deposit: 39, otherFunds: 20 } }}></digi-cost-calculator>`);
    expect(field(el, 'deposit').value).toBe('39');
    $<HTMLInputElement>(el, 'input[name="level"][value="primary"]').click();
    await el.updateComplete;
    const parent = text(el, '[part="parent-contribution"]');
    expect(parent).toContain('De school mag ouders er geen bijdrage of waarborg voor vragen');
    // Refurbished, the cheapest: 116.67 - 20 = 96.67 per pupil per year, paid by the school.
    expect(parent).toContain(`Wat de school zelf betaalt, per leerling per jaar ${eur('nl-BE', 96.67, 2)}`);
    expect(parent).not.toContain('Nodige bijdrage');
    expect(parent).not.toContain('Ter vergelijking');
    expect(parent).not.toContain('In een steekproef');
    expect(field(el, 'deposit')).toBeNull();
    expect(el.result!.parent).toMatchObject({ feeAllowed: false, neededFeeCents: 0, remainingCents: 9_667 });
    await expectAccessible(el, 'primary education');
    $<HTMLInputElement>(el, 'input[name="level"][value="secondary"]').click();
    await el.updateComplete;
    expect(field(el, 'deposit').value).toBe('39');
  });

  it('shows what the school pays year by year beside the spread cost, and a fee within the sample as a neutral comparison', async () => {
    const el = await mount();
    const cash = [...shadow(el).querySelectorAll('table')].find((table) => table.caption?.textContent?.includes('Wat de school betaalt per jaar'))!;
    const cashRows = [...cash.querySelectorAll('tbody tr, tfoot tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => norm(cell.textContent)));
    expect(cashRows[0]).toEqual(['Jaar 1', `${eur('nl-BE', 55_000)} aankoop`, `${eur('nl-BE', 22_800)} nieuw leasecontract`, `${eur('nl-BE', 35_000)} aankoop`]);
    expect(cashRows[3]).toEqual(['Jaar 4', `${eur('nl-BE', 0, 2)} einde levensduur`, `${eur('nl-BE', 22_800)} nieuw leasecontract`, `${eur('nl-BE', 35_000)} aankoop van nieuwe toestellen`]);
    expect(cashRows[4]![1]).toBe(`${eur('nl-BE', 55_000)} aankoop van nieuwe toestellen`);
    expect(cashRows.at(-1)).toEqual(['Totaal', eur('nl-BE', 110_000), eur('nl-BE', 136_800), eur('nl-BE', 70_000)]);
    // A fee inside what the Court of Audit found is a comparison, never a green approval.
    expect($(el, '[part="parent-contribution"] .status--success')).toBeNull();
    expect(text(el, '[part="parent-contribution"]')).toContain('Ter vergelijking: wat het Rekenhof vond');
    expect(text(el, '[part="parent-contribution"]')).toContain('Dat is een vaststelling, geen norm.');
  });

  it('calls Digiplan an indicative concept note, counts teaching staff and dates the pupil count', async () => {
    const el = await mount(html`<digi-cost-calculator school-level="primary" staff-count="10"></digi-cost-calculator>`);
    const envelope = text(el, '[part="envelope"]');
    expect(envelope).toContain('Digiplan (conceptnota 2025): indicatief');
    expect(envelope).toContain('geen financieel of budgettair engagement');
    expect(envelope).toContain('Thema 1: digitale werkmiddelen voor het onderwijzend personeel');
    expect(envelope).toContain(`10 leden van het onderwijzend personeel × ${eur('nl-BE', 628)}`);
    expect(shadow(el).querySelector('label[for="staff"]')!.textContent).toContain('onderwijzend personeel');
    // EUR 70 million / 729,000 pupils of basisonderwijs (2017-2018) = about EUR 96
    expect(text(el, '[part="derived"]')).toContain(`voor 729.000 leerlingen (2017-2018) is ongeveer ${eur('nl-BE', 96)} per leerling`);
  });

  it('gives a period in years as "bijvoorbeeld 6" in its error', async () => {
    const el = await mount();
    await userEvent.fill(field(el, 'horizon'), 'zes');
    await settled(el);
    expect(errorOf(el, 'horizon')).toContain('bijvoorbeeld 6');
  });

  it('keeps the last result in view, marked out of date, while the horizon is empty, and sums up the errors at the top', async () => {
    const el = await mount();
    const before = rows(el);
    expect($(el, '[part="error-summary"]')).toBeNull();
    const horizon = field(el, 'horizon');
    await userEvent.clear(horizon);
    await userEvent.tab();
    await settled(el);

    // Not an empty panel: the last figures, said to be out of date, without copy or download.
    expect(rows(el)).toEqual(before);
    expect(text(el, '[part="result-outdated"]')).toContain('Niet bijgewerkt');
    expect(text(el, '[part="result-outdated"]')).toContain('vul eerst een geldige vergelijkingsperiode in');
    expect(text(el, '[part="results"] [role="heading"], [part="results"] h3')).toBe('Vorig resultaat, niet bijgewerkt');
    expect($(el, '[part="results"]').classList).toContain('results--outdated');
    expect($(el, '[part="actions"]')).toBeNull();
    expect(el.result!.scenarios).toHaveLength(0); // the event and the property tell the truth

    // The summary links to the field; following the link focuses it and leaves the page's URL alone.
    const links = $$<HTMLAnchorElement>(el, '[part="error-summary"] a');
    expect(links.map((link) => norm(link.textContent))).toEqual(['Vergelijk over: Vul dit veld in, bijvoorbeeld 6.']);
    horizon.blur();
    links[0]!.click();
    await el.updateComplete;
    expect(shadow(el).activeElement).toBe(horizon);
    expect(window.location.hash).toBe('');
    await expectAccessible(el, 'with an out-of-date result');

    // A scenario's error names the scenario; fixing every field clears the summary and updates the result.
    await userEvent.fill(field(el, 's2-devices'), 'twintig');
    await userEvent.tab();
    await settled(el);
    expect($$(el, '[part="error-summary"] a').map((link) => norm(link.textContent))).toEqual([
      'Vergelijk over: Vul dit veld in, bijvoorbeeld 6.',
      'Leasen, Aantal toestellen: Dit is geen getal. Typ alleen cijfers, bijvoorbeeld 25.',
    ]);
    await userEvent.fill(horizon, '3');
    await userEvent.fill(field(el, 's2-devices'), '100');
    await settled(el);
    expect($(el, '[part="error-summary"]')).toBeNull();
    expect($(el, '[part="result-outdated"]')).toBeNull();
    expect(rows(el)[0]![1]).toBe(eur('nl-BE', 41_250)); // 550 x 100 x 3/4
    expect($(el, '[part="actions"]')).toBeTruthy();
  });

  it('links an error in a closed section from the summary, and opens it', async () => {
    const el = await mount(html`<digi-cost-calculator .config=${{ scenarios: [{ price: 500, devices: 10, lifetimeYears: 4, insurance: -5 }] }}></digi-cost-calculator>`, false);
    const link = $$<HTMLAnchorElement>(el, '[part="error-summary"] a');
    expect(link.map((a) => norm(a.textContent))).toEqual(['Scenario 1, Verzekering: Een negatief getal kan hier niet. Typ 0 of meer.']);
    await userEvent.click($(el, '#s1-yearly-section summary')); // the person closes it again
    link[0]!.click();
    await el.updateComplete;
    expect(shadow(el).activeElement).toBe(field(el, 's1-insurance'));
  });

  it('shows the empty state without errors until fields are touched', async () => {
    const el = await mount(html`<digi-cost-calculator .config=${{ scenarios: [{}, {}, {}] }}></digi-cost-calculator>`, false);
    expect($$(el, '[aria-invalid="true"]')).toHaveLength(0);
    expect(text(el, '[part="result-summary"]')).toContain('Nog geen resultaat');
    expect($(el, '[part="table"]')).toBeNull();
    await expectAccessible(el, 'empty state');
  });
});
