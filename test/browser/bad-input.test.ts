/**
 * Bad input, thrown at every widget by fast-check: random attribute values
 * (empty, huge, unicode, NaN/Infinity/-0 as text) and random JSON for every
 * data property (wrong types, missing fields, deep nesting, NaN, Infinity,
 * -0), as objects and as JSON text. Each widget must never throw an uncaught
 * exception or leave an unhandled rejection, must render something (an
 * error message or a sane state), and the page around it keeps working.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import '../../src/components/competentieroos/define.js';
import '../../src/components/cost-calculator/define.js';
import '../../src/components/cyber-checklist/define.js';
import '../../src/components/leerid-login/define.js';
import '../../src/components/refurbisher-finder/define.js';

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
          errors.length = 0;
          const el = document.createElement(tag) as Widget;
          for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
          for (const [name, value] of Object.entries(data)) if (name !== 'none') (el as unknown as Record<string, unknown>)[name] = value;
          host.append(el);
          await Promise.race([el.updateComplete, new Promise((done) => setTimeout(done, 2000))]);
          await new Promise((done) => setTimeout(done, 0));
          const rendered = (el.shadowRoot?.textContent ?? '').trim().length > 0 || el.shadowRoot?.querySelector('button, [role="alert"], svg') !== null;
          el.remove();
          expect(errors).toEqual([]);
          expect(rendered, 'renders an error or a sane state').toBe(true);
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
