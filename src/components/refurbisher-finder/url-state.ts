/**
 * The search in the URL fragment (opt-in), so a link opens the same search:
 * `#digi-refurbishers=pc%3D9000%26d%3Dlaptop.tablet%26sort%3Dname`. This is
 * the value's format; core/fragment-state.ts puts it in the fragment, where
 * the host page's other parameters stay as they are. Never the browser's
 * position: that is not put in a link. Pure; no DOM.
 */
import { deviceTypes, languages, services, type DeviceType, type Language, type Service } from './model.js';
import { sortKeys, type SortKey } from './sort.js';

/** What a link keeps: the form as typed, the sort order and the refurbishers being compared. */
export interface SharedState {
  readonly postcode: string;
  readonly query: string;
  readonly deviceTypes: readonly DeviceType[];
  readonly services: readonly Service[];
  readonly languages: readonly Language[];
  readonly devices: string;
  /** "Purge or better" ticked (`w=purge`); absent or false: not. */
  readonly purgeOrBetter?: boolean;
  readonly sort?: SortKey;
  readonly compare: readonly string[];
}

const list = <T extends string>(value: string | null, allowed: readonly T[]): T[] =>
  (value ?? '').split('.').filter((item): item is T => (allowed as readonly string[]).includes(item));

/** The state as one fragment value; empty parts are left out. */
export function encodeState(state: SharedState): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string) => {
    if (value) params.set(key, value);
  };
  put('pc', state.postcode.trim());
  put('q', state.query.trim());
  put('d', state.deviceTypes.join('.'));
  put('s', state.services.join('.'));
  put('l', state.languages.join('.'));
  put('n', state.devices.trim());
  put('w', state.purgeOrBetter ? 'purge' : '');
  put('sort', state.sort ?? '');
  put('c', state.compare.join(' '));
  return params.toString();
}

/** Reads a fragment value; unknown or damaged parts are dropped, never guessed. Texts are cut to a sane length. */
export function decodeState(encoded: string): SharedState {
  const params = new URLSearchParams(encoded);
  const sort = params.get('sort');
  return {
    postcode: (params.get('pc') ?? '').slice(0, 12),
    query: (params.get('q') ?? '').slice(0, 200),
    deviceTypes: list(params.get('d'), deviceTypes),
    services: list(params.get('s'), services),
    languages: list(params.get('l'), languages),
    devices: (params.get('n') ?? '').slice(0, 12),
    purgeOrBetter: params.get('w') === 'purge' ? true : undefined,
    sort: (sortKeys as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : undefined,
    compare: (params.get('c') ?? '').split(' ').filter(Boolean).slice(0, 3),
  };
}
