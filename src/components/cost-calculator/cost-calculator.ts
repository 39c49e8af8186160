/**
 * `<digi-cost-calculator>`: what digital learning costs a school and a parent.
 * This module defines the class only; `define.ts` registers the tag.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DigiElement } from '../../core/digi-element.js';
import { JsonChild } from '../../core/json-child.js';
import { WarnOnce } from '../../core/warn-once.js';
import { FragmentState, shareKeyFor } from '../../core/fragment-state.js';
import { MeasuredBox } from '../../core/measured-box.js';
import { locales } from '../../generated/locales/cost-calculator/index.js';
import { msg, str } from '../../i18n/localize.js';
import { alertStyles } from '../../primitives/alert.js';
import { announce } from '../../primitives/announcer.js';
import { button, buttonStyles } from '../../primitives/button.js';
import { cardStyles } from '../../primitives/card.js';
import { choiceGroupStyles } from '../../primitives/choice-group.js';
import { disclosureStyles } from '../../primitives/disclosure.js';
import { fieldStyles, textField } from '../../primitives/field.js';
import { icon, iconStyles } from '../../primitives/icons.js';
import { applyAttributes, convertFormLocale } from './attributes.js';
import { chartStyles } from './chart.js';
import type { CostCalculatorConfig, ResolvedConfig } from './config.js';
import { costCalculatorStyles } from './cost-calculator.styles.js';
import { buildCsv, csvFormat } from '../../core/csv.js';
import { downloadBlob } from '../../core/download.js';
import { CostFormat } from './format.js';
import { SiteSettings } from './site-settings.js';
import { csvRows, plainText, summaryText, tableCaption, type ResultWords } from './summary.js';
import { envelopeSection } from './views/envelope.js';
import { parentSection } from './views/parent.js';
import { resultsSection } from './views/results.js';
import { issuesSection, settingsSection } from './views/settings.js';
import { excludedList, scenariosSection, type ScenarioEditing } from './views/scenarios.js';
import { sourcesSection } from './views/sources.js';
import type { CalcView, NumberFieldOptions } from './views/view.js';
import {
  evaluate,
  fieldId,
  formatForInput,
  initialForm,
  referenceScenario,
  type ErrorCode,
  type Evaluation,
  type FieldError,
  type FieldKind,
  type FormState,
  type ScenarioDraft,
} from './form.js';
import { acquisitions, calculate, type CostResult, type ScenarioResult } from './model.js';
import { acquisitionLabel, fieldErrorText } from './texts.js';

export type { CostCalculatorConfig, ReferenceConfig, ScenarioSeed, SourceConfig } from './config.js';
export type { CostResult, ScenarioResult } from './model.js';

/** The detail of `digi-cost-change`: the full result, and what is still missing. */
export interface CostChangeDetail extends CostResult {
  /** Every field with an error, by field id (`horizon`, `s2-devices`), including empty required fields. */
  errors: { field: string; code: ErrorCode }[];
  /** Scenarios left out of the results until their fields are valid. */
  excludedScenarioIds: string[];
}

const defaultShareKey = 'digi-cost';
const typingPause = 300;
const announcePause = 700;
const yearlyFields = ['insurance', 'repairs', 'management', 'accessories'] as const;
const endFields = ['setup', 'wiping', 'residual'] as const;

/** A typical value per kind of field, for error messages ("bijvoorbeeld 549,99"). */
const examples: Record<FieldKind, number> = { money: 54_999, count: 25, headcount: 40, years: 600, ratio: 100 };

/** The events `<digi-cost-calculator>` fires, by name: for typed listeners and framework wrappers. */
export interface DigiCostCalculatorEventMap {
  'digi-cost-change': CustomEvent<CostChangeDetail>;
}

declare global {
  // Typed `addEventListener('digi-cost-change', …)` on any element, the document and the window.
  interface GlobalEventHandlersEventMap {
    'digi-cost-change': CustomEvent<CostChangeDetail>;
  }
}

