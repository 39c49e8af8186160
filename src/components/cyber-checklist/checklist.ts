/**
 * Everything `<digi-cyber-checklist>` does once it runs: reading and checking
 * the content, the answers and where they are saved, export and import, and
 * what the widget shows. A controller the element loads lazily, at the same
 * time as the content (nothing can be shown before the content is there), so
 * the widget's first download stays small. Its styles come along
 * (`checklistSheets`) and the element adopts them.
 */
import { html, isServer, nothing, type CSSResult, type TemplateResult } from 'lit';
import { formatProblems, parseJson, validate, type DataProblem } from '../../core/data-input.js';
import { describeFetchFailure, fetchJson } from '../../core/fetch-json.js';
import { downloadBlob } from '../../core/download.js';
import { msg, str } from '../../i18n/localize.js';
import type { Locale } from '../../i18n/locales.js';
import { alert } from '../../primitives/alert.js';
import { announce } from '../../primitives/announcer.js';
import { button, buttonStyles } from '../../primitives/button.js';
import { choiceGroupStyles, radioGroup } from '../../primitives/choice-group.js';
import { disclosure, disclosureStyles } from '../../primitives/disclosure.js';
import { fieldStyles, selectField, textArea, textField } from '../../primitives/field.js';
import { heading, levelBelow, type HeadingLevel } from '../../primitives/heading.js';
import { progressBar, progressStyles } from '../../primitives/progress.js';
import { dataTable, tableStyles } from '../../primitives/table.js';
import { builtInContentModules, usesBuiltIn, type ContentInput } from './built-in.js';
import { parseContent, type ChecklistContent, type Level, type Measure, type Theme } from './content.js';
import { cyberChecklistStyles } from './cyber-checklist.styles.js';
import {
  emptyState,
  migrate,
  nextSteps,
  stateSchema,
  statusOf,
  statuses,
  summarise,
  withAnswer,
  withSchool,
  type ChecklistState,
  type Status,
  type Summary,
} from './state.js';
import { loadState, reconcile, saveState, storageKey, type StorageLike, type StorageProblem } from './storage.js';
import type { ImportPreview } from './transfer.js';

/** The detail of `digi-checklist-change`. */
export interface ChecklistChangeDetail {
  /** The whole state: store it and give it back through the `state` property. */
  readonly state: ChecklistState;
  /** Done of the applicable measures, in whole percent. */
  readonly percent: number;
  readonly level: Summary['level'];
  /** Whether the browser could keep it (false: storage off, unavailable or full). */
  readonly savedLocally: boolean;
}

/** What the checklist needs from its element. */
export interface ChecklistHost {
  /** Tag name, for console messages. */
  readonly localName: string;
  input(): ContentInput;
  locale(): Locale;
  /** BCP 47 tag for Intl formatters. */
  intlLocale(): string;
  /** The `storage` property: `none` when the host stores the answers itself. */
  storage(): 'local' | 'none';
  /** The `storageArea` property (undefined: the browser's localStorage). */
  storageArea(): StorageLike | null | undefined;
  /** Heading level of the widget's title (`headingLevelOf(heading-level)`). */
  headingLevel(): HeadingLevel;
  requestUpdate(): void;
  /** Resolves after the pending render. */
  whenUpdated(): Promise<unknown>;
  root(): HTMLElement | DocumentFragment;
  /** Runs `translate` in the element's locale (for texts outside a render). */
  localize<T>(translate: () => T): T;
  /** The person changed the answers. */
  changed(detail: ChecklistChangeDetail): void;
}

/** The styles of what the checklist renders, for the element to adopt once this module has loaded. */
export const checklistSheets: CSSResult[] = [buttonStyles, fieldStyles, choiceGroupStyles, disclosureStyles, progressStyles, tableStyles, cyberChecklistStyles];

/** Data problems for the web team, in English as the console has them. */
const problemList = (problems: readonly DataProblem[]) =>
  html`<ul>
    ${problems.map((problem) => html`<li><code>${problem.path || '–'}</code>: <span lang="en">${problem.message}</span></li>`)}
  </ul>`;

/** The built-in content per locale once loaded, shared by every checklist on the page; the locales that failed, with why. */
const builtInContent = new Map<Locale, ChecklistContent>();
const builtInFailed = new Map<Locale, string>();
const builtInLoading = new Map<Locale, Promise<void>>();

