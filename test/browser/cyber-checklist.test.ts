import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { page, userEvent } from 'vitest/browser';
import '../../src/components/cyber-checklist/define.js';
import type { ChecklistChangeDetail, DigiCyberChecklist } from '../../src/components/cyber-checklist/cyber-checklist.js';
import type { ChecklistState } from '../../src/components/cyber-checklist/state.js';
import { storageKey } from '../../src/components/cyber-checklist/storage.js';
import { exportDocument } from '../../src/components/cyber-checklist/transfer.js';
import { expectAccessible } from '../support/a11y.js';

type Checklist = DigiCyberChecklist;
const key = storageKey('digisprong-basis', '2026.2');
const shadow = (el: Checklist) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Checklist, selector: string) => shadow(el).querySelector<T>(selector)!;
const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const noteButton = (el: Checklist, measure: string) => $<HTMLButtonElement>(el, `#m-${measure} .note-add`);
const radio = (el: Checklist, measure: string, status: string) => $<HTMLInputElement>(el, `input[name="s-${measure}"][value="${status}"]`);
const saved = () => JSON.parse(localStorage.getItem(key) ?? 'null') as ChecklistState | null;

const buttonNamed = (el: Checklist, name: string) => [...shadow(el).querySelectorAll('button')].find((b) => norm(b.textContent) === name);

/**
 * The checklist, rendered. Its themes start closed but for the first one with
 * open measures (tested on its own); `openThemes` opens them all, as a person
 * does with "Alle thema’s openklappen", for tests about measures anywhere.
 */
