/**
 * Bad input, thrown at every widget by fast-check: random attribute values
 * (empty, huge, unicode, NaN/Infinity/-0 as text) and random JSON for every
 * data property (wrong types, missing fields, deep nesting, NaN, Infinity,
 * -0), as objects and as JSON text. Random JSON rarely gets past a schema's
 * first check, so valid data with a few fields broken (a value replaced,
 * removed, or an entry duplicated) reaches the code behind the checks too.
 * Each widget must never throw an uncaught exception or leave an unhandled
 * rejection, must render something (an error message or a sane state), and
 * the page around it keeps working.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import '../../src/components/competentieroos/define.js';
import '../../src/components/cost-calculator/define.js';
import '../../src/components/cyber-checklist/define.js';
import '../../src/components/leerid-login/define.js';
import '../../src/components/refurbisher-finder/define.js';
import { digCompEdu } from '../../src/components/competentieroos/frameworks/digcompedu.js';
import checklistContent from '../../src/components/cyber-checklist/content/nl.js';
import { readState, storageKey } from '../../src/components/cyber-checklist/storage.js';
import { sampleFeed } from '../../src/components/refurbisher-finder/sample-feed.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Each widget's data properties; attributes come from the element itself. */
const dataProperties: Record<string, readonly string[]> = {
  'digi-competentieroos': ['framework', 'profile', 'profiles', 'comparison'],
  'digi-cost-calculator': ['config'],
  'digi-cyber-checklist': ['content', 'state'],
  'digi-leerid-login': [],
  'digi-refurbisher-finder': ['data'],
};
/** Attributes left alone: `src` would only measure the network (the feed/content failure paths have their own tests). */
const skippedAttributes = new Set(['src', 'callback']);

const oddText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', ' ', 'NaN', 'Infinity', '-Infinity', '-0', '1e309', '0x10', '-1', '3.5', 'null', 'undefined', '{}', '[]', 'true', '\u202e\u0000', 'x'.repeat(100_000)),
);
const oddNumber = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER + 2, -1, 0.1);
const oddValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    oddText,
    oddNumber,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('id', 'name', 'version', 'areas', 'measures', 'themes', 'refurbisheres', 'scenarios', 'answers', '__proto__', 'constructor')), tie('value'), { maxKeys: 5 }),
  ),
})).value;
/** Deeply nested, up to a thousand levels: `{ a: { areas: [{ a: … }] } }` (a tree, as JSON would give, not a shared-reference graph). */
const deep = fc.integer({ min: 200, max: 1000 }).map((depth) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : { areas: [value] };
  return value;
});
const dataValue = fc.oneof(oddValue, deep, oddValue.map((value) => JSON.stringify(value) ?? 'undefined'), oddText);

/** Valid data for each widget's data properties: what the mutations start from. */
const competenceIds = digCompEdu.competences.map((competence) => competence.id);
const levelIds = digCompEdu.levels.map((level) => level.id);
const profile = (shift: number) => Object.fromEntries(competenceIds.map((id, index) => [id, index % 3 ? levelIds[(index + shift) % levelIds.length] : ((index + shift) % 6) + 1]));
const now = '2026-11-23T10:00:00.000Z';
const validData: Record<string, Record<string, unknown>> = {
  'digi-competentieroos': {
    framework: digCompEdu,
    profile: profile(0),
    profiles: [profile(1), { label: 'B', levels: profile(2) }, profile(3)],
    comparison: { label: 'September', levels: profile(4) },
  },
  'digi-cost-calculator': {
    config: {
      vatRate: 21,
      horizonYears: 6,
      devices: 100,
      maxScenarios: 6,
      digiplanPerStaff: 628,
      feeBand: { min: 0, max: 150 },
      depositBand: { min: 0, max: 150 },
      shares: { primary: { budget: 70_000_000, pupils: 463_159 } },
      reference: { buy: { price: 550, lifetimeYears: 4, insurance: 20, source: { label: 'Offerte', url: 'https://example.org/offerte' } }, lease: { monthly: 19 }, refurbished: { price: 350 } },
      sources: { digiplanPerStaff: { label: 'Digiplan', url: 'https://example.org/digiplan' } },
      vat: 'incl',
      scenarios: [
        { name: 'Nieuw', acquisition: 'buy', price: 550, devices: 600, lifetimeYears: 4, insurance: 20, management: 15, setup: 10, wiping: 5, residual: 40 },
        { name: 'Lease', acquisition: 'lease', monthly: 19, devices: 600, lifetimeYears: 3, management: 15 },
        { name: 'Refurbished', acquisition: 'refurbished', price: 350, devices: 600, lifetimeYears: 3, pupilsPerDevice: 2, repairs: 25 },
      ],
      parent: { otherFunds: 20, deposit: 39 },
    },
  },
  'digi-cyber-checklist': {
    content: checklistContent,
    state: {
      checklist: checklistContent.id,
      version: checklistContent.version,
      school: 'Basisschool De Linde',
      answers: Object.fromEntries(
        checklistContent.measures.slice(0, 8).map((measure, index) => [measure.id, { status: ['todo', 'doing', 'done', 'na'][index % 4], note: `Notitie ${index}`, title: measure.title, changed: now }]),
      ),
      archived: [{ id: 'oud', version: '2025.1', status: 'done', note: '', title: 'Oude maatregel', changed: now }],
      saved: now,
    },
  },
  'digi-refurbisher-finder': { data: sampleFeed },
};

/** One change to valid data: at the `at`-th place in it (any depth), replace, remove or duplicate what is there. */
interface Mutation {
  at: number;
  kind: 'replace' | 'remove' | 'duplicate';
  value: unknown;
}