/**
 * Loads the built-in content for `locale` (once, however many checklists ask).
 * Never rejects: a failure is remembered and shown with a "try again" button.
 */
export function loadBuiltInContent(locale: Locale, tag = 'digi-cyber-checklist'): Promise<void> {
  let loading = builtInLoading.get(locale);
  if (!loading) {
    loading = builtInContentModules[locale]()
      .then((module) => {
        const parsed = parseContent(module.default);
        if (!parsed.ok) throw new Error(formatProblems(parsed.problems));
        builtInContent.set(locale, parsed.value);
      })
      .catch((error: unknown) => {
        console.error(`[digi-widgets] <${tag}>: the built-in checklist (${locale}) could not be loaded.`, error);
        builtInFailed.set(locale, String(error));
      })
      .finally(() => builtInLoading.delete(locale));
    builtInLoading.set(locale, loading);
  }
  return loading;
}

type Filter = 'all' | string;
type ContentError = { kind: 'invalid'; problems: readonly DataProblem[] } | { kind: 'load'; detail: string };

/** What the checklist shows; every change goes through `set`, which asks the element for a render. */
interface View {
  checklist?: ChecklistContent;
  contentError?: ContentError;
  answers?: ChecklistState;
  storageProblem?: StorageProblem;
  notice?: string;
  archivedNotice: number;
  filters: { theme: Filter; level: Filter; status: Filter };
  collapsed: Set<string>;
  preview?: ImportPreview;
  importProblem?: string;
  hostStateProblems?: readonly DataProblem[];
  /** Problems in parts of the content that were left out, so the rest could load (a bad `authority`). */
  contentWarnings?: readonly DataProblem[];
}

/**
 * The checklist behind `<digi-cyber-checklist>`: the element keeps its public
 * API and hands the rest to this class once its code has loaded.
 */
export class Checklist {
  private view: View = {
    archivedNotice: 0,
    filters: { theme: 'all', level: 'all', status: 'all' },
    collapsed: new Set(),
  };

  private hostState?: ChecklistState;
  private source = '';
  private lastLevel?: Summary['level'];
  /** The content must be resolved again at the next update ("try again"). */
  private stale = true;

  constructor(private readonly host: ChecklistHost) {}

  private set(patch: Partial<View>): void {
    Object.assign(this.view, patch);
    this.host.requestUpdate();
  }

  /** The answers shown; undefined until there is content. */
  get state(): ChecklistState | undefined {
    return this.view.answers;
  }

  /** Answers the host stored (the element's `state` property): validated, then migrated to the content shown. */
  setHostState(value: unknown): void {
    // Host data is untrusted: a state that is not one is reported and ignored, so the answers shown stay.
    const checked = value === undefined || value === null ? undefined : validate(stateSchema, value);
    if (checked && !checked.ok) {
      this.set({ hostStateProblems: checked.problems });
      console.error(`[digi-widgets] <${this.host.localName}>: the \`state\` property is not a valid checklist state and was not used:\n${formatProblems(checked.problems)}`);
      return;
    }
    this.set({ hostStateProblems: undefined });
    this.hostState = checked?.value;
    if (this.view.checklist && this.hostState) this.adopt(this.hostState);
  }

  /** The built-in content in the page's language, before the render (no flash of another language). */
  loadBeforeUpdate(): Promise<unknown> | undefined {
    const locale = this.host.locale();
    if (!usesBuiltIn(this.host.input()) || builtInContent.has(locale)) return undefined;
    if (builtInFailed.has(locale)) {
      if (!this.view.contentError) this.set({ contentError: { kind: 'load', detail: builtInFailed.get(locale)! } });
      return undefined;
    }
    return loadBuiltInContent(locale, this.host.localName);
  }

  /** Before each render: `sourceChanged` when the content's source or the locale changed. */
  willUpdate(sourceChanged: boolean): void {
    if (!sourceChanged && !this.stale) return;
    this.stale = false;
    this.resolveContent();
  }

  /** A heading `depth` steps below the widget's title. */
  private heading(text: string, depth: 0 | 1 | 2, id?: string): TemplateResult {
    return heading(text, { level: this.host.headingLevel(), depth, id });
  }

  /** The level of an alert's title inside a section. */
  private get alertLevel(): HeadingLevel {
    return levelBelow(this.host.headingLevel(), 2);
  }

  // ---- content ----

