/**
 * `<digi-leerid-login>`: the "Aanmelden met LeerID" button with a real
 * OpenID Connect login. This module defines the class only; `define.ts`
 * registers the tag. The protocol code (protocol.ts, oauth4webapi) loads only
 * on a click or when an answer from the provider arrives.
 */
import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DigiElement } from '../../core/digi-element.js';
import { locales } from '../../generated/locales/leerid-login/index.js';
import { msg } from '../../i18n/localize.js';
import { announce } from '../../primitives/announcer.js';
import { disclosure, disclosureStyles } from '../../primitives/disclosure.js';
import { iconStyles } from '../../primitives/icon-base.js';
import { handleLeerIDCallback, loadProtocol, offlineMessage, pageAnswerUrl } from './callback.js';
import { callbackKind } from './callback-url.js';
import { validateConfig, type ConfigProblem, type ConfigResult } from './config.js';
import { LeerIDError } from './errors.js';
import { leeridLoginStyles } from './leerid-login.styles.js';
import { errorSign, leeridMark, spinner } from './mark.js';
import type { LeerIDCodeResult, LeerIDErrorDetail, LeerIDLoginResult } from './leerid-login.types.js';

export { handleLeerIDCallback } from './callback.js';
export type { LeerIDCallbackOptions, LeerIDCodeResult, LeerIDErrorDetail, LeerIDLoginResult, LeerIDResult } from './leerid-login.types.js';
export { LeerIDError } from './errors.js';

type StatusModule = typeof import('./status.js');

/** The error words, loaded once for every button on the page when one has an error to show. */
let statusModule: Promise<StatusModule | null> | undefined;
const loadStatus = (): Promise<StatusModule | null> =>
  (statusModule ??= import('./status.js').catch(() => {
    statusModule = undefined;
    return null;
  }));

/** The detail of `digi-leerid-redirect`. */
export interface LeerIDRedirectDetail {
  /** The authorization URL the browser is about to open. */
  readonly url: string;
}

type Progress = 'redirecting' | 'finishing' | 'signed-in';

/** The events `<digi-leerid-login>` fires, by name: for typed listeners and framework wrappers. */
export interface DigiLeerIDLoginEventMap {
  'digi-leerid-redirect': CustomEvent<LeerIDRedirectDetail>;
  'digi-leerid-login': CustomEvent<LeerIDLoginResult>;
  'digi-leerid-code': CustomEvent<LeerIDCodeResult>;
  'digi-leerid-error': CustomEvent<LeerIDErrorDetail>;
}

declare global {
  // Typed `addEventListener('digi-leerid-redirect', …)` on any element, the document and the window.
  interface GlobalEventHandlersEventMap {
    'digi-leerid-redirect': CustomEvent<LeerIDRedirectDetail>;
    'digi-leerid-login': CustomEvent<LeerIDLoginResult>;
    'digi-leerid-code': CustomEvent<LeerIDCodeResult>;
    'digi-leerid-error': CustomEvent<LeerIDErrorDetail>;
  }
}

