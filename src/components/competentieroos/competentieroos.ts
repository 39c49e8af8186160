/**
 * `<digi-competentieroos>`: an accessible, interactive competence rose.
 * This module defines the class only; `define.ts` registers the tag.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DigiElement } from '../../core/digi-element.js';
import { MeasuredBox } from '../../core/measured-box.js';
import { locales } from '../../generated/locales/competentieroos/index.js';
import { msg, str } from '../../i18n/localize.js';
import { alert, alertStyles } from '../../primitives/alert.js';
import { announce } from '../../primitives/announcer.js';
import { button, buttonStyles } from '../../primitives/button.js';
import { iconStyles } from '../../primitives/icons.js';
import { chartStyles, roseChart, swatch, type Wedge } from './chart.js';
import { themePalette } from './colors.js';
import { competentieroosStyles } from './competentieroos.styles.js';
import { buildCsv, csvFormat, type CsvCell } from '../../core/csv.js';
import { downloadBlob } from '../../core/download.js';
import { changeDetail, selectDetail, type CompetenceChangeDetail, type CompetenceSelectDetail } from './events.js';
import { languageOf, textIn, type Competence, type Framework, type FrameworkInput, type LocalText } from './framework.js';
import { angleOf, levelAtRadius, roseLayout, wedgeAt, type RoseLayout } from './geometry.js';
import { medians, RoseInput, views, type RoseData, type View } from './input.js';
import { keyAction } from './navigation.js';
import { toLevelIds, type ProfileInput } from './profiles.js';
import type { Spread } from './stats.js';
import { summarise } from './summary.js';

export type { FrameworkInput, AreaInput, CompetenceInput, LevelInput, LocalTextInput } from './framework.js';
export type { ProfileInput, LevelsInput } from './profiles.js';
export type { Spread } from './stats.js';
export { presetIds, type PresetId } from './presets.js';
export type { CompetenceSelectDetail, CompetenceChangeDetail, DigiCompetentieroosEventMap } from './events.js';

/** The rose's width until the widget has measured its room. */
const defaultWidth = 480;

/**
 * A competence rose: one wedge per competence of a framework (DigCompEdu by
 * default), its length the level, grouped and coloured by area. For one
 * person (a teacher's Digisnap-style self-reflection), for a team (the median
 * per competence with the middle half of the team), and with an optional
 * comparison (before and after, or person and team) drawn as an outline.
 *
 * The rose is one tab stop: the arrow keys walk round the competences and say
 * each one's area and level, Enter or Space selects one. A table view shows
 * the same data as text, and the rose can be saved as SVG, PNG or CSV. With
 * `editable`, each wedge is a slider for a self-assessment: arrow up and down
 * change the level.
 *
 * Data can come from properties or attributes (JSON text), or from a
 * `<script type="application/json">` child with the keys `framework`,
 * `profile`, `profiles`, `comparison`, `label`, `profileLabel` and
 * `comparisonLabel` (properties win). Values that do not fit are named in the
 * widget and in the console; the rest is shown.
 *
 * @summary Competence rose (DigCompEdu, DigComp 2.2 or any framework) for one person or a team, with a table view, keyboard navigation and export.
 *
 * @event digi-competence-select - A competence was chosen with Enter, Space or a click. `detail` is a `CompetenceSelectDetail`: competence and area id, level and value, and the comparison's.
 * @event digi-competence-change - In `editable` mode, a level changed. `detail` is a `CompetenceChangeDetail`: the competence, its new level, and the whole profile (set it as `profile` to show it again).
 *
 * @csspart base - The widget's wrapper.
 * @csspart summary - The sentence naming the strongest and weakest areas.
 * @csspart view-switch - The choice between rose and table.
 * @csspart chart - The rose (SVG).
 * @csspart tooltip - The details of the competence under the pointer or focus (beside or under the rose, never over it).
 * @csspart chart-legend - The areas with their colour and pattern, and the meaning of the marks.
 * @csspart table - The table view.
 * @csspart actions - The export buttons.
 *
 * @cssprop --digi-competentieroos-area-1 - Colour of the first area colour token (and so on up to `-area-8`); needs 3:1 against the surface.
 * @cssprop --digi-competentieroos-area-2 - Second area colour.
 * @cssprop --digi-competentieroos-area-3 - Third area colour.
 * @cssprop --digi-competentieroos-area-4 - Fourth area colour.
 * @cssprop --digi-competentieroos-area-5 - Fifth area colour.
 * @cssprop --digi-competentieroos-area-6 - Sixth area colour.
 * @cssprop --digi-competentieroos-area-7 - Seventh area colour.
 * @cssprop --digi-competentieroos-area-8 - Eighth area colour.
 */