  private resolveContent(): void {
    const { content: given, child, src } = this.host.input();
    if (given !== undefined) return this.useContent(given, 'content');
    if (child) {
      const parsed = parseJson(child.textContent ?? '');
      return parsed.ok ? this.useContent(parsed.value, 'script') : this.failContent(parsed.problems);
    }
    if (src) {
      if (this.source !== `src:${src}`) void this.fetchContent(src);
      return;
    }
    const content = builtInContent.get(this.host.locale());
    if (content) this.setContent(content);
  }

  private useContent(input: unknown, origin: string): void {
    const value = typeof input === 'string' ? parseJson(input) : { ok: true as const, value: input };
    if (!value.ok) return this.failContent(value.problems);
    const authorityFallback = this.host.localize(() => msg('de bevoegde toezichthouder'));
    const parsed = parseContent(value.value, { authorityFallback });
    if (!parsed.ok) return this.failContent(parsed.problems);
    this.source = origin;
    if (parsed.warnings.length) {
      console.warn(`[digi-widgets] <${this.host.localName}>: part of the checklist content is not valid and was ignored; the rest is shown:\n${formatProblems(parsed.warnings)}`);
    }
    this.setContent(parsed.value, parsed.warnings);
  }

  private async fetchContent(url: string): Promise<void> {
    this.source = `src:${url}`;
    try {
      // At most 5 MB of JSON within 15 s (core/fetch-json.ts); text that is not JSON is invalid content, as before.
      const result = await fetchJson(url, { credentials: 'same-origin' });
      if (this.source !== `src:${url}`) return;
      if (result.ok) return this.useContent(result.data, `src:${url}`);
      if (result.failure.kind === 'json') return this.failContent([{ path: '', message: `Not valid JSON: ${result.failure.detail}` }]);
      throw new Error(describeFetchFailure(result.failure));
    } catch (error) {
      if (this.source !== `src:${url}`) return;
      console.error(`[digi-widgets] <${this.host.localName}> src="${url}": the content could not be loaded.`, error);
      this.set({ contentError: { kind: 'load', detail: String(error) } });
    }
  }

  private failContent(problems: readonly DataProblem[]): void {
    console.error(`[digi-widgets] <${this.host.localName}>: the checklist content is not valid:\n${formatProblems(problems)}`);
    this.set({ contentError: { kind: 'invalid', problems } });
  }

  /** New content: the answers for it, from the host, this browser, or fresh; migrated when the version changed. */
  private setContent(content: ChecklistContent, warnings: readonly DataProblem[] = []): void {
    const sameChecklist = this.view.checklist?.id === content.id && this.view.checklist.version === content.version;
    this.set({ contentError: undefined, checklist: content, contentWarnings: warnings.length ? warnings : undefined });
    if (sameChecklist && this.view.answers) return;
    const now = new Date().toISOString();
    if (this.hostState) return this.adopt(this.hostState);
    // The server has no saved answers: the browser reads them when it takes over.
    if (this.host.storage() === 'none' || isServer) {
      this.set({ answers: emptyState(content, now) });
      return;
    }
    const loaded = loadState(this.localStorage(), content, now);
    this.set({ answers: loaded.state, storageProblem: loaded.problem, archivedNotice: loaded.archivedNow.length });
    if (loaded.problem === 'corrupt') {
      console.warn(`[digi-widgets] <${this.host.localName}>: the saved answers could not be read; they were kept under "${loaded.setAsideKey}" and the checklist starts empty.`);
    }
    if (loaded.origin === 'migrated') this.save(loaded.state);
    this.lastLevel = summarise(content, loaded.state).level;
  }

  /** Answers from the host (the `state` property) or an import, migrated to the content shown. */
  private adopt(value: ChecklistState): void {
    const content = this.view.checklist!;
    const { state: migrated, archivedNow } = migrate(value, content, new Date().toISOString());
    this.set({ answers: migrated, archivedNotice: archivedNow.length });
    this.lastLevel = summarise(content, migrated).level;
  }

  // ---- saving ----

  private localStorage(): StorageLike | undefined {
    const area = this.host.storageArea();
    if (area !== undefined) return area ?? undefined;
    try {
      return window.localStorage ?? undefined;
    } catch {
      // Reading localStorage itself throws where storage is blocked.
      return undefined;
    }
  }