async function mount(template = html`<digi-cyber-checklist></digi-cyber-checklist>`, lang = 'nl-BE', { openThemes = true } = {}): Promise<Checklist> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${template}</div>`);
  const el = wrapper.querySelector('digi-cyber-checklist')!;
  await vi.waitFor(() => expect(shadow(el).querySelector('.checklist, [role="alert"], .alert')).toBeTruthy());
  await el.updateComplete;
  if (openThemes && lang.startsWith('nl')) await openAllThemes(el);
  return el;
}

async function openAllThemes(el: Checklist): Promise<void> {
  buttonNamed(el, 'Alle thema’s openklappen')?.click();
  await el.updateComplete;
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('<digi-cyber-checklist>', () => {
  it('shows the built-in growth path with progress, level and next steps, accessibly', async () => {
    const el = await mount();
    expect(norm($(el, '.heading--0').textContent)).toBe('Cyberveiligheid en privacy op school: groeipad');
    expect(shadow(el).querySelectorAll('[part="measure"]').length).toBeGreaterThanOrEqual(30);
    expect(norm($(el, '.level').textContent)).toMatch(/^Basisniveau van deze checklist nog niet bereikt: 0 van \d+ basismaatregelen gedaan\.$/);
    expect(norm($(el, '[part="next-steps"] li').textContent)).toContain('Eén persoon is aanspreekpunt voor informatieveiligheid');
    await expectAccessible(el);
  });

  it('says under the title what the built-in content is, and sends Flemish schools to the VTC, French-speaking readers to the APD', async () => {
    const el = await mount();
    const source = $(el, '[part="source"]');
    expect(norm(source.textContent)).toMatch(/^Gebaseerd op publieke kaders; niet het officiële GRIP\. Bron: Actieplan Cybersecurity/);
    expect(source.previousElementSibling?.classList.contains('heading--0')).toBe(true);
    const dpo = $(el, '#m-dpo');
    expect(norm(dpo.textContent)).toContain('Meld de DPO bij de toezichthouder: Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens (VTC).');
    expect(norm(dpo.textContent)).not.toContain('Gegevensbeschermingsautoriteit');
    expect([...dpo.querySelectorAll('a')].map((link) => link.href)).toContain('https://www.vlaanderen.be/vlaamse-toezichtcommissie');

    el.parentElement!.remove();
    const fr = await mount(html`<digi-cyber-checklist></digi-cyber-checklist>`, 'fr-BE');
    await vi.waitFor(() => expect(norm($(fr, '.heading--0').textContent)).toBe('Cybersécurité et vie privée à l’école : parcours de progression'));
    expect(norm($(fr, '#m-dpo').textContent)).toContain('Autorité de protection des données (APD)');
  });

  it('leaves out a bad `authority` with a warning in the widget and the console, and loads the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const content = {
      id: 'eigen',
      version: '1',
      title: 'Onze lijst',
      source: { label: 'Schoolbestuur', status: 'Intern document.' },
      authority: { name: 'VTC', url: 'niet-een-adres' },
      themes: [{ id: 'a', title: 'A' }],
      measures: [{ id: 'm', theme: 'a', level: 'basic', title: 'Meld aan {authority}', why: 'W', how: 'H', links: [{ authority: true }] }],
    };
    const el = await mount(html`<digi-cyber-checklist .content=${content}></digi-cyber-checklist>`);
    expect(norm($(el, '[part="source"]').textContent)).toBe('Intern document. Bron: Schoolbestuur');
    const summary = norm($(el, '[part="summary"]').textContent);
    expect(summary).toContain('Een deel van de inhoud is niet gebruikt');
    expect(summary).toContain('authority.url');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('authority.url'));
    const measure = $(el, '[part="measure"]');
    expect(norm(measure.textContent)).toContain('Meld aan de bevoegde toezichthouder');
    expect(measure.querySelector('a[href="niet-een-adres"]')).toBeNull();
    await expectAccessible(el);
  });

  it('starts with only the first theme that has open measures open (and rendered); filters and the person decide from there', async () => {
    const el = await mount(undefined, 'nl-BE', { openThemes: false });
    const themes = () => [...shadow(el).querySelectorAll<HTMLElement>('[part="theme"]')];
    const isOpen = (theme: HTMLElement) => theme.querySelector<HTMLDetailsElement>(':scope > details')!.open;
    const renderedThemes = () => [...new Set([...shadow(el).querySelectorAll('[part="measure"]')].map((m) => m.closest('[part="theme"]')))];
    expect(themes().length).toBeGreaterThanOrEqual(6);
    expect(themes().map(isOpen)).toEqual([true, ...Array(themes().length - 1).fill(false)]);
    // Closed themes render no cards at all: the page is short, and the first render does less.
    expect(renderedThemes()).toEqual([themes()[0]]);
    expect(norm(themes()[1]!.querySelector(':scope > details > summary')!.textContent)).toMatch(/^Toon de maatregelen \(\d+\)$/);
    expect(buttonNamed(el, 'Alle thema’s openklappen')).toBeTruthy();

    // With the first theme done, a reload opens the next one with work left.
    const firstTheme = themes()[0]!;
    for (const group of firstTheme.querySelectorAll('[role="radiogroup"], fieldset')) {
      group.querySelector<HTMLInputElement>('input[value="done"]')?.click();
      await el.updateComplete;
    }
    el.parentElement!.remove();
    const again = await mount(undefined, 'nl-BE', { openThemes: false });
    const againThemes = [...shadow(again).querySelectorAll<HTMLElement>('[part="theme"]')];
    expect(againThemes.map((theme) => theme.querySelector<HTMLDetailsElement>(':scope > details')!.open)).toEqual([false, true, ...Array(againThemes.length - 2).fill(false)]);

    // Choosing a theme in the filter opens it; a status filter opens them all.
    const select = (id: string, value: string) => {
      const field = $<HTMLSelectElement>(again, `#${id}`);
      field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const third = againThemes[2]!.getAttribute('aria-labelledby')!.slice(2);
    select('filter-theme', third);
    await again.updateComplete;
    expect(shadow(again).querySelector<HTMLDetailsElement>('[part="theme"] > details')!.open).toBe(true);
    select('filter-theme', 'all');
    await again.updateComplete;
    select('filter-status', 'todo');
    await again.updateComplete;
    expect([...shadow(again).querySelectorAll<HTMLDetailsElement>('[part="theme"] > details')].map((d) => d.open)).toEqual(againThemes.map(() => true));

    // Once the person closes a theme, new answers (another tab, say) do not reopen or close any.
    select('filter-status', 'all');
    await again.updateComplete;
    const summary = shadow(again).querySelector<HTMLElement>('[part="theme"] > details > summary')!;
    summary.click();
    await again.updateComplete;
    await vi.waitFor(() => expect(shadow(again).querySelector<HTMLDetailsElement>('[part="theme"] > details')!.open).toBe(false));
    again.state = { ...again.state!, school: 'De Klimop' };
    await again.updateComplete;
    expect(shadow(again).querySelector<HTMLDetailsElement>('[part="theme"] > details')!.open).toBe(false);
    expect([...shadow(again).querySelectorAll<HTMLDetailsElement>('[part="theme"] > details')].slice(1).every((d) => d.open)).toBe(true);
  });

  it('changes a status by keyboard, saves it, and a reload keeps everything', async () => {
    const el = await mount();
    const events: ChecklistChangeDetail[] = [];
    el.addEventListener('digi-checklist-change', (event) => events.push(event.detail));
    radio(el, 'mfa-staff', 'todo').focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(radio(el, 'mfa-staff', 'doing').checked).toBe(true);
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(saved()?.answers['mfa-staff']?.status).toBe('done');
    expect(events.at(-1)).toMatchObject({ savedLocally: true, level: 'none' });
    // The note field waits behind "Notitie toevoegen", which hands the focus to it.
    expect(el.shadowRoot!.querySelector('#n-mfa-staff')).toBeNull();
    const addNote = noteButton(el, 'mfa-staff');
    expect(addNote.textContent!.trim()).toBe('Notitie toevoegen');
    expect(addNote.getAttribute('aria-label')).toMatch(/^Notitie toevoegen bij: \S/);
    await userEvent.click(addNote);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).toBe($(el, '#n-mfa-staff'));
    await userEvent.fill($<HTMLTextAreaElement>(el, '#n-mfa-staff'), 'Authenticator-app voor iedereen');
    $<HTMLTextAreaElement>(el, '#n-mfa-staff').dispatchEvent(new Event('change'));
    await el.updateComplete;

    el.remove();
    const again = await mount();
    expect(radio(again, 'mfa-staff', 'done').checked).toBe(true);
    expect($<HTMLTextAreaElement>(again, '#n-mfa-staff').value).toBe('Authenticator-app voor iedereen');
    // A measure with a note shows it at once; one without keeps its button.
    expect(again.shadowRoot!.querySelector('#m-mfa-staff .note-add')).toBeNull();
    expect(noteButton(again, 'mfa-admin')).toBeTruthy();
    expect(norm($(again, '[part="summary"] .progress__value').textContent)).toMatch(/^2% \(1 van \d+ maatregelen gedaan\)$/);
  });

  it('recovers from unreadable saved answers: says so, sets them aside, starts empty and saves again', async () => {
    localStorage.setItem(key, '{"checklist": "digisprong-basis", "answers": [');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount();
    expect(norm($(el, '[part~="storage"]').textContent)).toContain('waren onleesbaar');
    expect(Object.keys(localStorage).some((name) => name.startsWith(`${key}:unreadable:`))).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be read'));
    radio(el, 'dpo', 'done').click();
    await el.updateComplete;
    expect(saved()?.answers.dpo?.status).toBe('done');
  });

  it('keeps working when the storage is full: says saving is not possible, keeps the answer, offers export', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    radio(el, 'dpo', 'doing').click();
    await el.updateComplete;
    expect(radio(el, 'dpo', 'doing').checked).toBe(true);
    expect(el.state?.answers.dpo?.status).toBe('doing');
    expect(norm($(el, '[part~="storage"]').textContent)).toContain('De opslag van deze browser is vol');
    expect([...shadow(el).querySelectorAll('button')].some((b) => norm(b.textContent) === 'Exporteer de antwoorden')).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('(quota)'));
  });

  it('takes newer answers saved in another tab, and says so', async () => {
    const el = await mount();
    const theirs: ChecklistState = { ...el.state!, answers: { dpo: { status: 'done', note: 'Via de koepel', title: 'DPO', changed: '2030-01-01T00:00:00.000Z' } }, saved: '2030-01-01T00:00:00.000Z' };
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: JSON.stringify(theirs), storageArea: localStorage }));
    await el.updateComplete;
    expect(radio(el, 'dpo', 'done').checked).toBe(true);
    expect(norm($(el, '.notice').textContent)).toBe('De antwoorden zijn bijgewerkt met wat in een ander venster werd ingevuld.');
  });

  it('ignores a change under the same key in another storage area (sessionStorage)', async () => {
    const el = await mount();
    const theirs: ChecklistState = { ...el.state!, answers: { dpo: { status: 'done', note: '', title: 'DPO', changed: '2030-01-01T00:00:00.000Z' } }, saved: '2030-01-01T00:00:00.000Z' };
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: JSON.stringify(theirs), storageArea: sessionStorage }));
    await el.updateComplete;
    expect(radio(el, 'dpo', 'done').checked).toBe(false);
    expect(shadow(el).querySelector('.notice')).toBeNull();
  });

  it('shows each measure\'s status legend as "Status" with the measure named for screen readers, and its level tag in one place at every width', async () => {
    const el = await mount();
    const first = $(el, '[part="measure"]');
    const legend = first.querySelector('legend')!;
    expect(legend.querySelector('.visually-hidden')!.textContent).toBe('van: Eén persoon is aanspreekpunt voor informatieveiligheid');
    expect(norm(legend.textContent)).toBe('Status van: Eén persoon is aanspreekpunt voor informatieveiligheid');
    for (const width of [1280, 320]) {
      await page.viewport(width, 900);
      await el.updateComplete;
      for (const measure of shadow(el).querySelectorAll('[part="measure"]')) {
        const title = measure.querySelector('.measure__head [role="heading"]')!.getBoundingClientRect();
        const tag = measure.querySelector('.measure__head .tag')!.getBoundingClientRect();
        // Beside the title, at its top: never wrapped below it.
        expect(Math.abs(tag.top - title.top), `${width}px: ${measure.id}`).toBeLessThanOrEqual(4);
        expect(tag.left, `${width}px: ${measure.id}`).toBeGreaterThanOrEqual(title.right);
      }
    }
    await page.viewport(1280, 900);
  });

  it('prints a report with the date, the school, every status and the notes', async () => {
    const el = await mount();
    await userEvent.fill($<HTMLInputElement>(el, '#school'), 'Basisschool De Klimop');
    $<HTMLInputElement>(el, '#school').dispatchEvent(new Event('change'));
    radio(el, 'backup-321', 'done').click();
    await el.updateComplete;
    noteButton(el, 'backup-321').click();
    await el.updateComplete;
    await userEvent.fill($<HTMLTextAreaElement>(el, '#n-backup-321'), 'Wekelijks naar een losgekoppelde schijf');
    $<HTMLTextAreaElement>(el, '#n-backup-321').dispatchEvent(new Event('change'));
    el.view = 'report';
    await el.updateComplete;
    const report = $(el, '[part="report"]');
    expect(getComputedStyle(report).display).not.toBe('none');
    expect(getComputedStyle($(el, '.checklist')).display).toBe('none');
    expect(norm(report.textContent)).toContain('Basisschool De Klimop');
    expect(norm(report.textContent)).toContain(`Rapport van ${new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long' }).format(new Date())}`);
    const row = [...report.querySelectorAll('tr')].find((tr) => tr.textContent?.includes('3-2-1'))!;
    expect([...row.children].map((cell) => norm(cell.textContent))).toEqual(['Back-ups volgens 3-2-1 met één kopie offline', 'Basis', 'Gedaan', 'Wekelijks naar een losgekoppelde schijf']);
    await expectAccessible(el);
  });

  it('at 320 px the report keeps every word whole: its tables scroll in their region, with the same column widths in each', async () => {
    const el = await mount();
    el.view = 'report';
    await page.viewport(320, 800);
    await el.updateComplete;
    const tables = [...shadow(el).querySelectorAll<HTMLTableElement>('.report-table')];
    expect(tables.length).toBeGreaterThan(3);
    /** Words drawn on more than one line (broken mid-word). */
    const broken = (cell: Element) =>
      (cell.textContent ?? '').split(/\s+/).filter(Boolean).filter((word) => {
        const text = [...cell.querySelectorAll('*'), cell].flatMap((node) => [...node.childNodes]).find((node) => node.nodeType === 3 && node.textContent!.includes(word));
        if (!text) return false;
        const range = document.createRange();
        const start = text.textContent!.indexOf(word);
        range.setStart(text, start);
        range.setEnd(text, start + word.length);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
      });
    for (const table of tables) {
      for (const cell of table.querySelectorAll('thead th, tbody td:nth-child(2), tbody td:nth-child(3)')) expect(broken(cell), norm(cell.textContent)).toEqual([]);
      expect(table.closest('.table-wrap')!.getAttribute('role')).toBe('region');
    }
    const widths = (table: HTMLTableElement) => [...table.querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().width));
    for (const table of tables) expect(widths(table)).toEqual(widths(tables[0]!));
    await page.viewport(1280, 900);
  });

  it('keeps the answers when the page language changes', async () => {
    const el = await mount();
    radio(el, 'firewall', 'na').click();
    await el.updateComplete;
    el.parentElement!.lang = 'fr-BE';
    await vi.waitFor(() => expect(norm($(el, '.heading--0').textContent)).toBe('Cybersécurité et vie privée à l’école : parcours de progression'));
    expect(radio(el, 'firewall', 'na').checked).toBe(true);
    expect(norm(shadow(el).querySelector(`label[for="${radio(el, 'firewall', 'na').id}"]`)?.textContent)).toBe('Pas d’application');
  });

  it('shows what an import changes, and applies it only when asked', async () => {
    const el = await mount();
    const incoming: ChecklistState = { ...el.state!, school: 'Sint-Jozef', answers: { 'mfa-admin': { status: 'done', note: '', title: 'x', changed: '2026-01-01T00:00:00.000Z' } } };
    const file = new File([JSON.stringify(exportDocument(incoming, '2026-01-02T00:00:00.000Z'))], 'antwoorden.json', { type: 'application/json' });
    const input = $<HTMLInputElement>(el, '#import-file');
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect($(el, '#import-result')).toBeTruthy());
    expect(norm($(el, '#import-result').textContent)).toContain('Beheerdersaccounts hebben altijd meervoudige verificatie: Nog niet gestart → Gedaan');
    expect(radio(el, 'mfa-admin', 'done').checked).toBe(false);
    [...shadow(el).querySelectorAll('button')].find((b) => norm(b.textContent) === 'Overnemen')!.click();
    await el.updateComplete;
    expect(radio(el, 'mfa-admin', 'done').checked).toBe(true);
    expect(el.state?.school).toBe('Sint-Jozef');
  });

  it('names the field of invalid content in the widget and the console', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mount(html`<digi-cyber-checklist .content=${{ id: 'x', version: '1', title: 'X', themes: [{ id: 'a', title: 'A' }], measures: [{ id: 'm', theme: 'b', level: 'basic', title: 'M', why: 'W', how: 'H' }] }}></digi-cyber-checklist>`);
    expect(norm(shadow(el).textContent)).toContain('measures.0.theme');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('measures.0.theme'));
  });

  it('reports a `state` property that is not a state, and keeps the answers shown', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mount();
    radio(el, 'mfa-staff', 'done').click();
    await el.updateComplete;
    el.state = { a: { areas: [1] } } as unknown as ChecklistState;
    await el.updateComplete;
    expect(norm($(el, '[part="summary"]').textContent)).toContain('De meegegeven antwoorden zijn niet gebruikt');
    expect(norm($(el, '[part="summary"]').textContent)).toContain('answers');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('`state` property is not a valid checklist state'));
    expect(radio(el, 'mfa-staff', 'done').checked).toBe(true);
    expect(saved()?.answers['mfa-staff']?.status).toBe('done');
    await expectAccessible(el);

    el.state = { ...el.state!, school: 'Sint-Jozef' };
    await el.updateComplete;
    expect(norm($(el, '[part="summary"]').textContent)).not.toContain('De meegegeven antwoorden zijn niet gebruikt');
    expect(el.state?.school).toBe('Sint-Jozef');
  });

  it('uses a `state` the host sets before the widget has rendered (or loaded its code)', async () => {
    const first = await mount();
    radio(first, 'restore-test', 'doing').click();
    await first.updateComplete;
    const stored: ChecklistState = { ...first.state!, school: 'De Klimop' };
    first.remove();
    localStorage.clear();

    const el = document.createElement('digi-cyber-checklist');
    el.state = stored;
    const events: ChecklistChangeDetail[] = [];
    el.addEventListener('digi-checklist-change', (event) => events.push(event.detail));
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl-BE"></div>`);
    wrapper.append(el);
    await vi.waitFor(() => expect(shadow(el).querySelector('.checklist')).toBeTruthy());
    await el.updateComplete;
    await openAllThemes(el);
    expect(radio(el, 'restore-test', 'doing').checked).toBe(true);
    expect($<HTMLInputElement>(el, '#school').value).toBe('De Klimop');
    expect(el.state?.school).toBe('De Klimop');
    expect(events).toEqual([]);
  });

  it('loads content from src, and offers to try again when it cannot', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const own = { id: 'school-eigen', version: '1', lang: 'nl-BE', title: 'Onze eigen lijst', themes: [{ id: 'toegang', title: 'Toegang' }], measures: [{ id: 'mfa', theme: 'toegang', level: 'basic', title: 'MFA voor iedereen', why: 'Omdat.', how: 'Zo.' }] };
    const fetch = vi.spyOn(window, 'fetch').mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue(new Response(JSON.stringify(own), { headers: { 'Content-Type': 'application/json' } }));
    const el = await mount(html`<digi-cyber-checklist src="/checklists/eigen.json"></digi-cyber-checklist>`);
    await vi.waitFor(() => expect(norm(shadow(el).textContent)).toContain('kon niet geladen worden'));
    expect(error).toHaveBeenCalledWith(expect.stringContaining('src="/checklists/eigen.json"'), expect.anything());
    [...shadow(el).querySelectorAll('button')].find((b) => norm(b.textContent) === 'Opnieuw proberen')!.click();
    await vi.waitFor(() => expect(norm($(el, '.heading--0').textContent)).toBe('Onze eigen lijst'));
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(shadow(el).querySelectorAll('[part="measure"]')).toHaveLength(1);
  });
});