/**
 * A sign-in button for LeerID, the single sign-on of Flemish compulsory
 * education, or any other OpenID Connect provider: the authorization code
 * flow with PKCE (S256), `state` and `nonce`, on the certified oauth4webapi
 * library. Configured by attributes; nothing to write but markup.
 *
 * - `mode="redirect"` (default, public clients): the page goes to the
 *   provider; back on the `redirect-uri` page, a button with `callback` (or
 *   `handleLeerIDCallback()`) checks `state`, exchanges the code, validates
 *   the ID token (signature against the issuer's JWKS, issuer, audience,
 *   nonce, expiry) and fires `digi-leerid-login` with the claims. The claims
 *   are for the page; a backend verifies the ID token itself.
 * - `mode="code"` (confidential clients, backend-for-frontend): back on the
 *   `redirect-uri` page the button checks `state` and fires
 *   `digi-leerid-code` with the code, which only the backend can redeem (with
 *   its client secret). With `oidc-state`, `oidc-nonce` and `code-challenge`
 *   from the backend, the PKCE verifier never exists in the page; without
 *   them the page makes them and the event also carries `codeVerifier`.
 *
 * The code verifier (if any), state and nonce stay in this tab's
 * sessionStorage during the login and are deleted when the answer with their
 * state arrives; tokens are never stored. The page's Content-Security-Policy
 * must allow in `connect-src` the issuer, its token endpoint and its
 * `jwks_uri` (discovery, the token request and the keys are fetches).
 *
 * Wrong settings (an http issuer, a redirect URI on another site, no client
 * id) disable the button and are named in it and in the console. Errors from
 * the provider or the network are explained in plain words under the button,
 * announced, and fired as `digi-leerid-error`; the button can be tried again.
 * A request to the provider that fails is told apart as far as a page can:
 * `network_error` (this device is offline), `blocked_by_csp` (the page's
 * connect-src) or `provider_unreachable` (no answer, or no CORS for this
 * origin); only the first asks the user to check the internet. Under every
 * message a closed "Voor de beheerder" disclosure holds the details for the
 * site's web team (the code, the failed address, the likely cause and fix),
 * which the console also gets.
 *
 * @summary "Aanmelden met LeerID": a sign-in button with a real OpenID Connect login (PKCE, state, nonce).
 *
 * @event digi-leerid-redirect - Cancelable, just before the browser goes to the provider. `detail.url` is the authorization URL; `preventDefault()` keeps the page (the login stays prepared for that URL).
 * @event digi-leerid-login - `mode="redirect"`, after a successful login: `detail` is a `LeerIDLoginResult` (`claims` of the validated ID token, `idToken`, `accessToken`, `tokenType`, `expiresIn`, `scope`), in memory only.
 * @event digi-leerid-code - `mode="code"`, when the answer arrived: `detail` is a `LeerIDCodeResult` (`code`, `state`, `nonce`, `redirectUri`, `issuer`, `clientId`, and `codeVerifier` when the page made it) for the backend's token request. Post it to a CSRF-protected endpoint of your backend.
 * @event digi-leerid-error - A failed login: `detail` is a `LeerIDErrorDetail` (`code`, the `message` shown, a technical `description`, and the failed request's `url` when one failed).
 *
 * @slot mark - Replaces the button's mark (a 24 x 24 image or SVG; decorative, give it `alt=""` or `aria-hidden="true"`).
 *
 * @csspart base - The wrapper of the button and its status.
 * @csspart button - The native `<button>`.
 * @csspart mark - The box around the mark (or the spinner while busy).
 * @csspart label - The button's text.
 * @csspart status - The status area under the button (progress, success, errors).
 * @csspart admin - The "Voor de beheerder" disclosure (`<details>`) in an error, with the details for the site's web team.
 *
 * @cssprop --digi-leerid-login-background - Button background (light: #e8f3f1, a light tint; dark: #1d1d1b; outline: none).
 * @cssprop --digi-leerid-login-background-hover - Button background on hover.
 * @cssprop --digi-leerid-login-color - Button text colour (needs 4.5:1 against the background).
 * @cssprop --digi-leerid-login-border-color - Button border (needs 3:1 against the page).
 * @cssprop --digi-leerid-login-mark-color - The tile colour of the built-in mark.
 */
export class DigiLeerIDLogin extends DigiElement {
  static override locales = locales;

  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [
    ...DigiElement.styles,
    DigiElement.reservedSpace('leerid-login'),
    iconStyles,
    disclosureStyles,
    leeridLoginStyles,
  ];

  /** The provider's issuer URL (https; http only for localhost). Discovery reads `<issuer>/.well-known/openid-configuration`. */
  @property() issuer: string | null = null;

  /** The client id the site got when it registered with the provider. */
  @property({ attribute: 'client-id' }) clientId: string | null = null;

  /**
   * Where the provider sends the browser back: a page on this site, absolute
   * or relative to the document's base URL (default: this page, without query
   * or fragment).
   */
  @property({ attribute: 'redirect-uri' }) redirectUri: string | null = null;

  /** Space-separated scopes; `openid` is always included (default `openid`). */
  @property() scope: string | null = null;

  /** OpenID Connect `prompt`: `none`, `login`, `consent` or `select_account`. */
  @property() prompt: string | null = null;

  /** OpenID Connect `login_hint`, e.g. the user name to fill in at the provider. */
  @property({ attribute: 'login-hint' }) loginHint: string | null = null;

  /** `redirect` (default): exchange the code in the browser and fire `digi-leerid-login`; `code`: hand the code to the site's backend with `digi-leerid-code`. */
  @property() mode: string | null = null;

  /**
   * `mode="code"` only, with `oidc-nonce` and `code-challenge`: the `state`
   * the site's backend made for this login (at least 22 base64url
   * characters) and keeps in its session, to compare with `digi-leerid-code`.
   */
  @property({ attribute: 'oidc-state' }) oidcState: string | null = null;