  private save(next: ChecklistState): boolean {
    if (this.host.storage() === 'none') return false;
    const result = saveState(this.localStorage(), next);
    const problem = result.ok ? undefined : result.problem;
    if (problem && problem !== this.view.storageProblem) {
      console.warn(`[digi-widgets] <${this.host.localName}>: the answers could not be saved in this browser (${problem}); they stay on this page until it is closed. Export them to keep them.`);
    }
    this.set({ storageProblem: problem ?? (this.view.storageProblem === 'corrupt' ? 'corrupt' : undefined) });
    return result.ok;
  }

  /**
   * Takes the person's change. A status change (`statusChanged`) is followed
   * by the new progress, said politely; a level reached is said after any change.
   */
  private change(next: ChecklistState, statusChanged = false): void {
    if (next === this.view.answers) return;
    this.set({ answers: next });
    const savedLocally = this.save(next);
    const summary = summarise(this.view.checklist!, next);
    const levelReached = summary.level !== this.lastLevel && summary.level !== 'none';
    this.lastLevel = summary.level;
    const spoken = [statusChanged ? this.host.localize(() => this.progressText(summary)) : '', levelReached ? this.host.localize(() => this.levelText(summary)) : ''];
    if (statusChanged || levelReached) announce(spoken.filter(Boolean).join(' '));
    this.host.changed({ state: next, percent: summary.overall.percent, level: summary.level, savedLocally });
  }

  private progressText({ overall }: Summary): string {
    return msg(str`Voortgang: ${overall.percent}% (${overall.done} van ${overall.applicable} maatregelen gedaan).`);
  }

  /** Another tab saved this checklist: take its newer answers (and say so), or re-save ours when they are newer. */
  readonly onStorage = (event: StorageEvent) => {
    const current = this.view.answers;
    if (!current || this.host.storage() === 'none' || event.key !== storageKey(current.checklist, current.version)) return;
    // Only changes to the storage the answers are saved in (not sessionStorage, nor a site's own area).
    if (event.storageArea !== this.localStorage()) return;
    const outcome = reconcile(current, event.newValue);
    if (outcome.action === 'take') {
      const notice = this.host.localize(() => msg('De antwoorden zijn bijgewerkt met wat in een ander venster werd ingevuld.'));
      this.set({ answers: outcome.state, notice });
      announce(notice);
    } else if (outcome.action === 'keep') {
      this.save(current);
    }
  };

  // ---- export and import ----

  private async exportFile(): Promise<void> {
    const { exportDocument, exportFileName } = await import('./transfer.js');
    const now = new Date().toISOString();
    const blob = new Blob([JSON.stringify(exportDocument(this.view.answers!, now), null, 2)], { type: 'application/json' });
    downloadBlob(this.host.root(), blob, exportFileName(this.view.answers!, now));
    announce(this.host.localize(() => msg('Het bestand met de antwoorden is gedownload.')));
  }

