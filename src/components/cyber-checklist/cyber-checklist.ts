/**
 * `<digi-cyber-checklist>`: a school's growth path in cybersecurity and
 * privacy. This module defines the class only; `define.ts` registers the tag.
 *
 * The element is a thin frame: its public API. The work (content, answers,
 * saving, export and import, what is shown) is the `Checklist` controller in
 * checklist.ts, loaded lazily at the same time as the content, since nothing
 * can be shown before the content is there; the first download stays small.
 */
import { html, isServer, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DigiElement } from '../../core/digi-element.js';
import { addServerStyles, adoptLateStyles } from '../../core/late-styles.js';
import { locales } from '../../generated/locales/cyber-checklist/index.js';
import { msg } from '../../i18n/localize.js';
import type { Locale } from '../../i18n/locales.js';
import { alert, alertStyles } from '../../primitives/alert.js';
import { headingLevelOf, headingStyles } from '../../primitives/heading.js';
import { iconStyles } from '../../primitives/icons.js';
import { builtInContentModules, usesBuiltIn, type ContentInput } from './built-in.js';
import type { Checklist } from './checklist.js';
import type { ChecklistContent } from './content.js';
import type { ChecklistChangeDetail, DigiCyberChecklistEventMap } from './events.js';
import type { ChecklistState, Status } from './state.js';
import type { StorageLike } from './storage.js';

export type { ChecklistChangeDetail, ChecklistContent, ChecklistState, DigiCyberChecklistEventMap, Status };

type ChecklistModule = typeof import('./checklist.js');
/** The checklist's code once loaded, shared by every checklist on the page. */
let checklistModule: ChecklistModule | undefined;
let checklistLoading: Promise<ChecklistModule> | undefined;

function loadChecklistCode(): Promise<ChecklistModule> {
  checklistLoading ??= import('./checklist.js').then(
    (module) => (checklistModule = module),
    (error: unknown) => {
      checklistLoading = undefined;
      throw error;
    },
  );
  return checklistLoading;
}

/**
 * Loads the checklist's code and the built-in content for `locale` (once,
 * however many checklists ask). Never rejects: a failure is reported in the
 * console and shown in the widget. Server rendering awaits it first, since a
 * server render cannot wait.
 */
export async function loadBuiltInContent(locale: Locale, tag = 'digi-cyber-checklist'): Promise<void> {
  let module: ChecklistModule;
  try {
    module = await loadChecklistCode();
  } catch (error) {
    console.error(`[digi-widgets] <${tag}> could not load its code (checklist chunk).`, error);
    return;
  }
  if (isServer) addServerStyles(DigiCyberChecklist, module.checklistSheets);
  await module.loadBuiltInContent(locale, tag);
}

/**
 * A school's growth path in cybersecurity and privacy: each measure gets a
 * status (not started, in progress, done, not applicable) and a note; the
 * widget shows progress per theme and overall, the level reached (every
 * basic measure done = this checklist's basic level) and the next steps, and prints as a
 * dated report.
 *
 * Answers are saved automatically in the browser, under the checklist's id
 * and content version, and restored on the next visit; a newer content
 * version keeps the answers of measures that remain and lists the others as
 * archived. When the browser cannot save (private mode, storage full or
 * unreadable) the widget says so, keeps working and offers an export. Two
 * tabs on the same checklist: the newer answers win, and the other tab says
 * it reloaded them. Export to and import from a JSON file, with a preview of
 * what an import changes.
 *
 * Content is data (see `content.ts`): the `content` property, else a
 * `<script type="application/json">` child, else the `src` URL, else the
 * built-in growth path in the page's language.
 * The content names itself: its `title`, and its
 * `source` (`label`, `url`, `status`), shown under the title; the built-in
 * content says it is based on public frameworks and is not the official GRIP.
 * Its `authority` (`name`, `url`) is the supervisory authority for data
 * protection its measures name (`{authority}` in a text, `{ "authority": true }`
 * as a link): for the built-in content the Vlaamse Toezichtcommissie (VTC) in
 * Dutch and English, the Autorité de protection des données (APD) in French.
 * A bad `authority` is left out with a warning in the widget and the console;
 * the rest of the checklist loads.
 *
 * @summary A school's growth path in cybersecurity and privacy, saved without loss.
 *
 * @event digi-checklist-change - After every change by the person (status, note, school, import). `detail` is a `ChecklistChangeDetail` with the whole `state`, for hosts that store it themselves.
 *
 * @csspart base - The widget's wrapper.
 * @csspart source - The line under the title: what the content is (its `status`) and its source.
 * @csspart summary - Overall progress, level and storage status.
 * @csspart next-steps - The list of most important open measures.
 * @csspart filters - Theme, level and status filters.
 * @csspart theme - Each theme's section.
 * @csspart measure - Each measure.
 * @csspart report - The printable report.
 *
 * @cssprop --digi-cyber-checklist-done-color - Colour of a measure's edge when it is done (default: the theme's success colour).
 */
