/**
 * `<digi-competentieroos>`: an accessible, interactive competence rose.
 * This module defines the class only; `define.ts` registers the tag. The
 * element holds the public API, the interaction state and the lifecycle:
 * input.ts resolves what the page gave, texts.ts words it, views/ draws it.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DigiElement } from '../../core/digi-element.js';
import { downloadBlob } from '../../core/download.js';
import { MeasuredBox } from '../../core/measured-box.js';
import { locales } from '../../generated/locales/competentieroos/index.js';
import { msg, str } from '../../i18n/localize.js';
import { alertStyles } from '../../primitives/alert.js';
import { announce } from '../../primitives/announcer.js';
import { buttonStyles } from '../../primitives/button.js';
import { headingLevelOf, headingStyles, type HeadingLevel } from '../../primitives/heading.js';
import { iconStyles } from '../../primitives/icons.js';
import { tableStyles } from '../../primitives/table.js';
import { chartStyles } from './chart.js';
import { themePalette } from './colors.js';
import { competentieroosStyles } from './competentieroos.styles.js';
import { changeDetail, selectDetail, type CompetenceChangeDetail, type CompetenceSelectDetail } from './events.js';
import type { Framework, FrameworkInput } from './framework.js';
import { angleOf, levelAtRadius, roseLayout, wedgeAt, type RoseLayout } from './geometry.js';
import { medians, RoseInput, type RoseData, type View } from './input.js';
import { keyAction } from './navigation.js';
import { toLevelIds, type ProfileInput } from './profiles.js';
import { fileName, RoseTexts, titleText } from './texts.js';
import { roseHeader } from './views/header.js';
import { loadingNotice, problemsNotice } from './views/notices.js';
import { roseBody } from './views/rose.js';
import type { ChartListeners, ExportKind, RoseView } from './views/view.js';

export type { FrameworkInput, AreaInput, CompetenceInput, LevelInput, LocalTextInput } from './framework.js';
export type { ProfileInput, LevelsInput } from './profiles.js';
export type { Spread } from './stats.js';
export { presetIds, type PresetId } from './presets.js';
export type { CompetenceSelectDetail, CompetenceChangeDetail, DigiCompetentieroosEventMap } from './events.js';

/** The rose's width until the widget has measured its room. */
const defaultWidth = 480;

