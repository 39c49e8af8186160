/**
 * `<digi-cost-calculator>`: what digital learning costs a school and a parent.
 * This module defines the class only; `define.ts` registers the tag.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DigiElement } from '../../core/digi-element.js';
import { JsonChild } from '../../core/json-child.js';
import { Pause } from '../../core/pause.js';
import { WarnOnce } from '../../core/warn-once.js';
import { FragmentState, shareKeyFor } from '../../core/fragment-state.js';
import { MeasuredBox } from '../../core/measured-box.js';
import { locales } from '../../generated/locales/cost-calculator/index.js';
import { msg, str } from '../../i18n/localize.js';
import { alertStyles } from '../../primitives/alert.js';
import { announce } from '../../primitives/announcer.js';
import { buttonStyles } from '../../primitives/button.js';
import { cardStyles } from '../../primitives/card.js';
import { choiceGroupStyles } from '../../primitives/choice-group.js';
import { disclosureStyles } from '../../primitives/disclosure.js';
import { fieldStyles, textField } from '../../primitives/field.js';
import { heading, headingLevelOf, headingStyles } from '../../primitives/heading.js';
import { iconStyles } from '../../primitives/icons.js';
import { tableStyles } from '../../primitives/table.js';
import { applyAttributes, convertFormLocale } from './attributes.js';
import { chartStyles } from './chart.js';
import type { CostCalculatorConfig, ResolvedConfig } from './config.types.js';
import { costCalculatorStyles } from './cost-calculator.styles.js';
import { buildCsv, csvFormat } from '../../core/csv.js';
import { CostFormat } from './format.js';
import { ResultActions } from './result-actions.js';
import { ScenarioEditor } from './scenario-editor.js';
import { SiteSettings } from './site-settings.js';
import { csvRows, plainText, summaryText, tableCaption, type ResultWords } from './summary.js';
import { actionsBar } from './views/actions.js';
import { envelopeSection } from './views/envelope.js';
import { parentSection } from './views/parent.js';
import { resultsSection } from './views/results.js';
import { issuesSection, settingsSection } from './views/settings.js';
import { errorSummary, type ErrorSummaryItem } from './views/error-summary.js';
import { excludedList, scenariosSection } from './views/scenarios.js';
import { sourcesSection } from './views/sources.js';
import type { CalcView, NumberFieldOptions } from './views/view.js';
import { changeDetail, type CostChangeDetail } from './events.js';
import { evaluate, initialForm, shownFields, type Evaluation, type FormState } from './form.js';
import { acquisitions, calculate, type CostResult, type ScenarioResult } from './model.js';
import { acquisitionLabel, fieldLabel, visibleFieldError } from './texts.js';

export type { CostCalculatorConfig, ReferenceConfig, ScenarioSeed, SourceConfig } from './config.types.js';
export type { CostResult, ScenarioResult } from './model.js';
export type { CostChangeDetail, DigiCostCalculatorEventMap } from './events.js';

const defaultShareKey = 'digi-cost';
const typingPause = 300;
const announcePause = 700;

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
 * @csspart error-summary - The list of fields in error, at the top, each linked to its field.
 * @csspart results - The results panel (summary, chart, table, export buttons).
 * @csspart result-outdated - The notice that the results shown are the last ones calculated, while no scenario can be.
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
    DigiElement.reservedSpace('cost-calculator'),
    iconStyles,
    buttonStyles,
    fieldStyles,
    choiceGroupStyles,
    alertStyles,
    disclosureStyles,
    cardStyles,
    headingStyles,
    tableStyles,
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
  /**
   * The last calculation with at least one scenario. While the form has none
   * that can be calculated (an emptied horizon), it stays in view, marked out
   * of date, instead of an empty panel.
   */
  private lastResult?: { calc: CostResult; evaluation: Evaluation };
  /**
   * The chart box, measured once it is on screen. Until then (and on the
   * server) a narrow default: the rows' height hardly depends on the width,
   * so the measured redraw does not move what follows the chart.
   */
  private readonly chartBox = new MeasuredBox(this, '.chart-box', { width: 320, fontSize: 16, letterSpacing: 0 });
  private readonly warnings = new WarnOnce('[digi-widgets] <digi-cost-calculator>');
  private readonly settings = new SiteSettings(this, this.warnings);
  private readonly json = new JsonChild(this, () => this.requestUpdate('config', this.config));
  private readonly editor = new ScenarioEditor(this, {
    form: () => this.form!,
    edit: (form, immediately) => this.edit(form, immediately),
    recalculate: () => this.recalculate(true),
    resolved: () => this.resolved,
    locale: () => this.intlLocale,
    nextId: () => this.nextId(),
    localize: (translate) => this.localize(translate),
  });
  private readonly actions = new ResultActions(this, (translate) => this.localize(translate));
  private dirty = false;
  private idCount = 0;
  /** Recalculation waits for a pause in typing; the announcement for a pause after it. */
  private readonly typing = new Pause(this, typingPause);
  private readonly announcing = new Pause(this, announcePause);
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
    return this.calculation && this.evaluation ? changeDetail(this.calculation, this.evaluation) : undefined;
  }

  /** Also waits for a recalculation that waits for the typing pause, so `result` and the page show what was typed. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.typing.pending) {
      await this.typing.settled;
      complete = await super.getUpdateComplete();
    }
    return complete;
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
    this.editor.reset();
    this.recalculate(true);
  }

  /** Applies attribute values to the form: all of them at start (`changed` null), else the changed ones. */
  private withAttributes(form: FormState, changed: PropertyValues | null): FormState {
    return applyAttributes(form, this, (name) => changed === null || changed.has(name), this.intlLocale);
  }

  // ---- calculation ----

  private recalculate(byPerson: boolean): void {
    this.typing.cancel();
    if (!this.form) return;
    const evaluation = evaluate(this.form, this.resolved, this.intlLocale);
    this.evaluation = evaluation;
    this.calculation = calculate(evaluation.input, this.resolved.constants);
    if (this.calculation.scenarios.length) this.lastResult = { calc: this.calculation, evaluation };
    const detail = changeDetail(this.calculation, evaluation);
    const serialized = JSON.stringify(detail);
    if (serialized !== this.lastDetail) {
      this.lastDetail = serialized;
      this.pendingEmit = detail;
    }
    this.editor.keepErrorsOpen(evaluation);
    if (byPerson) {
      this.writeShared();
      this.announcing.after(() => {
        const text = this.localize(() => this.summaryText());
        if (text !== this.lastAnnounced) announce(text);
        this.lastAnnounced = text;
      });
    } else {
      this.lastAnnounced = this.localize(() => this.summaryText());
    }
  }

  // ---- editing ----

  private edit(form: FormState, immediately = false): void {
    this.form = form;
    this.dirty = true;
    this.actions.clear();
    if (immediately) this.recalculate(true);
    else this.typing.after(() => this.recalculate(true));
  }

  private setGlobal<K extends keyof FormState>(key: K, value: FormState[K], immediately = false): void {
    this.edit({ ...this.form!, [key]: value }, immediately);
  }

  // ---- export ----

  /** The results as CSV text (Belgian separators in nl and fr), header first; also for tests and hosts. */
  csv(): string {
    return this.localize(() => buildCsv(csvRows(this.words()), csvFormat(this.intlLocale)));
  }

  // ---- formatting ----

  private formatCache?: CostFormat;

  /** The formatters for the element's locale, rebuilt only when the locale changes. */
  private get f(): CostFormat {
    if (this.formatCache?.locale !== this.intlLocale) this.formatCache = new CostFormat(this.intlLocale);
    return this.formatCache;
  }

  private resultName(result: ScenarioResult): string {
    const index = this.form!.scenarios.findIndex((draft) => draft.id === result.id);
    return result.name || msg(str`Scenario ${index + 1}`);
  }

  /** What the result's words need: the result (the current one unless given), the form's evaluation, the formatters and the names. */
  private words(shown = { calc: this.calculation!, evaluation: this.evaluation! }): ResultWords {
    return { ...shown, f: this.f, name: (result) => this.resultName(result) };
  }

  /** The last result, when the current form has no scenario to calculate but had one before. */
  private get outdatedResult(): { calc: CostResult; evaluation: Evaluation } | undefined {
    return this.calculation!.scenarios.length ? undefined : this.lastResult;
  }

  /** Every field that shows an error now, in the form's order, for the summary at the top. */
  private errorItems(view: CalcView): ErrorSummaryItem[] {
    return shownFields(view.form).flatMap(({ id, field, scenario }) => {
      const message = visibleFieldError(view.evaluation, this.editor.touched, id, view.f);
      if (!message) return [];
      const label = fieldLabel(field, scenario?.acquisition);
      const index = scenario ? view.form.scenarios.indexOf(scenario) : -1;
      return [{ id, message, place: scenario ? `${view.displayName(scenario, index)}, ${label}` : label }];
    });
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
      headingLevel: headingLevelOf(this.headingLevel),
      heading: (text, depth, id) => heading(text, { level: headingLevelOf(this.headingLevel), depth, id }),
      resultName: (result) => this.resultName(result),
      displayName: (draft, index) => this.editor.displayName(draft, index),
      numberField: (options) => this.numberField(options),
      setGlobal: (key, value, immediately) => this.setGlobal(key, value, immediately),
      later: (stage, content) => this.later(stage, content),
    };
  }

  protected renderContent(): unknown {
    if (!this.form || !this.evaluation || !this.calculation) return nothing;
    const view = this.view();
    const editing = this.editor.editing();
    return html`<div class="calc">
      ${this.hideTitle
        ? nothing
        : html`<div class="calc__header">
            ${view.heading(this.regionName(), 0)}
            <p class="calc__intro">
              ${msg(
                'Vergelijk manieren om leerlingen een toestel te geven, over dezelfde periode: wat kost elk scenario per toestel en per leerling, welk budget geeft Digiplan uw school, en welke bijdrage van ouders zou nodig zijn? Wat u invult, blijft in uw browser.',
              )}
            </p>
          </div>`}
      ${issuesSection(view, this.settings)}
      ${errorSummary(view, this.errorItems(view), (id) => editing.goToFields([id]))}
      ${settingsSection(view)} ${scenariosSection(view, editing)}
      ${this.later(2, () => this.renderResults(view, editing))}
      ${this.later(3, () => parentSection(view))} ${this.later(4, () => envelopeSection(view))}
      ${this.later(4, () => sourcesSection(view))}
    </div>`;
  }

  protected override regionName(): string {
    return msg('Wat kosten digitale toestellen?');
  }

  private numberField(options: NumberFieldOptions): TemplateResult {
    return textField({
      ...options,
      inputMode: 'decimal',
      autocomplete: 'off',
      size: 10,
      error: visibleFieldError(this.evaluation, this.editor.touched, options.id, this.f),
      onChange: () => this.editor.touch(options.id),
    });
  }

  private renderResults(view: CalcView, editing: ReturnType<ScenarioEditor['editing']>): TemplateResult {
    const outdated = this.outdatedResult;
    if (!outdated) {
      return resultsSection(view, {
        summary: this.summaryText(),
        caption: tableCaption(this.words()),
        chart: this.chartBox.metrics,
        excluded: excludedList(view, editing),
        actions: this.renderActions(),
      });
    }
    // The last result, with why it is not updated; no copy or download of figures that no longer hold.
    const words = this.words(outdated);
    return resultsSection(
      { ...view, ...outdated },
      {
        summary: summaryText(words),
        caption: tableCaption(words),
        chart: this.chartBox.metrics,
        excluded: excludedList(view, editing),
        actions: nothing,
        outdated: this.summaryText(),
      },
    );
  }

  private renderActions(): TemplateResult {
    const { actions } = this;
    return actionsBar({
      status: actions.status,
      copyResult: () => void actions.copy(this.localize(() => plainText(this.words())), () => msg('Het resultaat is gekopieerd.')),
      downloadCsv: () => actions.downloadCsv(this.csv()),
      copyLink: this.shareKey
        ? () => {
            this.writeShared();
            void actions.copy(window.location.href, () => msg('De link is gekopieerd.'));
          }
        : undefined,
    });
  }
}