export class DigiCompetentieroos extends DigiElement {
  static override locales = locales;

  static override styles = [...DigiElement.styles, iconStyles, buttonStyles, alertStyles, chartStyles, ...competentieroosStyles];

  /**
   * The framework: a built-in one by name (`digcompedu`, the default;
   * `digcomp-2.2`; `modules-19`), or your own as an object or JSON text:
   * `{ name, areas: [{ id, name, code?, color? }], competences: [{ id, area,
   * name, description?, code? }], levels: [{ id, name }] }`, names as text or
   * per language (`{ "nl": …, "fr": …, "en": … }`).
   */
  @property() framework?: FrameworkInput | string;

  /** One person's levels: `{ "1.1": "B1", "1.2": "A2", … }` (level id or 1-based position), or `{ label, levels }`; object or JSON text. */
  @property() profile?: ProfileInput | string;

  /** A team: a list of profiles (object or JSON text). The rose shows each competence's median and the middle half of the team. */
  @property() profiles?: ProfileInput[] | string;

  /** A profile (or a list of them) to compare with, drawn as an outline: an earlier measurement, or the team. */
  @property() comparison?: ProfileInput | ProfileInput[] | string;

  /** The rose's title (default "Competentieroos"). */
  @property() label?: string;

  /** What the profile is called in the table, tooltip and legend (default "Niveau", or "Team" for a team). */
  @property({ attribute: 'profile-label' }) profileLabel?: string;

  /** What the comparison is called (default "Vergelijking"). */
  @property({ attribute: 'comparison-label' }) comparisonLabel?: string;

  /** `chart` (default) or `table`: the same data as a table. */
  @property({ reflect: true }) view: View | string = 'chart';

  /** Self-assessment: each wedge is a slider, arrow up and down change its level. Applies to one profile, not a team. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** Level (2-6) of the widget's title. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 2;

  @state() private focusIndex = 0;
  @state() private activeIndex: number | null = null;
  /** The chart box, measured; until then (and on the server) a default width, which CSS scales to the box. */
  private readonly chartBox = new MeasuredBox(this, '.chart-figure', { width: defaultWidth, fontSize: 16, letterSpacing: 0 });
  @state() private status = '';
  /** What the page gave, resolved: framework, data and problems. */
  private readonly input = new RoseInput(this);
  private hovering = false;

  /** The profile shown, as level ids by competence id; after editing, the edited one. Set it as `profile` to show it again. */
  get value(): Record<string, string | null> {
    return this.resolved ? toLevelIds(this.resolved, this.mainValues()) : {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onDocumentKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onDocumentKeyDown);
  }

  /** Also waits for a preset framework that is still loading, so tests and hosts see the drawn rose. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let settling = this.input.settling; settling; settling = this.input.settling) {
      await settling;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed as PropertyValues<this>);
    const inputs = ['framework', 'profile', 'profiles', 'comparison', 'editable', 'view', 'headingLevel'];
    this.input.update(!this.hasUpdated || inputs.some((name) => changed.has(name)));
    if (this.data && this.focusIndex >= this.data.main.spreads.length) this.focusIndex = 0;
  }

  private get resolved(): Framework | undefined {
    return this.input.framework;
  }

  private get data(): RoseData | undefined {
    return this.input.data;
  }

  private isEditing(): boolean {
    return this.input.editing;
  }

  private mainValues(): (number | null)[] {
    return medians(this.data?.main);
  }

  // ---- wording ----

  private get level(): number {
    const level = Number(this.headingLevel);
    return Number.isInteger(level) && level >= 2 && level <= 6 ? level : 2;
  }

  private get currentView(): View {
    return this.view === 'table' ? 'table' : 'chart';
  }

  private text(text: LocalText): string {
    return textIn(text, this.locale);
  }

  /** Framework text in the page, marked with its language when a custom framework lacks the reader's. */
  private named(text: LocalText): TemplateResult | string {
    const language = languageOf(text, this.locale);
    return language === this.locale ? this.text(text) : html`<span lang=${language}>${this.text(text)}</span>`;
  }