  /** `mode="code"` only: the `nonce` the backend made and will find in the ID token. (Not `nonce`: that is the CSP attribute.) */
  @property({ attribute: 'oidc-nonce' }) oidcNonce: string | null = null;

  /**
   * `mode="code"` only: the backend's PKCE challenge, BASE64URL(SHA-256(verifier))
   * (S256, 43 characters). The verifier stays on the backend, which alone can
   * redeem the code.
   */
  @property({ attribute: 'code-challenge' }) codeChallenge: string | null = null;

  /** This button is on the `redirect-uri` page: finish the login when the page URL holds the provider's answer. */
  @property({ type: Boolean }) callback = false;

  /** `small` (smaller type and mark), `medium` (default) or `large`; every size is at least 44 x 44 px. */
  @property({ reflect: true }) size: 'small' | 'medium' | 'large' = 'medium';

  /** `light` (default: a light tint with a thin border), `dark` or `outline` (no fill, a 2 px border in the theme's primary colour). */
  @property({ reflect: true }) variant: 'light' | 'dark' | 'outline' = 'light';

  /** Fill the width of the container. */
  @property({ type: Boolean, reflect: true, attribute: 'full-width' }) fullWidth = false;

  /** Disables the button. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /**
   * Set while a login is under way (after a click, while the answer is
   * checked). A site may set it too, e.g. while its backend exchanges the code
   * of `digi-leerid-code`: the button then ignores clicks and says it is busy.
   */
  @property({ type: Boolean, reflect: true }) busy = false;

  /**
   * The error code of the last failed login (`access_denied`,
   * `network_error`, `blocked_by_csp`, `provider_unreachable`…), shown as a
   * plain-language message; cleared on the next
   * attempt. A site whose backend finished the login with an error may set it.
   */
  @property({ reflect: true }) error: string | null = null;

  @state() private progress?: Progress;

  /** The last failed login, for the failed request's address in the details for the web team. */
  @state() private failure?: LeerIDError;

  /** The error words once loaded; `null` when they could not be downloaded. */
  @state() private status?: StatusModule | null;

