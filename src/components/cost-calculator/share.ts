/**
 * The form's state in a URL fragment parameter, so a link shows the same
 * calculation (opt-in: the host page owns its URL). A fragment never reaches
 * a server, so what people type stays in their browser.
 *
 * Format: `<key>=<base64url of compact JSON>`, versioned (`v: 1`). Valid
 * numbers travel as numbers (shown in the reader's locale), anything else as
 * the text typed, so an invalid field arrives with the same error. Pure, no DOM.
 */
import { decimalToString, localeNumber, parseDecimal } from './decimal.js';
import { scenarioNumberFields, type FormState, type ScenarioDraft } from './form.js';
import { acquisitions, schoolLevels } from './model.js';

type Packed = number | string | null;

const kindCodes = ['b', 'l', 'r'] as const; // buy, lease, refurbished
const maxText = 80;

function pack(text: string, intlLocale: string): Packed {
  if (text.trim() === '') return null;
  const decimal = parseDecimal(text, intlLocale);
  if (typeof decimal === 'object') {
    const plain = decimalToString({ ...decimal, fraction: decimal.fraction.replace(/0+$/, '') });
    if (String(Number(plain)) === plain) return Number(plain);
  }
  return text;
}

const unpack = (value: Packed, intlLocale: string): string =>
  value === null
    ? ''
    : typeof value === 'string'
      ? value
      : localeNumber(value, intlLocale);

const isPacked = (value: unknown): value is Packed =>
  value === null ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.length <= maxText);

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** The form as a fragment-safe string. */
export function encodeState(form: FormState, intlLocale: string): string {
  const p = (text: string) => pack(text, intlLocale);
  const state = {
    v: 1,
    vat: form.vat === 'incl' ? 'i' : 'e',
    h: p(form.horizon),
    l: form.schoolLevel === 'primary' ? 'p' : 's',
    pu: p(form.pupils),
    st: p(form.staff),
    ps: form.scenarios.findIndex((s) => s.id === form.parentScenario),
    f: p(form.funds),
    d: p(form.deposit),
    s: form.scenarios.map((s) => [
      s.name.slice(0, maxText),
      kindCodes[acquisitions.indexOf(s.acquisition)],
      ...scenarioNumberFields.map((field) => p(s[field].slice(0, maxText))),
    ]),
  };
  return toBase64Url(JSON.stringify(state));
}

export type DecodeResult = { ok: true; form: FormState } | { ok: false; reason: string };

/** Reads a shared state back; anything malformed is refused whole, with the reason in English. */
export function decodeState(encoded: string, intlLocale: string, maxScenarios: number, nextId: () => string): DecodeResult {
  let state: unknown;
  try {
    state = JSON.parse(fromBase64Url(encoded));
  } catch {
    return { ok: false, reason: 'the state is not valid base64url-encoded JSON' };
  }
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return { ok: false, reason: 'the state is not an object' };
  const s = state as Record<string, unknown>;
  if (s['v'] !== 1) return { ok: false, reason: `unknown state version ${JSON.stringify(s['v'])}` };
  const list = s['s'];
  if (!Array.isArray(list) || list.length < 1 || list.length > maxScenarios) {
    return { ok: false, reason: `expected 1 to ${maxScenarios} scenarios` };
  }
  const globals = ['h', 'pu', 'st', 'f', 'd'] as const;
  const badGlobal = globals.find((key) => !isPacked(s[key]));
  if (badGlobal) return { ok: false, reason: `field "${badGlobal}" is not a number or short text` };
  if (s['vat'] !== 'i' && s['vat'] !== 'e') return { ok: false, reason: 'field "vat" must be "i" or "e"' };
  if (s['l'] !== 'p' && s['l'] !== 's') return { ok: false, reason: 'field "l" must be "p" or "s"' };

  const scenarios: ScenarioDraft[] = [];
  for (const [index, item] of list.entries()) {
    const kind = Array.isArray(item) ? kindCodes.indexOf(item[1]) : -1;
    if (
      !Array.isArray(item) ||
      item.length !== 2 + scenarioNumberFields.length ||
      typeof item[0] !== 'string' ||
      item[0].length > maxText ||
      kind < 0 ||
      !item.slice(2).every(isPacked)
    ) {
      return { ok: false, reason: `scenario ${index + 1} is malformed` };
    }
    const draft = { id: nextId(), name: item[0], acquisition: acquisitions[kind]! } as ScenarioDraft;
    scenarioNumberFields.forEach((field, i) => (draft[field] = unpack(item[2 + i] as Packed, intlLocale)));
    scenarios.push(draft);
  }
  const parentIndex = typeof s['ps'] === 'number' ? s['ps'] : -1;
  const u = (key: (typeof globals)[number]) => unpack(s[key] as Packed, intlLocale);
  return {
    ok: true,
    form: {
      vat: s['vat'] === 'i' ? 'incl' : 'excl',
      horizon: u('h'),
      scenarios,
      schoolLevel: schoolLevels[s['l'] === 'p' ? 0 : 1],
      pupils: u('pu'),
      staff: u('st'),
      parentScenario: scenarios[parentIndex]?.id ?? '',
      funds: u('f'),
      deposit: u('d'),
    },
  };
}