export class DigiCyberChecklist extends DigiElement {
  static override locales = locales;

  static override styles = [
    ...DigiElement.styles,
    DigiElement.reservedSpace('cyber-checklist'),
    iconStyles,
    alertStyles,
    headingStyles,
  ];

  /** URL of the content (JSON); used when there is no `content` property and no JSON child. */
  @property() src?: string;

  /** The content itself: an object, or the same as JSON text. Wins over a JSON child and `src`. */
  @property({ attribute: false }) content?: unknown;

  /** `local` (default): answers are saved in this browser. `none`: the host stores `state` itself. */
  @property() storage: 'local' | 'none' = 'local';

  /**
   * Where `storage="local"` keeps the answers: the browser's localStorage
   * unless set (sessionStorage, or a site's own object with the Web Storage
   * methods); `null` when there is none, as in some private windows.
   */
  @property({ attribute: false }) storageArea?: StorageLike | null;

  /** Level (2-6) of the widget's title; themes and measures take the next levels. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 2;

  /** `checklist` (default) or `report`: the printable report on screen (printing always uses it). */
  @property({ reflect: true }) view: 'checklist' | 'report' = 'checklist';

  @state() private checklist?: Checklist;
  @state() private codeMissing = false;

  /** A `state` given before the code was there. */
  private pendingState?: unknown;

  /** The answers (status and note per measure, school name, archived answers). Set it to restore answers the host stored. */
  get state(): ChecklistState | undefined {
    return this.checklist?.state;
  }
  set state(value: ChecklistState | undefined) {
    if (this.checklist) this.checklist.setHostState(value);
    else this.pendingState = value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
  }

  private readonly onStorage = (event: StorageEvent) => this.checklist?.onStorage(event);

  /**
   * Before the first render: the checklist's code and, when the built-in
   * content is used, that content in the page's language, both at once.
   */
  protected override loadBeforeUpdate(): Promise<unknown> | undefined {
    if (checklistModule) this.createChecklist(checklistModule);
    if (this.checklist) return this.checklist.loadBeforeUpdate();
    if (this.codeMissing || isServer) return undefined;
    // Started now so the content downloads beside the code; the checklist reads it once both are there.
    if (usesBuiltIn(this.contentInput())) builtInContentModules[this.locale]().catch(() => undefined);
    return loadChecklistCode().then(
      (module) => this.createChecklist(module),
      (error: unknown) => {
        // Offline, or the file is missing on the server.
        this.codeMissing = true;
        console.error(`[digi-widgets] <${this.localName}> could not load its code (checklist chunk).`, error);
      },
    );
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // The checklist's styles arrive with its code; keep them after the theme's and the component's.
    if (checklistModule) adoptLateStyles(this.renderRoot, checklistModule.checklistSheets);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // On the server there is no loadBeforeUpdate: the code is there when prepareServerRender() loaded it.
    if (checklistModule) this.createChecklist(checklistModule);
    const sourceChanged = changed.has('content') || changed.has('src') || (changed as PropertyValues).has('locale');
    this.checklist?.willUpdate(sourceChanged);
  }

  private contentInput(): ContentInput {
    return { content: this.content, child: this.jsonChild, src: this.src };
  }

  private createChecklist(module: ChecklistModule): void {
    if (this.checklist) return;
    this.checklist = new module.Checklist({
      localName: this.localName,
      input: () => this.contentInput(),
      locale: () => this.locale,
      intlLocale: () => this.intlLocale,
      storage: () => this.storage,
      storageArea: () => this.storageArea,
      headingLevel: () => headingLevelOf(this.headingLevel),
      requestUpdate: () => this.requestUpdate(),
      whenUpdated: () => this.updateComplete,
      root: () => this.renderRoot,
      localize: (translate) => this.localize(translate),
      changed: (detail) => this.emit<ChecklistChangeDetail>('digi-checklist-change', detail),
      later: (stage, content) => this.later(stage, content),
      reportShown: () => this.view === 'report',
      hideTitle: () => this.hideTitle,
    });
    if (this.pendingState !== undefined) this.checklist.setHostState(this.pendingState);
    this.pendingState = undefined;
  }

  protected override get settled(): boolean {
    return this.codeMissing || (this.checklist?.settled ?? false);
  }

  protected override regionName(): string | undefined {
    return this.checklist?.title;
  }

  protected override renderContent(): unknown {
    if (this.checklist) return this.checklist.render();
    return this.codeMissing
      ? alert({
          tone: 'danger',
          headingLevel: headingLevelOf(this.headingLevel),
          title: msg('De checklist kan niet getoond worden'),
          message: msg('Controleer uw internetverbinding en laad de pagina opnieuw.'),
        })
      : // Only a server render without prepareServerRender() gets here; the browser waits for the code.
        html`<p class="loading">${msg('De checklist wordt geladen…')}</p>`;
  }
}