/**
 * Compares ways to equip pupils with devices (buy new, lease, buy
 * refurbished) over one horizon, as a spread cost (for comparing) and as
 * what the school pays year by year; shows the indicative Digiplan figures
 * and, in secondary education, the parent contribution that would cover the
 * rest (in primary education no fee may be asked for ICT material), with the
 * source of every default.
 *
 * Defaults can be replaced by the embedding site with its own reference
 * prices: set the `config` property, or put the same JSON in a
 * `<script type="application/json">` child (the property wins where both
 * set a value). Invalid settings are named in the widget and the console;
 * the defaults are used for them and everything else keeps working.
 *
 * @summary Total cost of school devices per scenario, the Digiplan envelope and the parent contribution.
 *
 * @event digi-cost-change - After the results change (also once at start). `detail` is a `CostChangeDetail`: every scenario's spread cost (`totalCents`) and what the school pays (`paidCents`, `paidByYear`) in integer cents incl. VAT, the ranking, the envelope, the parent contribution, and the fields still in error.
 *
 * @csspart base - The widget's wrapper.
 * @csspart settings - The horizon and VAT choice.
 * @csspart scenario - Each scenario's card.
 * @csspart results - The results panel (summary, chart, table, export buttons).
 * @csspart result-summary - The one-sentence result.
 * @csspart chart - The bar chart (SVG).
 * @csspart table - The results table.
 * @csspart actions - The copy, CSV, print and link buttons.
 * @csspart parent-contribution - The parent contribution section.
 * @csspart envelope - The Digiplan section.
 * @csspart derived - The derived per-pupil Digiplan share, marked as derived.
 * @csspart sources - The list of defaults and their sources.
 *
 * @cssprop --digi-cost-calculator-scenario-min-width - Narrowest a scenario column gets before the columns wrap (default 18 x the theme unit).
 * @cssprop --digi-cost-calculator-bar-color - Fill of the chart's bars (default: the theme's primary colour; needs 3:1 against the surface).
 */
export class DigiCostCalculator extends DigiElement {
  static override locales = locales;

  static override styles = [
    ...DigiElement.styles,
    iconStyles,
    buttonStyles,
    fieldStyles,
    choiceGroupStyles,
    alertStyles,
    disclosureStyles,
    cardStyles,
    chartStyles,
    costCalculatorStyles,
  ];

  /**
   * Opt-in: keep the whole calculation in the page URL's fragment, so a link
   * shows it again. The attribute's value is the fragment parameter's name
   * (`digi-cost` when empty); the host page's other fragment parts stay.
   */
  @property({ attribute: 'share-url' }) shareUrl: string | null = null;

  /** Level (2-6) of the widget's title; its sections and scenario cards take the next levels. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 2;

  /** Initial comparison horizon in years (1-20; default 6). */
  @property({ attribute: 'horizon-years' }) horizonYears?: string | number;

  /** Initial number of staff members, for the Digiplan envelope. */
  @property({ attribute: 'staff-count' }) staffCount?: string | number;

  /** Initial number of pupils, for the derived Digiplan share. */
  @property({ attribute: 'pupil-count' }) pupilCount?: string | number;

  /** Initial school level: `primary` or `secondary` (default). */
  @property({ attribute: 'school-level' }) schoolLevel?: string;

  /** Whether typed amounts include VAT: `incl` (default) or `excl` (VAT is added). */
  @property() vat?: string;

  /**
   * The site's settings, reference prices and starting scenarios: a
   * `CostCalculatorConfig` object, or the same as JSON text. Merged over a
   * `<script type="application/json">` child; invalid values are named in the
   * widget and the console and replaced by their defaults.
   */
  @property({ attribute: false }) config?: CostCalculatorConfig | string;

