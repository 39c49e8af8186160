/**
 * Server rendering with @lit-labs/ssr. A server render is synchronous, so
 * what a widget loads on demand in the browser (translations, the built-in
 * checklist) must be loaded before it: await `prepareServerRender()` once,
 * then render. See the README, "Server rendering".
 */
import { DigiCompetentieroos } from './components/competentieroos/competentieroos.js';
import { DigiCostCalculator } from './components/cost-calculator/cost-calculator.js';
import { DigiCyberChecklist, loadBuiltInContent } from './components/cyber-checklist/cyber-checklist.js';
import { DigiLeerIDLogin } from './components/leerid-login/leerid-login.js';
import { DigiRefurbisherFinder, preloadFinder } from './components/refurbisher-finder/refurbisher-finder.js';
import { isLocale, matchLocale, sourceLocale, type Locale } from './i18n/locales.js';
import { loadLocale } from './i18n/localize.js';

const widgets = [DigiCompetentieroos, DigiCostCalculator, DigiCyberChecklist, DigiLeerIDLogin, DigiRefurbisherFinder];

/**
 * Loads what server renders need: every widget's translations and the
 * built-in checklist for `languages` (BCP 47 tags such as `fr-BE`; Dutch
 * always), so that an element with `lang="fr-BE"` renders in French; and the
 * refurbisher finder's code and example feed (a feed from `src` is fetched in
 * the browser: give it as `data` to render it on the server). Never rejects:
 * what fails to load is reported in the console and rendered in Dutch, or
 * left to the browser.
 */
export async function prepareServerRender(languages: readonly string[] = []): Promise<void> {
  const unknown = languages.filter((tag) => !isLocale(tag.split('-')[0]?.toLowerCase()));
  if (unknown.length) console.warn(`[digi-widgets] prepareServerRender: no translations for ${unknown.join(', ')}; those render in Dutch.`);
  const wanted = [...new Set<Locale>([sourceLocale, ...languages.map(matchLocale)])];
  await Promise.all([
    ...wanted.flatMap((locale) => [...widgets.map((widget) => loadLocale(locale, widget.locales)), loadBuiltInContent(locale)]),
    preloadFinder().catch((error: unknown) => console.error('[digi-widgets] prepareServerRender: the refurbisher finder could not be loaded.', error)),
  ]);
}
