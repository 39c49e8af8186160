/**
 * Parts of a refurbisher's details that the finder shows on its card and in
 * the comparison: the facts a school relies on that a feed may leave out
 * (recognition, wiping level and report, warranty, fees), each saying
 * "niet opgegeven" when absent; and the list of feed problems in a notice.
 * Template functions only; the finder gives the formatting.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/localize.js';
import type { FinderFormat } from './format.js';
import type { Question, Refurbisher, SkippedEntry } from './model.js';
import { destinationLabel, deviceTypeLabel, provinceLabel, serviceLabel, wipingLevelLabel, wipingReportItemLabel } from './texts.js';

/** One row of a refurbisher's details; `essential` ones show on its card, the others behind "Alle gegevens". */
export interface Fact {
  readonly label: string;
  readonly value: unknown;
  readonly essential: boolean;
}

export interface FactFormat {
  /** Language of the feed's texts, so screen readers read them right. */
  readonly lang: string;
  readonly number: (value: number) => string;
  /** A `YYYY-MM-DD` date in words. */
  readonly date: (isoDate: string) => string;
}

const notStated = () => msg('niet opgegeven');

/** By whom and since when the refurbisher is recognised. */
export function recognitionFact(r: Refurbisher, format: FactFormat): Fact {
  const recognition = r.recognition;
  const since = recognition?.since;
  // A year alone is shown as written: a number format would write 2019 as "2.019".
  const when = since && (since.length === 4 ? since : format.date(since));
  return {
    label: msg('Erkend door'),
    value: recognition
      ? html`<span lang=${format.lang}>${recognition.by}</span>, ${when ? msg(str`sinds ${when}`) : msg('sinds wanneer: niet opgegeven')}`
      : notStated(),
    essential: true,
  };
}

/** The NIST SP 800-88 category of the wiping, in plain words. */
export function wipingLevelFact(r: Refurbisher): Fact {
  const level = r.dataWiping.level;
  return { label: msg('Wisniveau (NIST SP 800-88)'), value: level ? wipingLevelLabel(level) : notStated(), essential: true };
}

export function wipingReportFact(r: Refurbisher): Fact {
  const report = r.dataWiping.report;
  return {
    label: msg('Het wisrapport vermeldt'),
    value: report?.length ? report.map(wipingReportItemLabel).join(', ') : notStated(),
    essential: false,
  };
}

/** Warranty on devices sold to schools; not applicable to who sells none (unless the feed gives one anyway). */
export function warrantyFact(r: Refurbisher, format: FactFormat): Fact {
  const months = r.warrantyMonths;
  const value =
    months === undefined
      ? r.services.includes('sale-to-schools')
        ? notStated()
        : msg('niet van toepassing: verkoopt geen toestellen aan scholen')
      : months === 0
        ? msg('geen garantie')
        : months === 1
          ? msg('1 maand')
          : msg(str`${format.number(months)} maanden`);
  return { label: msg('Garantie op verkochte toestellen'), value, essential: false };
}

export function feesFact(r: Refurbisher, format: FactFormat): Fact {
  return {
    label: msg('Kosten en vergoedingen voor de school'),
    value: r.fees ? html`<span lang=${format.lang}>${r.fees}</span>` : notStated(),
    essential: false,
  };
}

/**
 * A question of the questionnaire as a row label: its short label with the
 * question under it, or the question alone when the feed gives no label (or
 * none for this id, then the id). In the feed's language.
 */
export function questionTerm(question: Question | undefined, id: string, lang: string): TemplateResult {
  return question?.label
    ? html`<span lang=${lang}>${question.label}</span> <span class="question" lang=${lang}>${question.text}</span>`
    : html`<span lang=${lang}>${question?.text ?? id}</span>`;
}

/** Entries with their problems, as a list for a notice: position, name or id, and each field with the validator's (English) words. */
export function problemList(entries: readonly SkippedEntry[]): TemplateResult {
  return html`<ul>
    ${entries.map(
      (entry) => html`<li>
        <code>refurbishers.${entry.index}</code>${entry.name ?? entry.id ? ` (${entry.name ?? entry.id})` : ''}:
        ${entry.problems.map(
          (problem, index) =>
            html`${index ? '; ' : ''}${msg('veld')} <code>${problem.path || '–'}</code>: <span lang="en">${problem.message}</span>`,
        )}
      </li>`,
    )}
  </ul>`;
}

/**
 * Every fact about a refurbisher as label and value, the same rows for each; `essential` ones show on its card
 * (what decides a first choice: recognition, devices, services, pickup, a minimum, the wiping level, the last
 * update), the rest behind "Alle gegevens". `lang`: the feed's language.
 */
export function refurbisherFacts(r: Refurbisher, lang: string, finderFormat: FinderFormat): Fact[] {
  const list = (values: readonly string[]) => values.join(', ') || '–';
  const wiping = r.dataWiping;
  const fact = (label: string, value: unknown, essential = true) => ({ label, value, essential });
  const format: FactFormat = { lang, number: finderFormat.number, date: finderFormat.date };
  return [
    recognitionFact(r, format),
    fact(msg('Toestellen'), list(r.deviceTypes.map(deviceTypeLabel))),
    fact(msg('Diensten'), list(r.services.map(serviceLabel))),
    fact(
      msg('Ophalen op school'),
      r.services.includes('pickup')
        ? (r.pickup?.minimumDevices ?? 1) > 1
          ? msg(str`Ja, vanaf ${format.number(r.pickup!.minimumDevices)} toestellen`)
          : msg('Ja, geen minimum aantal toestellen')
        : msg('Nee, u brengt de toestellen zelf binnen'),
    ),
    // "vanaf 1 toestellen" reads wrong: one device is no minimum.
    fact(msg('Neemt aan'), r.minimumDevices > 1 ? msg(str`vanaf ${format.number(r.minimumDevices)} toestellen`) : msg('elk aantal toestellen, ook één'), r.minimumDevices > 1),
    fact(
      msg('Gegevens wissen'),
      html`<span lang=${lang}>${wiping.method}</span>;
        ${wiping.certificate ? msg('met certificaat per toestel') : msg('zonder certificaat')}${wiping.onSiteDestruction
          ? html`; ${msg('schijven kunnen op school vernietigd worden')}`
          : nothing}`,
      // The card states the wiping level; the method behind it is for the details.
      false,
    ),
    wipingLevelFact(r),
    // The language filter already narrows to who speaks the school's language.
    fact(msg('Talen'), list(r.languages.map(finderFormat.languageName)), false),
    fact(msg('Werkt in'), list(r.provinces.map(provinceLabel)), false),
    fact(msg('Wat er met de toestellen gebeurt'), list(r.destinations.map(destinationLabel)), false),
    wipingReportFact(r),
    fact(msg('Vergunningen en erkenningen'), list(r.permits), false),
    fact(msg('Certificeringen'), list(r.certifications), false),
    warrantyFact(r, format),
    feesFact(r, format),
    fact(msg('Bijgewerkt'), format.date(r.updated)),
  ];
}