  @state() private form?: FormState;
  @state() private evaluation?: Evaluation;
  @state() private calculation?: CostResult;
  @state() private touched: ReadonlySet<string> = new Set();
  @state() private openSections: ReadonlySet<string> = new Set();
  @state() private removed?: { draft: ScenarioDraft; index: number };
  @state() private actionStatus?: { ok: boolean; text: string };
  /**
   * The chart box, measured once it is on screen. Until then (and on the
   * server) a narrow default: the rows' height hardly depends on the width,
   * so the measured redraw does not move what follows the chart.
   */
  private readonly chartBox = new MeasuredBox(this, '.chart-box', { width: 320, fontSize: 16, letterSpacing: 0 });
  private readonly warnings = new WarnOnce('[digi-widgets] <digi-cost-calculator>');
  private readonly settings = new SiteSettings(this, this.warnings);
  private readonly json = new JsonChild(this, () => this.requestUpdate('config', this.config));
  private dirty = false;
  private idCount = 0;
  private recalcTimer?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private lastDetail = '';
  private pendingEmit?: CostChangeDetail;
  private lastAnnounced = '';
  private readonly fragment = new FragmentState(this, {
    key: () => this.shareKey,
    onExternalChange: (encoded) => this.applyShared(encoded),
    tag: '<digi-cost-calculator>',
  });