function mutate(data: unknown, mutations: readonly Mutation[]): unknown {
  const root = { data: JSON.parse(JSON.stringify(data)) as unknown };
  for (const { at, kind, value } of mutations) {
    const places: [Record<string, unknown> | unknown[], string | number][] = [];
    const visit = (node: unknown) => {
      if (Array.isArray(node)) {
        node.forEach((child, index) => {
          places.push([node, index]);
          visit(child);
        });
      } else if (node && typeof node === 'object') {
        for (const [key, child] of Object.entries(node)) {
          places.push([node as Record<string, unknown>, key]);
          visit(child);
        }
      }
    };
    visit(root);
    const [parent, key] = places[at % places.length]!;
    if (Array.isArray(parent)) {
      const index = key as number;
      if (kind === 'replace') parent[index] = value;
      else if (kind === 'remove') parent.splice(index, 1);
      else parent.splice(index, 0, structuredClone(parent[index]));
    } else if (kind === 'replace' || parent === root) parent[key] = value;
    else if (kind === 'remove') delete parent[key];
    else parent[`${key}-copy`] = parent[key];
  }
  return root.data;
}

const mutations = fc.array(
  fc.record({ at: fc.nat(), kind: fc.constantFrom('replace' as const, 'remove' as const, 'duplicate' as const), value: fc.oneof(oddValue, oddText, oddNumber) }),
  { minLength: 1, maxLength: 3 },
);

const errors: string[] = [];
const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);

beforeAll(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'info').mockImplementation(() => {});
});
afterAll(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('random bad input', () => {
  it.each(Object.keys(dataProperties))('<%s>: 1,000 random attribute sets and data never break it or the page', async (tag) => {
    const observed = ((customElements.get(tag) as unknown as { observedAttributes?: string[] }).observedAttributes ?? []).filter((name) => !skippedAttributes.has(name));
    const host = document.createElement('div');
    host.lang = 'nl-BE';
    const neighbour = document.createElement('button');
    neighbour.textContent = 'Buur';
    let neighbourClicks = 0;
    neighbour.addEventListener('click', () => neighbourClicks++);
    document.body.append(host, neighbour);

    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...observed), oddText, { maxKeys: Math.min(6, observed.length) }),
        fc.dictionary(fc.constantFrom(...(dataProperties[tag]!.length ? dataProperties[tag]! : ['none'])), dataValue, { maxKeys: 3 }),
        async (attributes, data) => {
          const el = document.createElement(tag) as Widget;
          for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
          await expectSurvives(el, host, Object.entries(data).filter(([name]) => name !== 'none'));
        },
      ),
      { numRuns: 1000 },
    );
    neighbour.click();
    expect(neighbourClicks).toBe(1);
    host.remove();
    neighbour.remove();
  }, 600_000);
});

describe('valid data with a few fields broken', () => {
  it.each(Object.keys(validData))('<%s>: 300 broken variants of valid data: no error, something rendered', async (tag) => {
    const properties = Object.keys(validData[tag]!);
    const host = document.createElement('div');
    host.lang = 'nl-BE';
    document.body.append(host);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...properties), mutations, fc.boolean(), async (broken, changes, asText) => {
        localStorage.clear();
        const el = document.createElement(tag) as Widget;
        const data = Object.entries(validData[tag]!).map(([name, value]): [string, unknown] => {
          if (name !== broken) return [name, value];
          const mutated = mutate(value, changes);
          return [name, asText ? (JSON.stringify(mutated) ?? 'undefined') : mutated];
        });
        await expectSurvives(el, host, data);
      }),
      { numRuns: 300 },
    );
    host.remove();
  }, 600_000);

  it('<digi-cyber-checklist>: 300 broken saved states are taken or set aside, never lost', async () => {
    const key = storageKey(checklistContent.id, checklistContent.version);
    const host = document.createElement('div');
    host.lang = 'nl-BE';
    document.body.append(host);
    await fc.assert(
      fc.asyncProperty(mutations, async (changes) => {
        localStorage.clear();
        const saved = JSON.stringify(mutate(validData['digi-cyber-checklist']!.state, changes)) ?? 'undefined';
        localStorage.setItem(key, saved);
        await expectSurvives(document.createElement('digi-cyber-checklist') as Widget, host, [['content', checklistContent]]);
        // A state of this checklist it takes (and may save again in its own words); anything else stays, word for word.
        const taken = readState(saved)?.checklist === checklistContent.id;
        const setAside = Object.keys(localStorage).some((name) => name !== key && localStorage.getItem(name) === saved);
        expect(taken || setAside, 'a saved state it cannot take is kept').toBe(true);
      }),
      { numRuns: 300 },
    );
    host.remove();
  }, 600_000);
});

/** Sets the data on the element, shows it in `host`, and checks that it rendered something without an error. */
async function expectSurvives(el: Widget, host: HTMLElement, data: readonly [string, unknown][]): Promise<void> {
  errors.length = 0;
  for (const [name, value] of data) (el as unknown as Record<string, unknown>)[name] = value;
  host.append(el);
  await Promise.race([el.updateComplete, new Promise((done) => setTimeout(done, 2000))]);
  await new Promise((done) => setTimeout(done, 0));
  const rendered = (el.shadowRoot?.textContent ?? '').trim().length > 0 || el.shadowRoot?.querySelector('button, [role="alert"], svg') !== null;
  el.remove();
  expect(errors).toEqual([]);
  expect(rendered, 'renders an error or a sane state').toBe(true);
}