  private configResult?: ConfigResult;
  private statusLoading?: Promise<unknown>;
  private reportedProblems = '';

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.handlePageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.handlePageShow);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The server does not know the page's URL, which the redirect URI is checked against: the browser checks.
    if (isServer) return;
    this.configResult = validateConfig(this.configInput(), window.location.href, document.baseURI);
    if ((this.error || this.problems().length > 0) && this.status === undefined) this.statusLoading ??= this.loadStatus();
  }

  /** Also waits for the error words, so `updateComplete` means the message is on screen. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this.statusLoading) return complete;
    await this.statusLoading;
    return super.getUpdateComplete();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reportProblems();
  }

  protected override firstUpdated(): void {
    if (this.callback) void this.finishLogin();
  }

  protected override renderContent(): unknown {
    const problems = this.problems();
    const failed = problems.length > 0 || !!this.error;
    return html`<button
        class="button"
        part="button"
        type="button"
        ?disabled=${this.disabled || problems.length > 0}
        aria-disabled=${this.busy ? 'true' : nothing}
        aria-describedby="status-text"
        @click=${this.handleClick}
      >
        <span class="mark" part="mark">${this.busy ? spinner : html`<slot name="mark">${leeridMark}</slot>`}</span>
        <span class="label" part="label">${msg('Aanmelden met LeerID')}</span>
      </button>
      <div id="status" part="status" class="status ${failed ? 'status--error' : ''}">${failed
        ? this.renderError(problems)
        : this.busy || this.progress === 'signed-in'
          ? html`<p id="status-text">${this.progressText()}</p>`
          : nothing}</div>`;
  }

  private renderError(problems: readonly ConfigProblem[]): unknown {
    if (this.status === undefined) return nothing;
    const url = this.failure?.code === this.error ? this.failure?.url : undefined;
    const texts = this.status?.errorTexts(this.error, problems, url);
    // The button's description is the message for the user (status-text); the details for the web team follow it.
    return html`${errorSign}
      <div class="status__body">
        ${texts
          ? html`<div id="status-text">
                <p class="status__title">${texts.title}</p>
                <p>${texts.message}</p>
              </div>
              ${disclosure({
                part: 'admin',
                summary: texts.adminSummary,
                content: html`${texts.admin.map((line) => html`<p>${line}</p>`)}${texts.problems.length
                  ? html`<ul>
                      ${texts.problems.map((problem) => html`<li>${problem}</li>`)}
                    </ul>`
                  : nothing}`,
              })}`
          : html`<p id="status-text">${offlineMessage()}</p>`}
      </div>`;
  }

  private configInput() {
    return {
      issuer: this.issuer,
      clientId: this.clientId,
      redirectUri: this.redirectUri,
      scope: this.scope,
      prompt: this.prompt,
      loginHint: this.loginHint,
      mode: this.mode,
      oidcState: this.oidcState,
      oidcNonce: this.oidcNonce,
      codeChallenge: this.codeChallenge,
    };
  }

  private problems(): readonly ConfigProblem[] {
    return this.configResult && !this.configResult.ok ? this.configResult.problems : [];
  }

  private progressText(): string {
    switch (this.progress) {
      case 'finishing':
        return msg('Even geduld, je wordt aangemeld…');
      case 'signed-in':
        return msg('Je bent aangemeld.');
      default:
        return msg('Even geduld, je gaat naar LeerID…');
    }
  }

  private async loadStatus(): Promise<StatusModule | null> {
    this.status = await loadStatus();
    return this.status;
  }

  /** Each set of wrong settings once in the console, naming the element and the attributes. */
  private reportProblems(): void {
    const problems = this.problems();
    if (!this.status) return;
    const report = problems.map(this.status.describeProblem).join('\n');
    if (report && report !== this.reportedProblems) {
      console.error(`[${this.localName}] This login button is disabled until its settings are fixed:\n${report}`);
    }
    this.reportedProblems = report;
  }

  private readonly handleClick = async (): Promise<void> => {
    if (this.busy || this.disabled) return;
    this.begin('redirecting');
    try {
      const protocol = await loadProtocol();
      const url = await protocol.beginLogin(this.configInput(), this.uiLocales());
      if (this.emit<LeerIDRedirectDetail>('digi-leerid-redirect', { url }, { cancelable: true })) {
        // The button stays busy until the page is gone.
        window.location.assign(url);
      } else {
        this.end();
      }
    } catch (error) {
      await this.fail(error);
    }
  };

  /** `ui_locales`: the element's language, with the page's region first when it gave one (`fr-BE fr`). */
  private uiLocales(): string {
    return [...new Set([this.intlLocale, this.locale])].join(' ');
  }

  /** With `callback`: finishes the login when the page URL holds the provider's answer for this button. */
  private async finishLogin(): Promise<void> {
    await this.updateComplete;
    const config = this.configResult?.ok ? this.configResult.config : undefined;
    if (!config || callbackKind(pageAnswerUrl(), config.redirectUri) === 'none') return;
    this.begin('finishing');
    try {
      const result = await handleLeerIDCallback(this.configInput());
      if (result?.type === 'login') {
        this.end('signed-in');
        this.emit('digi-leerid-login', result);
        announce(this.localize(() => this.progressText()));
      } else {
        this.end();
        if (result) this.emit('digi-leerid-code', result);
      }
    } catch (error) {
      await this.fail(error);
    }
  }

  private begin(progress: Progress): void {
    this.error = null;
    this.failure = undefined;
    this.busy = true;
    this.progress = progress;
    announce(this.localize(() => this.progressText()));
  }

  private end(progress?: Progress): void {
    this.busy = false;
    this.progress = progress;
  }

  /** Shows, announces, logs and fires a failed login; the button can be used again. */
  private async fail(error: unknown): Promise<void> {
    const failure = error instanceof LeerIDError ? error : new LeerIDError('unknown_error', String(error), { cause: error });
    const status = await this.loadStatus();
    // A failed request is the site's to fix (or the device's): an error with its likely cause; anything else a warning.
    const advice = status?.describeFailure(failure.code, failure.url, window.location.origin);
    if (advice) console.error(`[${this.localName}] Login failed: ${failure.message}\n${advice}`);
    else console.warn(`[${this.localName}] Login failed: ${failure.message}`);
    const { title, message } = this.localize(() =>
      status ? status.errorTexts(failure.code) : { title: '', message: offlineMessage() },
    );
    this.end();
    this.failure = failure;
    this.error = failure.code;
    this.emit<LeerIDErrorDetail>('digi-leerid-error', {
      code: failure.code,
      message,
      description: failure.description,
      ...(failure.url === undefined ? {} : { url: failure.url }),
    });
    announce(`${title} ${message}`.trim(), 'assertive');
  }

  /** Back from the provider with the browser's back button: the page may come from the cache still busy. */
  private readonly handlePageShow = (event: PageTransitionEvent): void => {
    if (event.persisted && this.progress === 'redirecting') this.end();
  };
}