  private async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { readImport } = await import('./transfer.js');
    const result = readImport(await file.text(), this.view.checklist!, this.view.answers!, new Date().toISOString());
    if (result.ok) {
      this.set({ preview: result.value, importProblem: undefined });
    } else {
      const importProblem = formatProblems(result.problems);
      this.set({ preview: undefined, importProblem });
      console.warn(`[digi-widgets] <${this.host.localName}>: the file could not be imported:\n${importProblem}`);
    }
    await this.host.whenUpdated();
    this.host.root().querySelector<HTMLElement>('#import-result')?.focus();
  }

  private applyImport(): void {
    const preview = this.view.preview!;
    this.set({ preview: undefined, archivedNotice: preview.archived });
    this.change(preview.state);
    const notice = this.host.localize(() => msg('De antwoorden uit het bestand zijn overgenomen.'));
    this.set({ notice });
    announce(notice);
  }

  // ---- texts ----

  private statusLabel(status: Status): string {
    return { todo: msg('Nog niet gestart'), doing: msg('Bezig'), done: msg('Gedaan'), na: msg('Niet van toepassing') }[status];
  }

  private levelLabel(level: Level): string {
    return level === 'basic' ? msg('Basis') : msg('Gevorderd');
  }

  private levelText(summary: Summary): string {
    const basic = summary.byLevel.basic;
    // The levels are this checklist's own, not those of the action plan or GRIP.
    if (summary.level === 'advanced') return msg('Alle maatregelen zijn gedaan: gevorderd niveau van deze checklist bereikt.');
    if (summary.level === 'basic') return msg('Basisniveau van deze checklist bereikt: alle basismaatregelen zijn gedaan.');
    return msg(str`Basisniveau van deze checklist nog niet bereikt: ${basic.done} van ${basic.applicable} basismaatregelen gedaan.`);
  }

  private storageText(): string | undefined {
    switch (this.view.storageProblem) {
      case 'unavailable':
        return msg('Deze browser kan de antwoorden niet bewaren (bijvoorbeeld in een privévenster). Alles blijft staan tot u deze pagina sluit: exporteer de antwoorden om ze te bewaren.');
      case 'quota':
        return msg('De opslag van deze browser is vol, dus de laatste wijzigingen zijn niet bewaard. Exporteer de antwoorden om ze te bewaren.');
      case 'corrupt':
        return msg('De bewaarde antwoorden in deze browser waren onleesbaar. Ze zijn apart gezet en de lijst begint leeg; nieuwe antwoorden worden weer bewaard.');
      default:
        return undefined;
    }
  }

  private dateText(iso: string): string {
    return new Intl.DateTimeFormat(this.host.intlLocale(), { dateStyle: 'long' }).format(new Date(iso));
  }

  // ---- rendering ----

  render(): unknown {
    const error = this.view.contentError;
    if (error) {
      return alert({
        tone: 'danger',
        headingLevel: this.host.headingLevel(),
        title: msg('De checklist kan niet getoond worden'),
        message:
          error.kind === 'invalid'
            ? html`<p>${msg('De inhoud van de checklist klopt niet. Voor wie de inhoud beheert:')}</p>
                ${problemList(error.problems)}`
            : html`<p>${msg('De inhoud van de checklist kon niet geladen worden. Controleer de verbinding en probeer opnieuw.')}</p>`,
        actions:
          error.kind === 'load'
            ? button({
                label: msg('Opnieuw proberen'),
                variant: 'primary',
                onClick: () => {
                  this.source = '';
                  this.stale = true;
                  builtInFailed.delete(this.host.locale());
                  this.set({ contentError: undefined });
                },
              })
            : undefined,
      });
    }
    const content = this.view.checklist;
    const answers = this.view.answers;
    if (!content || !answers) return html`<p class="loading">${msg('De checklist wordt geladen…')}</p>`;
    const summary = summarise(content, answers);
    return html`<div class="checklist" lang=${content.lang ?? nothing}>
        ${this.heading(content.title, 0)} ${this.renderSource(content)} ${this.renderSummary(content, answers, summary)} ${this.renderNextSteps(content, answers)}
        ${this.renderFilters(content)}
        <div class="themes">${content.themes.map((theme) => this.renderTheme(content, answers, summary, theme))}</div>
        ${this.renderArchive(answers)} ${this.renderTransfer()}
      </div>
      ${this.renderReport(content, answers, summary)}`;
  }

  /** Under the title: what the content is (its `status`, e.g. not the official GRIP) and where it comes from. */
  private renderSource(content: ChecklistContent, inReport = false): unknown {
    const source = content.source;
    if (!source) return nothing;
    const label = source.url
      ? inReport
        ? html`${source.label} (${source.url})`
        : html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${source.label}<span class="visually-hidden"> ${msg('(opent in een nieuw venster)')}</span></a>`
      : source.label;
    return html`<p class="source" part="source">${source.status ? html`${source.status} ` : nothing}${msg('Bron:')} ${label}</p>`;
  }

  private renderSummary(content: ChecklistContent, answers: ChecklistState, summary: Summary): TemplateResult {
    const overall = summary.overall;
    const storageText = this.storageText();
    return html`<section class="summary" part="summary" aria-labelledby="summary-title">
      ${this.heading(msg('Overzicht'), 1, 'summary-title')}
      ${progressBar({
        id: 'overall',
        label: msg('Voortgang'),
        value: overall.done,
        max: overall.applicable,
        valueText: msg(str`${overall.percent}% (${overall.done} van ${overall.applicable} maatregelen gedaan)`),
      })}
      <p class="level level--${summary.level}">${this.levelText(summary)}</p>
      ${textField({
        id: 'school',
        label: msg('Naam van de school'),
        showOptional: true,
        hint: msg('Komt op het rapport.'),
        value: answers.school,
        maxLength: 200,
        autocomplete: 'organization',
        onChange: (value) => this.change(withSchool(this.view.answers!, value.trim(), new Date().toISOString())),
      })}
      ${this.view.contentWarnings
        ? alert({
            tone: 'warning',
            headingLevel: this.alertLevel,
            title: msg('Een deel van de inhoud is niet gebruikt'),
            message: html`<p>${msg('Een onderdeel van de inhoud klopt niet en is weggelaten; de rest van de checklist werkt. Voor wie de inhoud beheert:')}</p>
              ${problemList(this.view.contentWarnings)}`,
          })
        : nothing}
      ${this.view.hostStateProblems
        ? alert({
            tone: 'danger',
            headingLevel: this.alertLevel,
            title: msg('De meegegeven antwoorden zijn niet gebruikt'),
            message: html`<p>${msg('De website gaf antwoorden door die niet kloppen. De checklist toont de antwoorden die er al waren. Voor wie de website beheert:')}</p>
              ${problemList(this.view.hostStateProblems)}`,
          })
        : nothing}
      ${storageText
        ? alert({ tone: 'warning', title: msg('Niet bewaard in deze browser'), message: storageText, headingLevel: this.alertLevel, part: 'storage' })
        : html`<p class="saved">${this.host.storage() === 'none' ? msg('De website bewaart de antwoorden.') : msg('Uw antwoorden worden automatisch bewaard in deze browser.')}</p>`}
      ${this.view.archivedNotice
        ? alert({ tone: 'info', message: msg(str`Deze versie van de checklist (${content.version}) heeft ${this.view.archivedNotice} maatregelen niet meer. Hun antwoorden staan onderaan bij ‘Gearchiveerd’.`) })
        : nothing}
      ${this.view.notice ? html`<p class="notice" role="status">${this.view.notice}</p>` : nothing}
    </section>`;
  }

  private renderNextSteps(content: ChecklistContent, answers: ChecklistState): TemplateResult {
    const steps = nextSteps(content, answers);
    return html`<section class="next" part="next-steps" aria-labelledby="next-title">
      ${this.heading(msg('Volgende stappen'), 1, 'next-title')}
      ${steps.length
        ? html`<ol>
            ${steps.map(
              (measure) => html`<li>
                <a href=${`#m-${measure.id}`} @click=${(event: Event) => this.goTo(event, measure)}>${measure.title}</a>
                <span class="tag">${this.levelLabel(measure.level)}</span>${statusOf(answers, measure.id) === 'doing' ? html` <span class="tag">${msg('Bezig')}</span>` : nothing}
              </li>`,
            )}
          </ol>`
        : html`<p>${msg('Er zijn geen open maatregelen meer.')}</p>`}
    </section>`;
  }

  /** Shows the measure (opening its theme and clearing filters that hide it) and moves focus to it. */
  private async goTo(event: Event, measure: Measure): Promise<void> {
    event.preventDefault();
    const collapsed = new Set(this.view.collapsed);
    collapsed.delete(measure.theme);
    this.set({ collapsed, filters: { theme: 'all', level: 'all', status: 'all' } });
    await this.host.whenUpdated();
    const target = this.host.root().querySelector<HTMLElement>(`#m-${CSS.escape(measure.id)}`);
    target?.focus();
    target?.scrollIntoView({ block: 'start' });
  }

  private renderFilters(content: ChecklistContent): TemplateResult {
    const all = { value: 'all', label: msg('Alle') };
    const set = (key: keyof typeof this.view.filters) => (value: string) => this.set({ filters: { ...this.view.filters, [key]: value } });
    const allOpen = this.view.collapsed.size === 0;
    return html`<section class="filters" part="filters" aria-labelledby="filters-title">
      ${this.heading(msg('Toon'), 1, 'filters-title')}
      <div class="filters__fields">
        ${selectField({ id: 'filter-theme', label: msg('Thema'), value: this.view.filters.theme, options: [all, ...content.themes.map((t) => ({ value: t.id, label: t.title }))], onChange: set('theme') })}
        ${selectField({ id: 'filter-level', label: msg('Niveau'), value: this.view.filters.level, options: [all, { value: 'basic', label: msg('Basis') }, { value: 'advanced', label: msg('Gevorderd') }], onChange: set('level') })}
        ${selectField({ id: 'filter-status', label: msg('Status'), value: this.view.filters.status, options: [all, ...statuses.map((s) => ({ value: s, label: this.statusLabel(s) }))], onChange: set('status') })}
      </div>
      ${button({
        label: allOpen ? msg('Alle thema’s dichtklappen') : msg('Alle thema’s openklappen'),
        onClick: () => this.set({ collapsed: allOpen ? new Set(content.themes.map((theme) => theme.id)) : new Set<string>() }),
      })}
    </section>`;
  }

  private visible(measure: Measure, answers: ChecklistState): boolean {
    const { theme, level, status } = this.view.filters;
    return (theme === 'all' || measure.theme === theme) && (level === 'all' || measure.level === level) && (status === 'all' || statusOf(answers, measure.id) === status);
  }

  private renderTheme(content: ChecklistContent, answers: ChecklistState, summary: Summary, theme: Theme): unknown {
    const measures = content.measures.filter((measure) => measure.theme === theme.id && this.visible(measure, answers));
    if (this.view.filters.theme !== 'all' && this.view.filters.theme !== theme.id) return nothing;
    const progress = summary.byTheme.get(theme.id)!;
    const open = !this.view.collapsed.has(theme.id);
    return html`<section class="theme" part="theme" aria-labelledby=${`t-${theme.id}`}>
      ${this.heading(theme.title, 1, `t-${theme.id}`)}
      ${progressBar({
        id: `p-${theme.id}`,
        label: msg(str`Voortgang ${theme.title}`),
        value: progress.done,
        max: progress.applicable,
        valueText: msg(str`${progress.done} van ${progress.applicable} gedaan`),
      })}
      ${disclosure({
        id: `d-${theme.id}`,
        summary: open ? msg(str`Verberg de maatregelen (${measures.length})`) : msg(str`Toon de maatregelen (${measures.length})`),
        open,
        onToggle: (isOpen) => {
          const collapsed = new Set(this.view.collapsed);
          if (isOpen) collapsed.delete(theme.id);
          else collapsed.add(theme.id);
          this.set({ collapsed });
        },
        content: open
          ? measures.length
            ? html`<ol class="measures">${measures.map((measure) => this.renderMeasure(answers, measure))}</ol>`
            : html`<p>${msg('Geen maatregelen met deze filters.')}</p>`
          : nothing,
      })}
    </section>`;
  }

  private renderMeasure(answers: ChecklistState, measure: Measure): TemplateResult {
    const status = statusOf(answers, measure.id);
    const note = answers.answers[measure.id]?.note ?? '';
    const now = () => new Date().toISOString();
    return html`<li class="measure measure--${status}" part="measure" id=${`m-${measure.id}`} tabindex="-1" aria-labelledby=${`mt-${measure.id}`}>
      <div class="measure__head">
        ${this.heading(measure.title, 2, `mt-${measure.id}`)}
        <span class="tag">${this.levelLabel(measure.level)}</span>
      </div>
      ${radioGroup({
        id: `s-${measure.id}`,
        legend: msg(str`Status van: ${measure.title}`),
        value: status,
        inline: true,
        options: statuses.map((value) => ({ value, label: this.statusLabel(value) })),
        onChange: (value) => this.change(withAnswer(this.view.answers!, measure, { status: value as Status }, now()), true),
      })}
      ${disclosure({
        summary: msg('Waarom en hoe'),
        content: html`<p>${measure.why}</p>
          <ol class="steps">
            ${measure.how.map((step) => html`<li>${step}</li>`)}
          </ol>
          ${measure.links.length
            ? html`<ul class="links">
                ${measure.links.map((link) => html`<li><a href=${link.url} rel="noopener noreferrer" target="_blank">${link.label}<span class="visually-hidden"> ${msg('(opent in een nieuw venster)')}</span></a></li>`)}
              </ul>`
            : nothing}`,
      })}
      ${textArea({
        id: `n-${measure.id}`,
        label: msg('Notitie'),
        showOptional: true,
        value: note,
        rows: 2,
        maxLength: 5000,
        onChange: (value) => this.change(withAnswer(this.view.answers!, measure, { note: value }, now())),
      })}
    </li>`;
  }

  private renderArchive(answers: ChecklistState): unknown {
    if (!answers.archived.length) return nothing;
    return html`<section class="archive" aria-labelledby="archive-title">
      ${this.heading(msg('Gearchiveerd'), 1, 'archive-title')}
      <p>${msg('Antwoorden op maatregelen die niet meer in deze versie van de checklist staan. Ze blijven bewaard en komen mee in een export.')}</p>
      <ul>
        ${answers.archived.map(
          (entry) => html`<li><strong>${entry.title || entry.id}</strong> (${entry.version}): ${this.statusLabel(entry.status)}${entry.note ? html` — ${entry.note}` : nothing}</li>`,
        )}
      </ul>
    </section>`;
  }

  private renderTransfer(): TemplateResult {
    const preview = this.view.preview;
    return html`<section class="transfer" aria-labelledby="transfer-title">
      ${this.heading(msg('Bewaren en delen'), 1, 'transfer-title')}
      <div class="actions">
        ${button({ label: msg('Exporteer de antwoorden'), icon: 'download', onClick: () => void this.exportFile() })}
        ${button({
          label: msg('Importeer antwoorden'),
          onClick: () => this.host.root().querySelector<HTMLInputElement>('#import-file')?.click(),
        })}
        <input id="import-file" type="file" accept="application/json,.json" hidden tabindex="-1" @change=${(event: Event) => void this.importFile(event)} />
        ${button({ label: msg('Afdrukken'), icon: 'print', onClick: () => window.print() })}
      </div>
      ${this.view.importProblem
        ? html`<div id="import-result" tabindex="-1">
            ${alert({ tone: 'danger', title: msg('Dit bestand kan niet geïmporteerd worden'), message: html`<pre lang="en">${this.view.importProblem}</pre>` })}
          </div>`
        : nothing}
      ${preview
        ? html`<div id="import-result" class="preview" tabindex="-1">
            ${alert({
              tone: 'info',
              title: msg('Wat de import verandert'),
              message: html`${preview.changes.length
                  ? html`<ul>
                      ${preview.changes.map(
                        (change) => html`<li>${change.title}: ${this.statusLabel(change.from?.status ?? 'todo')} → ${this.statusLabel(change.to?.status ?? 'todo')}${(change.from?.note ?? '') !== (change.to?.note ?? '') ? html` (${msg('notitie gewijzigd')})` : nothing}</li>`,
                      )}
                    </ul>`
                  : html`<p>${msg('Het bestand verandert geen antwoorden.')}</p>`}
                ${preview.school ? html`<p>${msg(str`Naam van de school: ‘${preview.school.from}’ → ‘${preview.school.to}’`)}</p>` : nothing}
                ${preview.fromVersion ? html`<p>${msg(str`Het bestand is gemaakt met versie ${preview.fromVersion}; ${preview.archived} antwoorden worden gearchiveerd.`)}</p>` : nothing}`,
              actions: html`${button({ label: msg('Overnemen'), variant: 'primary', onClick: () => this.applyImport() })}
              ${button({ label: msg('Annuleren'), onClick: () => this.set({ preview: undefined }) })}`,
            })}
          </div>`
        : nothing}
    </section>`;
  }

  /** The dated report: on screen with `view="report"`, and what printing shows. */
  private renderReport(content: ChecklistContent, answers: ChecklistState, summary: Summary): TemplateResult {
    return html`<article class="report" part="report" aria-labelledby="report-title">
      ${this.heading(content.title, 0, 'report-title')} ${this.renderSource(content, true)}
      <p>${answers.school ? html`${answers.school} · ` : nothing}${msg(str`Rapport van ${this.dateText(new Date().toISOString())}`)} · ${msg(str`versie ${content.version}`)}</p>
      <p>${this.progressText(summary)} ${this.levelText(summary)}</p>
      ${content.themes.map(
        (theme) => html`${this.heading(theme.title, 1, `rt-${theme.id}`)}
          ${dataTable({
            labelledBy: `rt-${theme.id}`,
            className: 'report-table',
            head: html`<tr>
              <th scope="col">${msg('Maatregel')}</th>
              <th scope="col">${msg('Niveau')}</th>
              <th scope="col">${msg('Status')}</th>
              <th scope="col">${msg('Notitie')}</th>
            </tr>`,
            body: content.measures
              .filter((measure) => measure.theme === theme.id)
              .map(
                (measure) => html`<tr>
                  <th scope="row">${measure.title}</th>
                  <td>${this.levelLabel(measure.level)}</td>
                  <td>${this.statusLabel(statusOf(answers, measure.id))}</td>
                  <td>${answers.answers[measure.id]?.note ?? ''}</td>
                </tr>`,
              ),
          })}`,
      )}
    </article>`;
  }
}
