/**
 * The base class of every widget: theme and locale from the page, shared base
 * styles, and a render that waits for its translations.
 */
import {
  html,
  isServer,
  nothing,
  LitElement,
  unsafeCSS,
  type CSSResult,
  type CSSResultGroup,
  type CSSResultOrNative,
  type PropertyDeclaration,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import { jsonChildSelector } from './json-child.js';
import { baseStyles } from '../design/base-styles.js';
import { hostThemeCss } from '../design/theme-css.js';
import { isThemeReady, loadThemeStyleSheet, themeStyleSheet } from '../design/theme-sheets.js';
import { prepareAnnouncer } from '../primitives/announcer.js';
import { defaultTheme, defaultThemeDefinition, isThemeName, type ThemeName } from '../design/tokens.js';
import { intlTagFor, matchLocale, sourceLocale, type Locale } from '../i18n/locales.js';
import { coreLocales, isLocaleReady, loadLocale, withLocale, type LocaleLoaders } from '../i18n/localize.js';
import { observeContext, resolveLocale, resolveTheme } from './context.js';
import { VERSION } from './version.js';
import { firstRenderTurn } from './first-render-turn.js';
import { loadingFor, parseLoading, whenNearViewport, type Loading } from './loading.js';
import { reservedSpaceDeclarations } from './reserved-space.js';
import { StagedRender } from './staged-render.js';

/**
 * @csspart base - The widget's outer wrapper, which carries its typography and `lang`.
 * @cssprop --digi-scroll-margin-top - The height of the host page's sticky header (e.g. `80px`): every focusable control keeps that far below the top when the focus scrolls it into view (WCAG 2.4.11). Default `0px`.
 * @cssprop --digi-reserved-block-size - The height the widget holds before its content is drawn, so nothing after it moves when it appears. Defaults per widget (src/core/reserved-space.ts); set it when the site knows the widget's height in its layout.
 * @cssstate pending - The widget holds its space but has not drawn its content yet (its code, its data or its turn to load is still to come).
 */
export abstract class DigiElement extends LitElement {
  /** The library version that defined this element (shown when two copies meet). */
  static readonly version: string = VERSION;

  static override styles = [baseStyles];

  /**
   * A widget's rule that holds its space (src/core/reserved-space.ts) while
   * it is `:state(pending)`; each widget adds it to its styles.
   */
  protected static reservedSpace(name: string): CSSResult {
    return unsafeCSS(`:host(:state(pending)){${reservedSpaceDeclarations(name)}}`);
  }

  /**
   * Server rendering (@lit-labs/ssr) writes the element's styles into its
   * declarative shadow root; there are no adopted sheets there, so the
   * default theme's tokens go in first. Other themes apply on hydration.
   */
  static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    const own = super.finalizeStyles(styles);
    return isServer ? [unsafeCSS(hostThemeCss(defaultThemeDefinition)), ...own] : own;
  }

  /**
   * The element's translations: a widget sets its generated catalogue
   * (`src/generated/locales/<widget>/index.js`), so a page loads the
   * translations of the widgets it shows and no others.
   */
  static locales: LocaleLoaders = coreLocales;

  /**
   * Visual theme: `vlaanderen` (default), `vlaanderen-dark`, `klascement`,
   * `klascement-dark`, `oefen`, `oefen-dark` or `wai-not` (easy-read). When
   * absent, the nearest ancestor's `data-digi-theme` (or `theme`) applies.
   */
  @property({ reflect: true }) theme?: string;

  /**
   * When the widget renders: `eager` at once, `lazy` when it comes near the
   * viewport (within one and a half screens), so a page spends no time on
   * widgets far down while it loads. Until then it holds its space. The
   * default is `lazy` under the autoloader, `eager` otherwise; a page sets
   * its own with `<meta name="digi-widgets-loading" content="eager">`. Also
   * holds for hydrating a server render. Setting `eager` later renders at once.
   */
  @property() loading?: string;

  /**
   * `inherit`: the widget writes in the page's own font (the one on its
   * parent) instead of the theme's; sizes, weights and spacing stay the
   * theme's. For a font of the site's choosing without inheriting, set
   * `--digi-font-family` instead.
   */
  @property({ reflect: true }) font?: string;

  /**
   * Leaves out the widget's built-in title and introduction, for a page that
   * puts its own heading above the widget (give that heading the level of
   * `heading-level`: the widget's sections keep the levels below it). The
   * widget stays a region named by its title. (The sign-in button has no
   * title: it ignores this.)
   */
  @property({ type: Boolean, attribute: 'hide-title', reflect: true }) hideTitle = false;

  /** The locale rendered, from the nearest `lang` (element, ancestor, `<html>`). */
  @state() protected locale: Locale = sourceLocale;

  /** The theme in use after resolution. */
  @state() protected resolvedTheme: ThemeName = defaultTheme;

  /** BCP 47 tag for Intl formatters (`nl-BE`, `fr-BE`, or the page's own region). */
  @state() protected intlLocale = intlTagFor(sourceLocale, null);

  private stopObservingContext?: () => void;
  private componentSheets: CSSStyleSheet[] = [];
  /** The element's custom states while it holds its space (`:state(pending)`); undefined once it lets go. */
  private heldStates?: CustomStateSet;
  /** Ends the wait for the viewport (when `loading` becomes `eager`). */
  private stopWaiting?: () => void;
  private warnedLoading?: string;

  /**
   * True when the element arrived with a server-rendered (declarative) shadow
   * root to hydrate, as @lit-labs/ssr writes it. A widget can then load what
   * its first render needs before that render, so it draws what the server drew.
   */
  protected fromServer = false;

  private readonly stages = new StagedRender(
    this,
    () => this.fromServer,
    () => this.settled,
  );

  override connectedCallback(): void {
    // Before Lit takes the shadow root over (without hydration support it would empty it).
    if (!this.hasUpdated && !isServer) {
      this.fromServer = this.shadowRoot?.hasChildNodes() ?? false;
      // A server render already holds its real size.
      if (!this.fromServer) this.holdSpace();
    }
    super.connectedCallback();
    this.refreshContext();
    prepareAnnouncer();
    this.stopObservingContext = observeContext(() => this.refreshContext());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingContext?.();
    this.stopObservingContext = undefined;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (root instanceof ShadowRoot) this.componentSheets = [...root.adoptedStyleSheets];
    return root;
  }

  /**
   * False while the widget shows a stand-in for its content (a loading
   * notice): it keeps holding its space until this is true after an update.
   */
  protected get settled(): boolean {
    return true;
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    if (name === 'loading' && this.stopWaiting && this.loadingMode() === 'eager') this.stopWaiting();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.heldStates && this.settled && !this.stages.pending) {
      this.heldStates.delete('pending');
      this.heldStates = undefined;
    }
  }

  /** `lazy` or `eager`: the valid `loading` value, else the page's default (a warning names a wrong value once). */
  protected loadingMode(): Loading {
    const mode = loadingFor(this.loading);
    if (this.loading != null && !parseLoading(this.loading) && this.warnedLoading !== this.loading) {
      this.warnedLoading = this.loading;
      console.warn(
        `[digi-widgets] <${this.localName}> loading="${this.loading}" is not "lazy" or "eager"; it loads as the page's default, "${mode}".`,
      );
    }
    return mode;
  }

  /** Resolves when a lazy widget comes near the viewport (or turns eager); at once for an eager one. */
  private nearViewport(): Promise<void> {
    if (this.loadingMode() === 'eager') return Promise.resolve();
    return new Promise((resolve) => {
      let cancel = (): void => undefined;
      const done = () => {
        cancel();
        this.stopWaiting = undefined;
        resolve();
      };
      this.stopWaiting = done;
      // May call back at once (while printing, or without IntersectionObserver).
      cancel = whenNearViewport(this, done);
    });
  }

  private holdSpace(): void {
    if (this.heldStates) return;
    try {
      const { states } = this.attachInternals();
      states.add('pending');
      this.heldStates = states;
    } catch {
      // No custom states (before Chromium 125, Safari 17.4, Firefox 126): the space is simply not held.
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // On the server connectedCallback is not called; willUpdate is, once.
    if (changed.has('theme') || isServer) this.refreshContext();
    if (changed.has('font') && this.font != null && this.font !== 'inherit') {
      console.warn(`[digi-widgets] <${this.localName}> font="${this.font}" is not known; use font="inherit" for the page's font. The theme's font is used.`);
    }
  }

  /**
   * Code the next render needs that a widget loads on demand (the validator
   * for a site's settings, say, only when there are settings). Called before
   * every update: return a promise while something is loading, nothing once
   * all is there. The promise must not reject, and a failed load must count
   * as done (with a fallback the widget shows), or the update never comes.
   */
  protected loadBeforeUpdate(): Promise<unknown> | undefined {
    return undefined;
  }

  /**
   * Waits for the locale's messages, the theme's styles and the widget's own
   * on-demand code before rendering, so no Dutch text, default colours or
   * unconfigured state flash by first.
   */
  protected override async scheduleUpdate(): Promise<void> {
    // The first render (or hydration) waits for its turn, in a task of its own, one after the
    // other on a page with several widgets: see first-render-turn.ts.
    let hadTurn = this.hasUpdated || isServer;
    // A lazy widget waits until it comes near the viewport, holding its space.
    if (!hadTurn) await this.nearViewport();
    // A loop, because `lang`, the theme or the settings may change again while one loads (or
    // while the turn comes). Loading never rejects (a failure counts as ready, with a fallback),
    // and the turn comes once, so it ends.
    for (;;) {
      const own = this.loadBeforeUpdate();
      if (!own && isLocaleReady(this.locale, this.locales) && isThemeReady(this.resolvedTheme)) {
        if (hadTurn) break;
        await firstRenderTurn();
        hadTurn = true;
        continue;
      }
      await Promise.all([loadLocale(this.locale, this.locales), loadThemeStyleSheet(this.resolvedTheme), own]);
    }
    super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues<this>): void {
    this.adoptThemeSheet();
    withLocale(this.locale, () => super.update(changed), this.locales);
  }

  protected override render(): TemplateResult {
    const frame = () => {
      const content = this.renderContent();
      // After renderContent, which may have just learnt the title (a checklist's content).
      const name = this.regionName();
      return html`<div class="root" part="base" lang=${this.locale} role=${name ? 'region' : nothing} aria-label=${name || nothing}>${content}</div>`;
    };
    // Server rendering calls render() without update(), so the locale is applied here.
    return isServer ? withLocale(this.locale, frame, this.locales) : frame();
  }

  /** The widget's content, rendered inside the themed, localised wrapper. */
  protected abstract renderContent(): unknown;

  /**
   * The widget's title as text, in the render's locale: it names the region
   * (a landmark) the widget is, also when `hide-title` leaves the title out.
   * Undefined for a widget that is no region (the sign-in button) or has no
   * title yet.
   */
  protected regionName(): string | undefined {
    return undefined;
  }

  /**
   * Content below the first screen: in the first render it is drawn in a
   * task of its own, `stage` (1, 2, …) yields after the first screen (stage
   * 0), so the widget paints sooner and no task grows long; after that it
   * renders with the rest. Stages only grow down the page: nothing drawn
   * earlier may sit after (or beside, sharing its rows) what is drawn
   * later, or it moves when that arrives (a layout shift). While the widget
   * is not `settled` (its data is loading), the stages wait for the real
   * content. The space stays held until every stage is drawn, and
   * `updateComplete` waits for the last one.
   */
  protected later(stage: number, content: () => unknown): unknown {
    return this.stages.section(stage, content);
  }

  /** Also waits for the first render's later stages (see `later`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.stages.pending) {
      await this.stages.complete();
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * Dispatches a `digi-*` event that bubbles out of the shadow root, so a host
   * page can listen on the element or any ancestor. Returns false when a
   * listener called `preventDefault()` on a cancelable event.
   */
  protected emit<T>(type: `digi-${string}`, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }

  /** The element's `<script type="application/json">` child, if any; none on the server, which has no light DOM. */
  protected get jsonChild(): HTMLScriptElement | null {
    return isServer ? null : this.querySelector<HTMLScriptElement>(jsonChildSelector);
  }

  /** Translates outside a render (event handlers, console messages) in this element's locale. */
  protected localize<T>(translate: () => T): T {
    return withLocale(this.locale, translate, this.locales);
  }

  private get locales(): LocaleLoaders {
    return (this.constructor as typeof DigiElement).locales;
  }

  private refreshContext(): void {
    if (isServer) return this.serverContext();
    const { locale, requestedTag } = resolveLocale(this);
    this.locale = locale;
    this.intlLocale = intlTagFor(locale, requestedTag);
    this.resolvedTheme = resolveTheme(this, this.theme);
  }

  /**
   * On the server only the element's own attributes are known (no ancestors):
   * its `lang` when those translations are loaded (see `prepareServerRender`),
   * else Dutch; its `theme`, else the default.
   */
  private serverContext(): void {
    const requestedTag = this.getAttribute('lang');
    const locale = matchLocale(requestedTag);
    this.locale = isLocaleReady(locale, this.locales) ? locale : sourceLocale;
    this.intlLocale = intlTagFor(this.locale, this.locale === locale ? requestedTag : null);
    this.resolvedTheme = isThemeName(this.theme) ? this.theme : defaultTheme;
  }

  /** Puts the resolved theme's sheet first in the shadow root (the default one if it failed to load). */
  private adoptThemeSheet(): void {
    const root = this.renderRoot;
    const sheet = themeStyleSheet(this.resolvedTheme) ?? themeStyleSheet(defaultTheme)!;
    if (root instanceof ShadowRoot && root.adoptedStyleSheets[0] !== sheet) {
      root.adoptedStyleSheets = [sheet, ...this.componentSheets];
    }
  }
}
