/**
 * The base class of every widget: theme and locale from the page, shared base
 * styles, and a render that waits for its translations.
 */
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { baseStyles } from '../design/base-styles.js';
import { isThemeReady, loadThemeStyleSheet, themeStyleSheet } from '../design/theme-sheets.js';
import { prepareAnnouncer } from '../primitives/announcer.js';
import { defaultTheme, type ThemeName } from '../design/tokens.js';
import { intlTagFor, sourceLocale, type Locale } from '../i18n/locales.js';
import { coreLocales, isLocaleReady, loadLocale, withLocale, type LocaleLoaders } from '../i18n/localize.js';
import { observeContext, resolveLocale, resolveTheme } from './context.js';
import { VERSION } from './version.js';

/**
 * @csspart base - The widget's outer wrapper, which carries its typography and `lang`.
 */
export abstract class DigiElement extends LitElement {
  /** The library version that defined this element (shown when two copies meet). */
  static readonly version: string = VERSION;

  static override styles = [baseStyles];

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

  /** The locale rendered, from the nearest `lang` (element, ancestor, `<html>`). */
  @state() protected locale: Locale = sourceLocale;

  /** The theme in use after resolution. */
  @state() protected resolvedTheme: ThemeName = defaultTheme;

  /** BCP 47 tag for Intl formatters (`nl-BE`, `fr-BE`, or the page's own region). */
  @state() protected intlLocale = intlTagFor(sourceLocale, null);

  private stopObservingContext?: () => void;
  private componentSheets: CSSStyleSheet[] = [];

  override connectedCallback(): void {
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('theme')) this.refreshContext();
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
    // A loop, because `lang`, the theme or the settings may change again while one loads.
    // Loading never rejects (a failure counts as ready, with a fallback), so it ends.
    for (;;) {
      const own = this.loadBeforeUpdate();
      if (!own && isLocaleReady(this.locale, this.locales) && isThemeReady(this.resolvedTheme)) break;
      await Promise.all([loadLocale(this.locale, this.locales), loadThemeStyleSheet(this.resolvedTheme), own]);
    }
    super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues<this>): void {
    this.adoptThemeSheet();
    withLocale(this.locale, () => super.update(changed), this.locales);
  }

  protected override render(): TemplateResult {
    return html`<div class="root" part="base" lang=${this.locale}>${this.renderContent()}</div>`;
  }

  /** The widget's content, rendered inside the themed, localised wrapper. */
  protected abstract renderContent(): unknown;

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

  /** Translates outside a render (event handlers, console messages) in this element's locale. */
  protected localize<T>(translate: () => T): T {
    return withLocale(this.locale, translate, this.locales);
  }

  private get locales(): LocaleLoaders {
    return (this.constructor as typeof DigiElement).locales;
  }

  private refreshContext(): void {
    const { locale, requestedTag } = resolveLocale(this);
    this.locale = locale;
    this.intlLocale = intlTagFor(locale, requestedTag);
    this.resolvedTheme = resolveTheme(this, this.theme);
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