/** The inputs whose change makes the rose resolve its data again. */
const inputs = ['framework', 'profile', 'profiles', 'comparison', 'editable', 'view', 'headingLevel'];

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
 * @csspart actions - The export buttons (not while no level is filled in).
 * @csspart next-step - While no level is filled in: what to do first (in `editable` mode a button to the first competence).
 *
 * @slot empty - While no level is filled in (and not `editable`): the page's own next step, such as a link to its self-reflection; replaces the default sentence.
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

  static override styles = [
    ...DigiElement.styles,
    DigiElement.reservedSpace('competentieroos'),
    iconStyles,
    buttonStyles,
    alertStyles,
    headingStyles,
    tableStyles,
    chartStyles,
    ...competentieroosStyles,
  ];

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
  @state() private status = '';
  /** The chart box, measured; until then (and on the server) a default width, which CSS scales to the box. */
  private readonly chartBox = new MeasuredBox(this, '.chart-figure', { width: defaultWidth, fontSize: 16, letterSpacing: 0 });
  /** What the page gave, resolved: framework, data and problems. */
  private readonly input = new RoseInput(this);
  private hovering = false;

  /** The profile shown, as level ids by competence id; after editing, the edited one. Set it as `profile` to show it again. */
  get value(): Record<string, string | null> {
    const framework = this.input.framework;
    return framework ? toLevelIds(framework, medians(this.input.data?.main)) : {};
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
    this.input.update(!this.hasUpdated || inputs.some((name) => changed.has(name)));
    const data = this.input.data;
    if (data && this.focusIndex >= data.main.spreads.length) this.focusIndex = 0;
  }

  /** The table's data as CSV text (header first), in the reader's language and number format. */
  csv(): string {
    const texts = this.texts();
    return texts ? this.localize(() => texts.csv()) : '';
  }

  // ---- rendering ----

  protected override get settled(): boolean {
    return !this.input.loading;
  }

  protected renderContent(): unknown {
    const { framework, data, loading, problems, problemWords } = this.input;
    const headingLevel = headingLevelOf(this.headingLevel);
    const view = framework && data ? this.roseView(framework, data, headingLevel) : undefined;
    const palette = themePalette[this.resolvedTheme] === 'dark' ? 'rose--dark' : '';
    return html`<div class="rose ${palette}">
      ${roseHeader(this.titleText(), headingLevel, view, this.hideTitle)}
      ${problemsNotice({ problems, blocking: !framework && !loading, headingLevel, problemText: problemWords?.problemText })}
      ${loading ? loadingNotice() : view ? roseBody(view, this.status) : nothing}
    </div>`;
  }

  private roseView(framework: Framework, data: RoseData, headingLevel: HeadingLevel): RoseView {
    return {
      framework,
      data,
      texts: this.texts()!,
      locale: this.locale,
      headingLevel,
      title: this.titleText(),
      profileLabel: this.profileLabel,
      editing: this.input.editing,
      view: this.view === 'table' ? 'table' : 'chart',
      layout: this.layout(),
      focusIndex: this.focusIndex,
      activeIndex: this.activeIndex,
      listeners: this.listeners,
      setView: (view: View) => (this.view = view),
      exportFile: (kind) => void this.exportFile(kind),
      focusWedge: (index) => void this.moveFocus(index),
      later: (stage, content) => this.later(stage, content),
    };
  }

  protected override regionName(): string {
    return this.titleText();
  }

  private titleText(): string {
    return titleText(this.input.labels.title);
  }

  /** The words for the data shown; none until there is a framework and data. */
  private texts(): RoseTexts | undefined {
    const { framework, data, editing, labels } = this.input;
    return framework && data ? new RoseTexts(framework, data, { locale: this.locale, intlLocale: this.intlLocale, editing, labels }) : undefined;
  }

  private layout(): RoseLayout {
    const framework = this.input.framework!;
    return roseLayout({
      ...this.chartBox.metrics,
      count: framework.competences.length,
      codeLength: Math.max(...framework.competences.map((competence) => competence.code.length)),
    });
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

  /** On the rose's HTML parent (see chart.ts). */
  private readonly listeners: ChartListeners = {
    keydown: (event) => {
      const index = this.indexOf(event.target);
      const data = this.input.data;
      if (index === null || !data) return;
      const value = data.main.spreads[index]?.median ?? 0;
      const action = keyAction(event.key, {
        index,
        count: data.main.spreads.length,
        editable: this.input.editing,
        value: Math.round(value),
        levels: this.input.framework!.levels.length,
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
    },
    focusin: (event) => {
      const index = this.indexOf(event.target);
      if (index === null) return;
      this.focusIndex = index;
      this.activeIndex = index;
    },
    focusout: (event) => {
      const next = event.relatedTarget;
      if (!this.hovering && !(next instanceof Element && next.closest('.chart-figure'))) this.activeIndex = null;
    },
    pointerover: (event) => {
      const index = this.indexOf(event.target);
      this.hovering = true;
      if (index !== null) this.activeIndex = index;
    },
    pointerleave: () => {
      this.hovering = false;
    },
    click: (event) => {
      const index = this.indexOf(event.target);
      if (index === null) return;
      this.focusIndex = index;
      this.activeIndex = index;
      if (this.input.editing) {
        const svg = (event.target as Element).closest('svg')!;
        const box = svg.getBoundingClientRect();
        const layout = this.layout();
        const scale = layout.size / (box.width || layout.size);
        const x = (event.clientX - box.left) * scale;
        const y = (event.clientY - box.top) * scale;
        // The click's own wedge, even when the pointer slipped onto a neighbour's edge.
        const wedge = wedgeAt(angleOf(layout.cx, layout.cy, x, y), this.input.data!.main.spreads.length);
        if (wedge === index) {
          const radius = Math.hypot(x - layout.cx, y - layout.cy);
          this.setLevel(index, levelAtRadius(radius, this.input.framework!.levels.length, layout.inner, layout.outer));
        }
      }
      this.select(index);
    },
  };

  /** Escape also closes the details opened by hovering while the focus is elsewhere (WCAG 1.4.13). */
  private readonly onDocumentKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.activeIndex !== null && !event.composedPath().includes(this)) this.activeIndex = null;
  };

  private select(index: number): void {
    this.emit<CompetenceSelectDetail>('digi-competence-select', selectDetail(this.input.framework!, this.input.data!, index));
  }

  /** Sets a level (0: not filled in) in editable mode and says so with `digi-competence-change`. */
  private setLevel(index: number, value: number): void {
    if (!this.input.editing) return;
    const framework = this.input.framework!;
    const current = this.input.data!.main.spreads[index]?.median ?? null;
    const next = value === 0 ? null : value;
    if (current === next) return;
    // Resolved at once, so `value` and the event carry the new level.
    this.input.edit(framework.competences[index]!.id, next);
    this.emit<CompetenceChangeDetail>('digi-competence-change', changeDetail(framework, index, next, this.value));
  }

  // ---- export ----

  private async exportFile(kind: ExportKind): Promise<void> {
    const done = (name: string) => this.localize(() => msg(str`${name} is gedownload.`));
    const failed = this.localize(() => msg('Het bestand kon niet gemaakt worden. Probeer het opnieuw of gebruik de tabel.'));
    try {
      const { serializeSvg, svgToPng } = await import('./export.js');
      const name = fileName(this.titleText(), kind);
      if (kind === 'csv') {
        // A byte-order mark lets spreadsheet programs read the accents as UTF-8.
        downloadBlob(this.renderRoot, new Blob(['\ufeff', this.csv()], { type: 'text/csv;charset=utf-8' }), name);
      } else {
        const svgElement = this.renderRoot.querySelector<SVGSVGElement>('.rose-svg')!;
        const text = serializeSvg(svgElement, this.titleText(), this.localize(() => this.texts()!.summaryText()));
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
}