  /** The current result, as last sent with `digi-cost-change`. */
  get result(): CostChangeDetail | undefined {
    return this.calculation && this.evaluation ? this.detail(this.calculation, this.evaluation) : undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.recalcTimer);
    clearTimeout(this.announceTimer);
  }

  protected override loadBeforeUpdate(): Promise<unknown> | undefined {
    return this.settings.load(this.config != null || !!this.json.element, !!this.shareKey);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed as PropertyValues<this>);
    const attributesChanged = ['horizonYears', 'staffCount', 'pupilCount', 'schoolLevel', 'vat', 'headingLevel', 'shareUrl'].some(
      (name) => changed.has(name),
    );
    if (attributesChanged || !this.form) this.settings.checkAttributes(this, this.intlLocale);
    if (!this.form || changed.has('config')) {
      if (!this.form) this.json.read();
      this.settings.resolve(this.json.text, this.config);
      // The site's new settings replace the form only until the person starts typing.
      if (!this.form || !this.dirty) this.form = this.startForm();
      this.recalculate(false);
      return;
    }
    let form = this.form;
    const previousLocale = changed.get('intlLocale') as string | undefined;
    if (previousLocale && previousLocale !== this.intlLocale) form = convertFormLocale(form, previousLocale, this.intlLocale);
    form = this.withAttributes(form, changed);
    if (form !== this.form) {
      this.form = form;
      this.recalculate(false);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed as PropertyValues<this>);
    if (this.pendingEmit) {
      const detail = this.pendingEmit;
      this.pendingEmit = undefined;
      this.emit('digi-cost-change', detail);
    }
  }

  // ---- configuration, attributes and the shared URL ----

  /** The settings in force: the defaults, with what the site set over them. */
  private get resolved(): ResolvedConfig {
    return this.settings.resolved;
  }

  private readonly nextId = () => `s${++this.idCount}`;

  private get shareKey(): string | null {
    return shareKeyFor(this.shareUrl, defaultShareKey);
  }

  private startForm(): FormState {
    const names = {
      reference: (kind: (typeof acquisitions)[number]) => this.localize(() => acquisitionLabel(kind)),
      numbered: (index: number) => this.localize(() => msg(str`Scenario ${index}`)),
    };
    // A shared link wins over the defaults and attributes: it is what the person opened.
    return this.readShared() ?? this.withAttributes(initialForm(this.resolved, this.intlLocale, names, this.nextId), null);
  }

  /** The shared state in the URL, when sharing is on and the fragment holds one. */
  private readShared(): FormState | undefined {
    const encoded = this.settings.canShare ? this.fragment.read() : undefined;
    return encoded ? this.settings.decodeShared(encoded, this.intlLocale, this.nextId) : undefined;
  }

  private writeShared(): void {
    const encoded = this.form && this.settings.encodeShared(this.form, this.intlLocale);
    if (encoded) this.fragment.write(encoded);
  }

  /** A shared state that arrived from outside (back button, a pasted link) replaces the form. */
  private applyShared(encoded: string): void {
    if (!this.settings.canShare || !this.form) return;
    const shared = this.settings.decodeShared(encoded, this.intlLocale, this.nextId);
    if (!shared) return;
    this.form = shared;
    this.touched = new Set();
    this.recalculate(true);
  }

  /** Applies attribute values to the form: all of them at start (`changed` null), else the changed ones. */
  private withAttributes(form: FormState, changed: PropertyValues | null): FormState {
    return applyAttributes(form, this, (name) => changed === null || changed.has(name), this.intlLocale);
  }

  // ---- calculation ----

  private detail(calculation: CostResult, evaluation: Evaluation): CostChangeDetail {
    return {
      ...calculation,
      errors: [...evaluation.errors].map(([field, error]) => ({ field, code: error.code })),
      excludedScenarioIds: [...evaluation.excluded.keys()],
    };
  }

  private recalculate(byPerson: boolean): void {
    if (!this.form) return;
    clearTimeout(this.recalcTimer);
    const evaluation = evaluate(this.form, this.resolved, this.intlLocale);
    this.evaluation = evaluation;
    this.calculation = calculate(evaluation.input, this.resolved.constants);
    const detail = this.detail(this.calculation, evaluation);
    const serialized = JSON.stringify(detail);
    if (serialized !== this.lastDetail) {
      this.lastDetail = serialized;
      this.pendingEmit = detail;
    }
    // Keep a section with an error open, also after the error is fixed, so focus never ends up hidden.
    const open = new Set(this.openSections);
    for (const id of evaluation.errors.keys()) {
      const [scenario, field] = [id.slice(0, id.indexOf('-')), id.slice(id.indexOf('-') + 1)];
      if ((yearlyFields as readonly string[]).includes(field)) open.add(`${scenario}-yearly`);
      if ((endFields as readonly string[]).includes(field)) open.add(`${scenario}-end`);
    }
    if (open.size !== this.openSections.size) this.openSections = open;
    if (byPerson) {
      this.writeShared();
      clearTimeout(this.announceTimer);
      this.announceTimer = setTimeout(() => {
        const text = this.localize(() => this.summaryText());
        if (text !== this.lastAnnounced) announce(text);
        this.lastAnnounced = text;
      }, announcePause);
    } else {
      this.lastAnnounced = this.localize(() => this.summaryText());
    }
  }

  // ---- editing ----

  private edit(form: FormState, immediately = false): void {
    this.form = form;
    this.dirty = true;
    this.actionStatus = undefined;
    clearTimeout(this.recalcTimer);
    if (immediately) this.recalculate(true);
    else this.recalcTimer = setTimeout(() => this.recalculate(true), typingPause);
  }

  private setGlobal<K extends keyof FormState>(key: K, value: FormState[K], immediately = false): void {
    this.edit({ ...this.form!, [key]: value }, immediately);
  }

  private setScenario(id: string, key: keyof ScenarioDraft, value: string, immediately = false): void {
    const form = this.form!;
    this.edit({ ...form, scenarios: form.scenarios.map((draft) => (draft.id === id ? { ...draft, [key]: value } : draft)) }, immediately);
  }

  /** A field was left: show its "required" error from now on, and recalculate at once. */
  private touch(id: string): void {
    if (!this.touched.has(id)) this.touched = new Set([...this.touched, id]);
    this.recalculate(true);
  }

  private async focusField(id: string, select = false): Promise<void> {
    await this.updateComplete;
    const control = this.renderRoot.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`);
    control?.focus();
    if (select) control?.select();
  }

  private async addScenario(): Promise<void> {
    const form = this.form!;
    const last = form.scenarios.at(-1);
    const name = this.localize(() => msg(str`Scenario ${form.scenarios.length + 1}`));
    const draft = referenceScenario(this.nextId(), 'buy', name, this.resolved, this.intlLocale);
    // A new scenario usually compares the same fleet: start from the last one's size.
    if (last) Object.assign(draft, { devices: last.devices, ratio: last.ratio });
    this.removed = undefined;
    this.edit({ ...form, scenarios: [...form.scenarios, draft] }, true);
    announce(this.localize(() => msg(str`${name} is toegevoegd.`)));
    await this.focusField(fieldId(draft.id, 'name'), true);
  }

  private async removeScenario(id: string): Promise<void> {
    const form = this.form!;
    const index = form.scenarios.findIndex((draft) => draft.id === id);
    const draft = form.scenarios[index]!;
    this.removed = { draft, index };
    this.edit({ ...form, scenarios: form.scenarios.filter((s) => s.id !== id) }, true);
    announce(this.localize(() => msg(str`${this.displayName(draft, index)} is verwijderd.`)));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.undo button')?.focus();
  }

  private async restoreScenario(): Promise<void> {
    const { draft, index } = this.removed!;
    const scenarios = [...this.form!.scenarios];
    scenarios.splice(Math.min(index, scenarios.length), 0, draft);
    this.removed = undefined;
    this.edit({ ...this.form!, scenarios }, true);
    announce(this.localize(() => msg(str`${this.displayName(draft, index)} is teruggezet.`)));
    await this.focusField(fieldId(draft.id, 'name'));
  }

  // ---- export ----

  /** Copies `text`; `done` words the success (called in this element's locale). */
  private async copy(text: string, done: () => string): Promise<void> {
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      ok = false;
    }
    const message = this.localize(() =>
      ok ? done() : msg('Kopiëren lukte niet: uw browser laat het niet toe. Selecteer de tekst en kopieer met Ctrl+C (of Cmd+C).'),
    );
    this.actionStatus = { ok, text: message };
    announce(message);
  }

  /** The results as CSV text (Belgian separators in nl and fr), header first; also for tests and hosts. */
  csv(): string {
    return this.localize(() => buildCsv(csvRows(this.words()), csvFormat(this.intlLocale)));
  }

  private downloadCsv(): void {
    // A byte-order mark lets spreadsheet programs read the accents as UTF-8.
    const blob = new Blob(['\ufeff', this.csv()], { type: 'text/csv;charset=utf-8' });
    downloadBlob(this.renderRoot, blob, this.localize(() => msg('kosten-digitale-toestellen.csv')));
    const message = this.localize(() => msg('Het CSV-bestand is gedownload.'));
    this.actionStatus = { ok: true, text: message };
    announce(message);
  }

  // ---- formatting ----

  private formatCache?: CostFormat;

  /** The formatters for the element's locale, rebuilt only when the locale changes. */
  private get f(): CostFormat {
    if (this.formatCache?.locale !== this.intlLocale) this.formatCache = new CostFormat(this.intlLocale);
    return this.formatCache;
  }

  private limitText(error: FieldError): string {
    if (error.limit === undefined) return '';
    return error.kind === 'money' ? this.f.amount(error.limit) : this.f.number(error.kind === 'years' || error.kind === 'ratio' ? error.limit / 100 : error.limit);
  }

  private errorFor(id: string): string | undefined {
    const error = this.evaluation?.errors.get(id);
    // An empty required field is only an error once the person has left it.
    if (!error || (error.code === 'required' && !this.touched.has(id))) return undefined;
    const example = formatForInput(examples[error.kind], error.kind, this.intlLocale);
    return fieldErrorText(error, this.limitText(error), example);
  }

  private displayName(draft: ScenarioDraft, index: number): string {
    return draft.name.trim() || msg(str`Scenario ${index + 1}`);
  }

  private resultName(result: ScenarioResult): string {
    const index = this.form!.scenarios.findIndex((draft) => draft.id === result.id);
    return result.name || msg(str`Scenario ${index + 1}`);
  }

  private get level(): number {
    const level = Number(this.headingLevel);
    return Number.isInteger(level) && level >= 2 && level <= 6 ? level : 2;
  }

  private heading(text: unknown, depth: 0 | 1 | 2, id?: string): TemplateResult {
    return html`<div class="heading heading--${depth}" role="heading" aria-level=${Math.min(6, this.level + depth)} id=${ifDefined(id)}>
      ${text}
    </div>`;
  }

  /** What the result's words need: the result, the form's evaluation, the formatters and the names. */
  private words(): ResultWords {
    return { calc: this.calculation!, evaluation: this.evaluation!, f: this.f, name: (result) => this.resultName(result) };
  }

  private summaryText(): string {
    return this.calculation && this.evaluation ? summaryText(this.words()) : '';
  }

  // ---- rendering ----

  /** What the view functions in `views/` see of the element. */
  private view(): CalcView {
    return {
      form: this.form!,
      evaluation: this.evaluation!,
      calc: this.calculation!,
      resolved: this.resolved,
      f: this.f,
      headingLevel: this.level,
      heading: (text, depth, id) => this.heading(text, depth, id),
      resultName: (result) => this.resultName(result),
      displayName: (draft, index) => this.displayName(draft, index),
      numberField: (options) => this.numberField(options),
      setGlobal: (key, value, immediately) => this.setGlobal(key, value, immediately),
    };
  }

  /** What the scenario cards change. */
  private editing(): ScenarioEditing {
    return {
      openSections: this.openSections,
      removed: this.removed,
      setScenario: (id, key, value, immediately) => this.setScenario(id, key, value, immediately),
      commitName: () => this.recalculate(true),
      toggleSection: (sectionId, open) => {
        const next = new Set(this.openSections);
        if (open) next.add(sectionId);
        else next.delete(sectionId);
        this.openSections = next;
      },
      add: () => void this.addScenario(),
      remove: (id) => void this.removeScenario(id),
      restore: () => void this.restoreScenario(),
      goToFields: (fields) => {
        // The field may be in a closed section, and its "required" error may not show yet.
        this.touched = new Set([...this.touched, ...fields]);
        if (fields[0]) void this.focusField(fields[0]);
      },
    };
  }

  protected renderContent(): unknown {
    if (!this.form || !this.evaluation || !this.calculation) return nothing;
    const view = this.view();
    const editing = this.editing();
    return html`<div class="calc">
      <div class="calc__header">
        ${this.heading(msg('Wat kosten digitale toestellen?'), 0)}
        <p class="calc__intro">
          ${msg(
            'Vergelijk manieren om leerlingen een toestel te geven, over dezelfde periode: wat kost elk scenario per toestel en per leerling, welk budget geeft Digiplan uw school, en welke bijdrage van ouders zou nodig zijn? Wat u invult, blijft in uw browser.',
          )}
        </p>
      </div>
      ${issuesSection(view, this.settings)}
      ${settingsSection(view)} ${scenariosSection(view, editing)}
      ${resultsSection(view, {
        summary: this.summaryText(),
        caption: tableCaption(this.words()),
        chart: this.chartBox.metrics,
        excluded: excludedList(view, editing),
        actions: this.renderActions(),
      })}
      ${parentSection(view)} ${envelopeSection(view)} ${sourcesSection(view)}
    </div>`;
  }

  private numberField(options: NumberFieldOptions): TemplateResult {
    return textField({
      ...options,
      inputMode: 'decimal',
      autocomplete: 'off',
      size: 10,
      error: this.errorFor(options.id),
      onChange: () => this.touch(options.id),
    });
  }



  private renderActions(): TemplateResult {
    const status = this.actionStatus;
    return html`<div class="actions" part="actions">
        ${button({
          label: msg('Kopieer het resultaat'),
          icon: 'copy',
          onClick: () => void this.copy(this.localize(() => plainText(this.words())), () => msg('Het resultaat is gekopieerd.')),
        })}
        ${button({ label: msg('Download als CSV'), icon: 'download', onClick: () => this.downloadCsv() })}
        ${button({ label: msg('Afdrukken'), icon: 'print', onClick: () => window.print() })}
        ${this.shareKey
          ? button({
              label: msg('Kopieer de link'),
              icon: 'external-link',
              onClick: () => {
                this.writeShared();
                void this.copy(window.location.href, () => msg('De link is gekopieerd.'));
              },
            })
          : nothing}
      </div>
      ${status
        ? html`<p class="status status--${status.ok ? 'success' : 'danger'}">
            ${icon(status.ok ? 'success' : 'danger')}<span>${status.text}</span>
          </p>`
        : nothing}`;
  }
}