  /** Intl formatters are slow to make (the first one loads the locale's data): each made once per locale, when first needed. */
  private formatters = new Map<string, Intl.NumberFormat | Intl.ListFormat>();

  private formatter<T extends Intl.NumberFormat | Intl.ListFormat>(kind: string, make: (locale: string) => T): T {
    const key = `${kind} ${this.intlLocale}`;
    if (!this.formatters.has(key)) this.formatters.set(key, make(this.intlLocale));
    return this.formatters.get(key) as T;
  }

  private number(value: number): string {
    return this.formatter('number', (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })).format(value);
  }

  private levelName(value: number): string {
    const level = this.resolved!.levels[value - 1];
    if (!level) return '';
    const name = this.text(level.name);
    return name && name !== level.id ? `${level.id} ${name}` : level.id;
  }

  /** A level in words; a team's median or quartile may fall between two levels. */
  private levelText(value: number | null): string {
    if (value === null) return msg('niet ingevuld');
    if (Number.isInteger(value)) return this.levelName(value);
    return msg(str`tussen ${this.levelName(Math.floor(value))} en ${this.levelName(Math.ceil(value))}`);
  }

  private levelShort(value: number): string {
    const levels = this.resolved!.levels;
    return Number.isInteger(value) ? levels[value - 1]!.id : `${levels[Math.floor(value) - 1]!.id}–${levels[Math.ceil(value) - 1]!.id}`;
  }

  private mainLabel(): string {
    const main = this.data?.main;
    return this.input.labels.profile || main?.label || (main?.team ? msg('Team') : msg('Niveau'));
  }

  private comparisonName(): string {
    return this.input.labels.comparison || this.data?.comparison?.label || msg('Vergelijking');
  }

  private titleText(): string {
    return this.input.labels.title || msg('Competentieroos');
  }

  private difference(main: Spread | null, other: Spread | null | undefined): number | null {
    return main && other ? main.median - other.median : null;
  }

  private signed(value: number): string {
    return this.formatter('signed', (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' })).format(value);
  }

  private spreadText(spread: Spread): string {
    if (spread.q1 === spread.q3) return this.levelShort(spread.q1);
    return msg(str`${this.levelShort(spread.q1)} tot ${this.levelShort(spread.q3)}`);
  }

  /** What a wedge is called: competence and area, then (when not editable) its level, spread and comparison. */
  private wedgeLabel(competence: Competence): string {
    const data = this.data!;
    const main = data.main.spreads[competence.index] ?? null;
    const other = data.comparison?.spreads[competence.index];
    const parts = [`${competence.code} ${this.text(competence.name)} (${this.text(competence.area.name)})`];
    if (!this.isEditing()) {
      parts.push(data.main.team ? msg(str`mediaan ${this.levelText(main?.median ?? null)}`) : this.levelText(main?.median ?? null));
      if (data.main.team && main && main.n > 1) parts.push(msg(str`middelste helft ${this.spreadText(main)}, ${main.n} profielen`));
    }
    if (data.comparison) parts.push(`${this.comparisonName()}: ${this.levelText(other?.median ?? null)}`);
    return parts.join(', ');
  }

  private summaryText(): string {
    const framework = this.resolved!;
    const data = this.data!;
    const values = this.mainValues();
    const comparison = data.comparison?.spreads.map((spread) => spread?.median ?? null);
    const summary = summarise(framework, values, comparison);
    const list = (indexes: readonly number[]) => {
      const names = indexes.map((index) => this.text(framework.areas[index]!.name));
      return names.length === 1 ? names[0]! : this.formatter('list', (locale) => new Intl.ListFormat(locale, { type: 'conjunction' })).format(names);
    };
    const mean = (index: number) => this.number(summary.scores.find((score) => score.areaIndex === index)!.mean!);
    const levels = framework.levels.length;
    const parts: string[] = [];
    if (data.main.team) parts.push(msg(str`Mediaan van ${data.main.count} profielen.`));
    if (summary.filled === 0) {
      parts.push(this.isEditing() ? msg('Nog geen niveaus ingevuld. Kies per competentie een niveau.') : msg('Nog geen niveaus ingevuld.'));
    } else if (summary.strongest.length === summary.scores.filter((score) => score.mean !== null).length) {
      parts.push(msg(str`Alle gebieden staan even sterk: gemiddeld niveau ${mean(summary.strongest[0]!)} van ${levels}.`));
    } else {
      parts.push(msg(str`Sterkst: ${list(summary.strongest)} (gemiddeld niveau ${mean(summary.strongest[0]!)} van ${levels}).`));
      parts.push(msg(str`Zwakst: ${list(summary.weakest)} (gemiddeld niveau ${mean(summary.weakest[0]!)} van ${levels}).`));
    }
    if (summary.filled > 0 && summary.filled < summary.total) parts.push(msg(str`${summary.filled} van ${summary.total} competenties ingevuld.`));
    const compared = summary.comparison;
    if (compared && compared.compared > 0) {
      parts.push(
        msg(str`Tegenover ${this.comparisonName()}: ${compared.higher} hoger, ${compared.lower} lager, ${compared.same} gelijk.`),
      );
    }
    return parts.join(' ');
  }

  // ---- interaction ----

  private indexOf(target: EventTarget | null): number | null {
    const element = target instanceof Element ? target.closest('[data-index]') : null;
    const index = element ? Number(element.getAttribute('data-index')) : NaN;
    return Number.isInteger(index) ? index : null;
  }

  private target(index: number): SVGElement | null {
    return this.renderRoot.querySelector<SVGElement>(`.target[data-index="${index}"]`);
  }

  private async moveFocus(index: number): Promise<void> {
    this.focusIndex = index;
    this.activeIndex = index;
    await this.updateComplete;
    this.target(index)?.focus();
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const index = this.indexOf(event.target);
    if (index === null || !this.data) return;
    const value = this.data.main.spreads[index]?.median ?? 0;
    const action = keyAction(event.key, {
      index,
      count: this.data.main.spreads.length,
      editable: this.isEditing(),
      value: Math.round(value),
      levels: this.resolved!.levels.length,
    });
    if (!action) return;
    if (action.type === 'dismiss') {
      if (this.activeIndex === null) return;
      this.activeIndex = null;
      event.stopPropagation();
    } else if (action.type === 'move') void this.moveFocus(action.index);
    else if (action.type === 'select') this.select(index);
    else this.setLevel(index, action.value);
    event.preventDefault();
  };

  /** Escape also closes the details opened by hovering while the focus is elsewhere (WCAG 1.4.13). */
  private readonly onDocumentKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.activeIndex !== null && !event.composedPath().includes(this)) this.activeIndex = null;
  };

  private readonly onFocusIn = (event: FocusEvent) => {
    const index = this.indexOf(event.target);
    if (index === null) return;
    this.focusIndex = index;
    this.activeIndex = index;
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (!this.hovering && !(next instanceof Element && next.closest('.chart-figure'))) this.activeIndex = null;
  };

  private readonly onPointerOver = (event: PointerEvent) => {
    const index = this.indexOf(event.target);
    this.hovering = true;
    if (index !== null) this.activeIndex = index;
  };

  private readonly onPointerLeave = () => {
    this.hovering = false;
  };

  private readonly onClick = (event: MouseEvent) => {
    const index = this.indexOf(event.target);
    if (index === null) return;
    this.focusIndex = index;
    this.activeIndex = index;
    if (this.isEditing()) {
      const svg = (event.target as Element).closest('svg')!;
      const box = svg.getBoundingClientRect();
      const layout = this.layout();
      const scale = layout.size / (box.width || layout.size);
      const x = (event.clientX - box.left) * scale;
      const y = (event.clientY - box.top) * scale;
      // The click's own wedge, even when the pointer slipped onto a neighbour's edge.
      const wedge = wedgeAt(angleOf(layout.cx, layout.cy, x, y), this.data!.main.spreads.length);
      if (wedge === index) {
        const radius = Math.hypot(x - layout.cx, y - layout.cy);
        this.setLevel(index, levelAtRadius(radius, this.resolved!.levels.length, layout.inner, layout.outer));
      }
    }
    this.select(index);
  };

  private select(index: number): void {
    this.emit<CompetenceSelectDetail>('digi-competence-select', selectDetail(this.resolved!, this.data!, index));
  }

  /** Sets a level (0: not filled in) in editable mode and says so with `digi-competence-change`. */
  private setLevel(index: number, value: number): void {
    if (!this.isEditing()) return;
    const framework = this.resolved!;
    const current = this.data!.main.spreads[index]?.median ?? null;
    const next = value === 0 ? null : value;
    if (current === next) return;
    // Resolved at once, so `value` and the event carry the new level.
    this.input.edit(framework.competences[index]!.id, next);
    this.emit<CompetenceChangeDetail>('digi-competence-change', changeDetail(framework, index, next, this.value));
  }

  // ---- export ----

  private fileName(extension: string): string {
    const base = this.titleText()
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return `${base || 'competentieroos'}.${extension}`;
  }

  /** The table's data as CSV text (header first), in the reader's language and number format. */
  csv(): string {
    if (!this.resolved || !this.data) return '';
    return this.localize(() => {
      const framework = this.resolved!;
      const data = this.data!;
      const team = data.main.team;
      const header: CsvCell[] = [msg('Gebied'), msg('Code'), msg('Competentie'), msg('Waarde'), this.mainLabel()];
      if (team) header.push(msg('Eerste kwartiel'), msg('Derde kwartiel'), msg('Profielen'));
      if (data.comparison) header.push(msg(str`${this.comparisonName()} (waarde)`), this.comparisonName(), msg('Verschil (niveaus)'));
      const rows: CsvCell[][] = [header];
      for (const competence of framework.competences) {
        const main = data.main.spreads[competence.index] ?? null;
        const other = data.comparison?.spreads[competence.index] ?? null;
        const row: CsvCell[] = [
          `${competence.area.code} ${this.text(competence.area.name)}`,
          competence.code,
          this.text(competence.name),
          main?.median ?? null,
          main ? this.levelText(main.median) : '',
        ];
        if (team) row.push(main?.q1 ?? null, main?.q3 ?? null, main?.n ?? 0);
        if (data.comparison) row.push(other?.median ?? null, other ? this.levelText(other.median) : '', this.difference(main, other));
        rows.push(row);
      }
      return buildCsv(rows, csvFormat(this.intlLocale), 2);
    });
  }

  private async exportFile(kind: 'svg' | 'png' | 'csv'): Promise<void> {
    const done = (name: string) => this.localize(() => msg(str`${name} is gedownload.`));
    const failed = this.localize(() => msg('Het bestand kon niet gemaakt worden. Probeer het opnieuw of gebruik de tabel.'));
    try {
      const { serializeSvg, svgToPng } = await import('./export.js');
      const name = this.fileName(kind);
      if (kind === 'csv') {
        // A byte-order mark lets spreadsheet programs read the accents as UTF-8.
        downloadBlob(this.renderRoot, new Blob(['\ufeff', this.csv()], { type: 'text/csv;charset=utf-8' }), name);
      } else {
        const svgElement = this.renderRoot.querySelector<SVGSVGElement>('.rose-svg')!;
        const text = serializeSvg(svgElement, this.titleText(), this.localize(() => this.summaryText()));
        const size = this.layout().size;
        downloadBlob(this.renderRoot, kind === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await svgToPng(text, size, size), name);
      }
      this.status = done(name);
    } catch (error) {
      console.error(`[digi-widgets] <${this.localName}> export as ${kind} failed.`, error);
      this.status = failed;
    }
    announce(this.status);
  }

  // ---- size ----

  private layout(): RoseLayout {
    const framework = this.resolved!;
    return roseLayout({
      ...this.chartBox.metrics,
      count: framework.competences.length,
      codeLength: Math.max(...framework.competences.map((competence) => competence.code.length)),
    });
  }

  // ---- rendering ----

  protected renderContent(): unknown {
    const framework = this.resolved;
    const palette = themePalette[this.resolvedTheme] === 'dark' ? 'rose--dark' : '';
    return html`<div class="rose ${palette}">
      <div class="rose__header">
        <div class="heading" role="heading" aria-level=${this.level} id="rose-title">${this.titleText()}</div>
        ${framework && this.data ? html`<p class="rose__subtitle">${this.subtitle(framework, this.data)}</p>` : nothing}
      </div>
      ${this.renderProblems()}
      ${this.input.loading
        ? html`<p class="rose__loading" role="status">${msg('Het raamwerk wordt geladen…')}</p>`
        : framework && this.data
          ? this.renderRose(framework, this.data)
          : nothing}
    </div>`;
  }

  private subtitle(framework: Framework, data: RoseData): TemplateResult {
    const who = data.main.team ? msg(str`${this.mainLabel()}: ${data.main.count} profielen`) : data.main.label || this.profileLabel || '';
    return html`${this.named(framework.name)}${who ? html` · ${who}` : nothing}${data.comparison ? html` · ${msg(str`vergeleken met ${this.comparisonName()}`)}` : nothing}`;
  }

  private renderProblems(): unknown {
    const { problems, problemWords } = this.input;
    if (!problems.length) return nothing;
    const blocking = !this.resolved && !this.input.loading;
    return alert({
      tone: blocking ? 'danger' : 'warning',
      headingLevel: Math.min(6, this.level + 1) as 3,
      title: blocking ? msg('De competentieroos kan niet getekend worden') : msg('Niet alle gegevens konden gebruikt worden'),
      message: html`<p>
          ${blocking
            ? msg('Het raamwerk klopt niet. Voor wie de website beheert:')
            : msg('De roos toont wat wel bruikbaar is. Voor wie de website beheert:')}
        </p>
        <ul class="problems">
          ${problems.map((problem) => html`<li><code>${problem.path}</code>${problemWords ? html`: ${problemWords.problemText(problem)}` : nothing}</li>`)}
        </ul>`,
    });
  }

  private renderRose(framework: Framework, data: RoseData): TemplateResult {
    const view = this.currentView;
    return html`<p class="rose__summary" id="rose-summary" part="summary">${this.summaryText()}</p>
      <div class="rose__switch" part="view-switch" role="group" aria-labelledby="rose-view">
        <span class="rose__switch-label" id="rose-view">${msg('Toon als')}</span>
        ${views.map((option) =>
          button({
            label: option === 'chart' ? msg('Roos') : msg('Tabel'),
            pressed: view === option,
            className: 'rose__view',
            onClick: () => (this.view = option),
          }),
        )}
      </div>
      <div class="chart-area" ?hidden=${view !== 'chart'}>${this.renderChart(framework, data)}</div>
      <div class="table-area" ?hidden=${view !== 'table'}>${this.renderTable(framework, data)}</div>
      <div class="rose__actions" part="actions">
        ${button({ label: msg('Download als PNG'), icon: 'download', onClick: () => void this.exportFile('png') })}
        ${button({ label: msg('Download als SVG'), icon: 'download', onClick: () => void this.exportFile('svg') })}
        ${button({ label: msg('Download als CSV'), icon: 'download', onClick: () => void this.exportFile('csv') })}
      </div>
      ${this.status ? html`<p class="rose__status">${this.status}</p>` : nothing}`;
  }

  private renderChart(framework: Framework, data: RoseData): TemplateResult {
    const editing = this.isEditing();
    const wedges: Wedge[] = framework.competences.map((competence) => {
      const main = data.main.spreads[competence.index] ?? null;
      const value = main?.median ?? null;
      return {
        slot: competence.area.color,
        area: competence.area.index,
        code: competence.code,
        value,
        spread: data.main.team && main && main.n > 1 ? { q1: main.q1, q3: main.q3 } : null,
        comparison: data.comparison?.spreads[competence.index]?.median ?? null,
        label: this.wedgeLabel(competence),
        valueText: this.levelText(value),
      };
    });
    return html`<div
        class="chart-figure"
        @keydown=${this.onKeyDown}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
        @pointerover=${this.onPointerOver}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
      >
        ${roseChart({
          layout: this.layout(),
          levelLabels: framework.levels.map((level) => level.id),
          wedges,
          areaCodes: framework.areas.map((area) => area.code),
          editable: editing,
          focusIndex: this.focusIndex,
          activeIndex: this.activeIndex,
          labelledBy: 'rose-title',
          describedBy: 'rose-summary',
          animate: true,
        })}
      </div>
      <div class="chart-side">${this.renderDetails(framework, data)} ${this.renderLegend(framework, data)}</div>`;
  }

  private renderDetails(framework: Framework, data: RoseData): TemplateResult {
    const index = this.activeIndex;
    const competence = index === null ? undefined : framework.competences[index];
    if (!competence) {
      return html`<div class="details details--hint" part="tooltip">
        <p>
          ${this.isEditing()
            ? msg('Kies een competentie met de pijltjes links en rechts (of de muis) en zet het niveau met de pijltjes omhoog en omlaag, of klik op de hoogte van het niveau.')
            : msg('Ga met de pijltjes of de muis over de roos om elke competentie te lezen. Enter of een klik kiest een competentie.')}
        </p>
      </div>`;
    }
    const main = data.main.spreads[competence.index] ?? null;
    const other = data.comparison?.spreads[competence.index];
    const difference = this.difference(main, other);
    return html`<div class="details" part="tooltip">
      <p class="details__title">${competence.code} ${this.named(competence.name)}</p>
      <p class="details__area">${competence.area.code} ${this.named(competence.area.name)}</p>
      <dl>
        <div><dt>${this.mainLabel()}</dt><dd>${this.levelText(main?.median ?? null)}</dd></div>
        ${data.main.team && main
          ? html`<div><dt>${msg('Middelste helft')}</dt><dd>${this.spreadText(main)}</dd></div>
              <div><dt>${msg('Profielen')}</dt><dd>${main.n}</dd></div>`
          : nothing}
        ${data.comparison
          ? html`<div><dt>${this.comparisonName()}</dt><dd>${this.levelText(other?.median ?? null)}</dd></div>
              ${difference === null ? nothing : html`<div><dt>${msg('Verschil (niveaus)')}</dt><dd>${this.signed(difference)}</dd></div>`}`
          : nothing}
      </dl>
      ${competence.description ? html`<p class="details__description">${this.named(competence.description)}</p>` : nothing}
      <p class="details__dismiss">${msg('Escape sluit deze uitleg.')}</p>
    </div>`;
  }

  private renderLegend(framework: Framework, data: RoseData): TemplateResult {
    const used = framework.areas.filter((area) => framework.competences.some((competence) => competence.area === area));
    return html`<div class="legend" part="chart-legend">
      <p class="legend__title" id="rose-legend">${msg('Legende')}</p>
      <ul aria-labelledby="rose-legend">
        ${used.map((area) => html`<li>${swatch(area.color)}<span><span class="legend__code">${area.code}</span> ${this.named(area.name)}</span></li>`)}
        ${data.comparison
          ? html`<li>
              <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path class="comparison" d="M1 8h14"></path></svg>
              <span>${msg(str`Stippellijn: ${this.comparisonName()}`)}</span>
            </li>`
          : nothing}
        ${data.main.team
          ? html`<li>
              <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><rect class="spread" x="3" y="2" width="10" height="12"></rect></svg>
              <span>${msg('Kader: de middelste helft van het team (eerste tot derde kwartiel)')}</span>
            </li>`
          : nothing}
        <li class="legend__rings">${msg(str`Ringen: niveaus ${framework.levels[0]!.id} (binnen) tot ${framework.levels[framework.levels.length - 1]!.id} (buiten)`)}</li>
      </ul>
    </div>`;
  }

  private renderTable(framework: Framework, data: RoseData): TemplateResult {
    const team = data.main.team;
    return html`<div class="table-wrap" role="region" aria-labelledby="rose-caption" tabindex="0">
      <table part="table">
        <caption id="rose-caption">
          ${msg(str`${this.titleText()}: niveau per competentie`)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Gebied')}</th>
            <th scope="col">${msg('Competentie')}</th>
            <th scope="col">${this.mainLabel()}</th>
            ${team ? html`<th scope="col">${msg('Middelste helft')}</th><th scope="col">${msg('Profielen')}</th>` : nothing}
            ${data.comparison ? html`<th scope="col">${this.comparisonName()}</th><th scope="col">${msg('Verschil (niveaus)')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${framework.competences.map((competence) => {
            const main = data.main.spreads[competence.index] ?? null;
            const other = data.comparison?.spreads[competence.index] ?? null;
            const difference = this.difference(main, other);
            return html`<tr>
              <td>${competence.area.code} ${this.named(competence.area.name)}</td>
              <th scope="row">${competence.code} ${this.named(competence.name)}</th>
              <td>${this.levelText(main?.median ?? null)}</td>
              ${team ? html`<td>${main ? this.spreadText(main) : '–'}</td><td class="number">${main?.n ?? 0}</td>` : nothing}
              ${data.comparison
                ? html`<td>${this.levelText(other?.median ?? null)}</td><td class="number">${difference === null ? '–' : this.signed(difference)}</td>`
                : nothing}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}
