/**
 * What the embedding site set, resolved for the calculator: its settings
 * (the `config` property over the JSON child), its attributes and a shared
 * link in the URL, each with the problems found. The validator and the link
 * code load only when needed: a page without settings or `share-url` never
 * downloads them.
 */
import type { ReactiveControllerHost } from 'lit';
import type { WarnOnce } from '../../core/warn-once.js';
import { attributeIssueLine, attributeIssues, settingsLayer, type AttributeIssue, type CalculatorAttributes } from './attributes.js';
import type { ConfigIssue, ResolvedConfig } from './config.types.js';
import { defaultConfig } from './defaults.js';
import type { FormState } from './form.js';

export class SiteSettings {
  resolved: ResolvedConfig = defaultConfig();
  configIssues: ConfigIssue[] = [];
  attributeIssues: AttributeIssue[] = [];
  /** The shared link in the URL could not be read. */
  shareProblem = false;
  /** Code loaded on demand did not arrive (offline, a blocked request). */
  lazyLoadFailed = false;
  /** Undefined until needed; null when it failed to load. */
  private configModule?: typeof import('./config.js') | null;
  private shareModule?: typeof import('./share.js') | null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly warnings: WarnOnce,
  ) {}

  /** Starts loading the code still needed; undefined when nothing is missing. A failed load counts as loaded (null). */
  load(hasSettings: boolean, sharing: boolean): Promise<unknown> | undefined {
    const orNull = <T>(load: Promise<T>, what: string): Promise<T | null> =>
      load.catch((error: unknown) => {
        console.error(`[digi-widgets] <digi-cost-calculator>: the code that ${what} did not load; showing the defaults.`, error);
        this.lazyLoadFailed = true;
        this.host.requestUpdate();
        return null;
      });
    const loads: Promise<unknown>[] = [];
    if (this.configModule === undefined && hasSettings) {
      loads.push(orNull(import('./config.js'), "reads the site's settings").then((module) => (this.configModule = module)));
    }
    if (this.shareModule === undefined && sharing) {
      loads.push(orNull(import('./share.js'), 'reads shared links').then((module) => (this.shareModule = module)));
    }
    return loads.length ? Promise.all(loads) : undefined;
  }

  /** Resolves the JSON child's text and the `config` property (the property wins) over the defaults. */
  resolve(scriptText: string | undefined, config: unknown): void {
    const module = this.configModule;
    if (!module) {
      // Nothing configured (so the validator was not needed), or it failed to load.
      if (this.configModule === null) this.lazyLoadFailed = true;
      this.resolved = defaultConfig();
      this.configIssues = [];
    } else {
      const issues: ConfigIssue[] = [];
      const merged = module.mergeLayers([
        settingsLayer(scriptText, '<script type="application/json">', issues),
        settingsLayer(config, 'config', issues),
      ]);
      const { config: resolved, issues: found } = module.resolveConfig(merged);
      this.resolved = resolved;
      this.configIssues = [...issues, ...found];
    }
    this.report();
    this.host.requestUpdate();
  }

  checkAttributes(attributes: CalculatorAttributes, intlLocale: string): void {
    this.attributeIssues = attributeIssues(attributes, intlLocale);
    this.report();
    this.host.requestUpdate();
  }

  /** A received value in words, for the issues list. */
  describeValue(value: unknown): string {
    return this.configModule?.describeValue(value) ?? String(value);
  }

  /** Whether shared links can be read and written (the code is loaded). */
  get canShare(): boolean {
    return !!this.shareModule;
  }

  /** The form in a shared link; undefined (with `shareProblem` set) when it cannot be read. */
  decodeShared(encoded: string, intlLocale: string, nextId: () => string): FormState | undefined {
    const decoded = this.shareModule!.decodeState(encoded, intlLocale, this.resolved.maxScenarios, nextId);
    this.shareProblem = !decoded.ok;
    if (!decoded.ok) this.warnings.warn(`share-url: ${decoded.reason}; showing the defaults.`);
    this.report();
    this.host.requestUpdate();
    return decoded.ok ? decoded.form : undefined;
  }

  encodeShared(form: FormState, intlLocale: string): string | undefined {
    return this.shareModule?.encodeState(form, intlLocale);
  }

  /** Tells developers, in English and once per problem, what was wrong. */
  private report(): void {
    for (const issue of this.configIssues) this.warnings.warn(`config ${this.configModule!.describeIssue(issue)}`);
    for (const issue of this.attributeIssues) this.warnings.warn(attributeIssueLine(issue));
    if (this.shareProblem) this.warnings.warn('share-url: the state in the URL could not be read; showing the defaults.');
  }
}
