/**
 * The calculator's attributes and settings layers as plain data: which
 * values cannot be used (and why), how valid ones fill the form, and how the
 * form's numbers follow a locale switch. Pure, no DOM.
 */
import { fragmentKeyPattern } from '../../core/fragment-state.js';
import type { ConfigIssue } from './config.types.js';
import { localeNumber } from './decimal.js';
import {
  convertText,
  fieldKinds,
  globalNumberFields,
  parseField,
  scenarioNumberFields,
  type FieldError,
  type FormState,
  type GlobalNumberField,
} from './form.js';
import { schoolLevels } from './model.js';

/** The element's attribute properties, as the element holds them. */
export interface CalculatorAttributes {
  horizonYears?: string | number;
  staffCount?: string | number;
  pupilCount?: string | number;
  schoolLevel?: string;
  vat?: string;
  headingLevel: string | number;
  shareUrl: string | null;
}

/** An attribute value the calculator could not use. */
export interface AttributeIssue {
  attribute: string;
  value: string;
  /** Either a field error (shown in the field's words) or the allowed values. */
  error?: FieldError;
  allowed?: readonly string[];
}

type NumericAttribute = 'horizonYears' | 'staffCount' | 'pupilCount';
const numericAttributes: readonly [NumericAttribute, string, GlobalNumberField][] = [
  ['horizonYears', 'horizon-years', 'horizon'],
  ['staffCount', 'staff-count', 'staff'],
  ['pupilCount', 'pupil-count', 'pupils'],
];

/** The attribute values that cannot be used, in `intlLocale`'s number format. */
export function attributeIssues(attributes: CalculatorAttributes, intlLocale: string): AttributeIssue[] {
  const issues: AttributeIssue[] = [];
  for (const [name, attribute, field] of numericAttributes) {
    const value = attributes[name];
    if (value === undefined || value === null || typeof value === 'number') continue;
    const parsed = parseField(String(value), fieldKinds[field], intlLocale);
    if ('error' in parsed) issues.push({ attribute, value: String(value), error: parsed.error });
  }
  const oneOf = (attribute: string, value: unknown, allowed: readonly string[]) => {
    if (value !== undefined && value !== null && !allowed.includes(String(value))) {
      issues.push({ attribute, value: String(value), allowed });
    }
  };
  oneOf('school-level', attributes.schoolLevel, schoolLevels);
  oneOf('vat', attributes.vat, ['incl', 'excl']);
  oneOf('heading-level', attributes.headingLevel, ['2', '3', '4', '5', '6']);
  if (attributes.shareUrl && !fragmentKeyPattern.test(attributes.shareUrl)) {
    issues.push({ attribute: 'share-url', value: attributes.shareUrl, allowed: ['letters, digits, - and _'] });
  }
  return issues;
}

/**
 * Puts attribute values into the form: those for which `has` is true. A
 * numeric attribute goes into its field as typed, so an invalid one shows
 * there with its error; invalid choices are left out.
 */
export function applyAttributes(
  form: FormState,
  attributes: CalculatorAttributes,
  has: (name: keyof CalculatorAttributes) => boolean,
  intlLocale: string,
): FormState {
  let next = form;
  for (const [name, , field] of numericAttributes) {
    const value = attributes[name];
    if (!has(name) || value === undefined || value === null) continue;
    next = { ...next, [field]: typeof value === 'number' ? localeNumber(value, intlLocale) : String(value) };
  }
  const { schoolLevel, vat } = attributes;
  if (has('schoolLevel') && (schoolLevel === 'primary' || schoolLevel === 'secondary')) next = { ...next, schoolLevel };
  if (has('vat') && (vat === 'incl' || vat === 'excl')) next = { ...next, vat };
  return next;
}

/** Rewrites valid numbers for the new locale, so "1.500" keeps meaning 1500 after a switch to English. */
export function convertFormLocale(form: FormState, from: string, to: string): FormState {
  const next = { ...form };
  for (const field of globalNumberFields) next[field] = convertText(form[field], fieldKinds[field], from, to);
  next.scenarios = form.scenarios.map((draft) => {
    const converted = { ...draft };
    for (const field of scenarioNumberFields) converted[field] = convertText(draft[field], fieldKinds[field], from, to);
    return converted;
  });
  return next;
}

/**
 * One settings layer (the JSON child's text or the `config` property) as an
 * object, or undefined when it is empty or unusable; what is wrong goes into `issues`.
 */
export function settingsLayer(value: unknown, path: string, issues: ConfigIssue[]): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    if (value.trim() === '') return undefined;
    try {
      value = JSON.parse(value);
    } catch (error) {
      issues.push({ path, expected: { type: 'json', detail: (error as Error).message }, received: value });
      return undefined;
    }
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    issues.push({ path, expected: { type: 'object' }, received: value });
    return undefined;
  }
  return value;
}

/** The developer-facing lines (English) for attribute problems. */
export function attributeIssueLine(issue: AttributeIssue): string {
  return `attribute ${issue.attribute}="${issue.value}": ${
    issue.allowed ? `expected one of ${issue.allowed.join(', ')}; using the default.` : `not a valid value (${issue.error!.code}); the field shows it so it can be corrected.`
  }`;
}
