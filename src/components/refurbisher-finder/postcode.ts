/**
 * Belgian postcodes: reading what someone typed, and the province by the
 * official ranges (bpost). Pure; no DOM.
 */
import type { Province } from './model.js';

/** `[first, last, province]`, inclusive, in ascending order. */
const ranges: readonly (readonly [number, number, Province])[] = [
  [1000, 1299, 'brussels'],
  [1300, 1499, 'walloon-brabant'],
  [1500, 1999, 'flemish-brabant'],
  [2000, 2999, 'antwerp'],
  [3000, 3499, 'flemish-brabant'],
  [3500, 3999, 'limburg'],
  [4000, 4999, 'liege'],
  [5000, 5999, 'namur'],
  [6000, 6599, 'hainaut'],
  [6600, 6999, 'luxembourg'],
  [7000, 7999, 'hainaut'],
  [8000, 8999, 'west-flanders'],
  [9000, 9999, 'east-flanders'],
];

/** The province of a postcode from 1000 to 9999; undefined outside that range. */
export function provinceOf(postcode: number): Province | undefined {
  return ranges.find(([first, last]) => postcode >= first && postcode <= last)?.[2];
}

export type PostcodeResult =
  | { readonly ok: true; readonly postcode: number; readonly province: Province }
  /** `empty`: nothing typed; `format`: not four digits; `range`: four digits below 1000. */
  | { readonly ok: false; readonly error: 'empty' | 'format' | 'range' };

/** Reads a typed postcode: four digits, spaces around it allowed (also "B-9000" / "B 9000"). */
export function parsePostcode(text: string): PostcodeResult {
  const trimmed = text.trim().replace(/^B[\s-]?/i, '');
  if (trimmed === '') return { ok: false, error: 'empty' };
  if (!/^\d{4}$/.test(trimmed)) return { ok: false, error: 'format' };
  const postcode = Number(trimmed);
  const province = provinceOf(postcode);
  return province ? { ok: true, postcode, province } : { ok: false, error: 'range' };
}
