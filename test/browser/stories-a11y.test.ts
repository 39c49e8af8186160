/// <reference types="vite/client" />
/**
 * The accessibility matrix, generated from the stories: every story of every
 * `stories/**\/*.stories.ts` file, in every theme and every locale, rendered
 * as Storybook renders it (story `render`, else the meta's, with the meta's
 * args under the story's) and checked with axe. A new story file is picked up
 * without touching this test.
 *
 * A story can opt out with `tags: ['!test']` or `parameters.a11y.disable` /
 * `parameters.a11y.test: 'off'` (it then shows as skipped), but no primitive
 * story may: the primitives are what every widget is built from.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { render as litRender, type TemplateResult } from 'lit';
import { themeNames } from '../../src/design/tokens.js';
import { allLocales } from '../../src/i18n/locales.js';
import { expectAccessible } from '../support/a11y.js';

type Args = Record<string, unknown>;
type RenderFunction = (args: Args, context: StoryContextLite) => unknown;

/** The few StoryContext fields a story render may read outside Storybook. */
interface StoryContextLite {
  id: string;
  title: string;
  name: string;
  args: Args;
  globals: { theme: string; locale: string };
  viewMode: 'story';
}

interface Annotations {
  args?: Args;
  render?: RenderFunction;
  tags?: string[];
  parameters?: { a11y?: { disable?: boolean; test?: string } };
}

interface StoryMeta extends Annotations {
  title: string;
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}

interface StoryEntry {
  title: string;
  name: string;
  id: string;
  story: Annotations;
  meta: StoryMeta;
  skipReason?: string;
}

const modules = import.meta.glob<Record<string, unknown>>('../../stories/**/*.stories.ts', { eager: true });

/** Storybook's export-name to story-name rule (`WithHint` -> `With Hint`). */
function storyNameFromExport(key: string): string {
  return key
    .replace(/[_\-.]/g, ' ')
    .replace(/([^\n])([A-Z])([a-z])/g, (_, a: string, b: string, c: string) => `${a} ${b}${c}`)
    .replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b}`)
    .replace(/([a-z])([0-9])/gi, (_, a: string, b: string) => `${a} ${b}`)
    .replace(/([0-9])([a-z])/gi, (_, a: string, b: string) => `${a} ${b}`)
    .replace(/(\s|^)(\w)/g, (_, a: string, b: string) => `${a}${b.toUpperCase()}`)
    .replace(/ +/g, ' ')
    .trim();
}

/** Storybook's id rule: `Primitives/Text field` + `WithHint` -> `primitives-text-field--with-hint`. */
const sanitize = (value: string) =>
  value
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '');

const matches = (name: string, filter: string[] | RegExp | undefined) =>
  Array.isArray(filter) ? filter.includes(name) : filter instanceof RegExp ? filter.test(name) : false;

function isExportStory(name: string, meta: StoryMeta): boolean {
  if (name === 'default' || name.startsWith('__')) return false;
  if (meta.includeStories && !matches(name, meta.includeStories)) return false;
  return !matches(name, meta.excludeStories);
}

function skipReasonOf(meta: StoryMeta, story: Annotations): string | undefined {
  const tags = [...(meta.tags ?? []), ...(story.tags ?? [])];
  // A later `test` tag re-enables what an earlier `!test` removed, as in Storybook.
  if (tags.lastIndexOf('!test') > tags.lastIndexOf('test')) return 'tagged !test';
  const a11y = { ...meta.parameters?.a11y, ...story.parameters?.a11y };
  if (a11y.disable) return 'parameters.a11y.disable';
  if (a11y.test === 'off') return "parameters.a11y.test is 'off'";
  return undefined;
}

function collectStories(): StoryEntry[] {
  const entries: StoryEntry[] = [];
  for (const [path, module] of Object.entries(modules)) {
    const meta = module['default'] as StoryMeta | undefined;
    if (!meta?.title) throw new Error(`${path} has no default export with a title (CSF3 meta).`);
    for (const [exportName, value] of Object.entries(module)) {
      if (!isExportStory(exportName, meta)) continue;
      if (typeof value !== 'object' || value === null) {
        throw new Error(`${path}: story ${exportName} is not a CSF3 story object.`);
      }
      const story = value as Annotations & { name?: string };
      const name = story.name ?? storyNameFromExport(exportName);
      entries.push({
        title: meta.title,
        name,
        id: `${sanitize(meta.title)}--${sanitize(exportName)}`,
        story,
        meta,
        skipReason: skipReasonOf(meta, story),
      });
    }
  }
  return entries;
}

/** Every `digi-*` element at or below `root`, inside shadow roots too. */
function digiElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.startsWith('digi-')) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** Waits until every `digi-*` element (also ones rendered by other elements) has rendered. */
async function settle(root: Element): Promise<Element[]> {
  let seen = -1;
  let elements = digiElements(root);
  while (elements.length !== seen) {
    seen = elements.length;
    await Promise.all(elements.map((element) => (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
    elements = digiElements(root);
  }
  return elements;
}

const stories = collectStories();

afterEach(() => {
  fixtureCleanup();
});

describe('stories a11y matrix', () => {
  it('finds the stories, and no primitive story is skipped', () => {
    expect(stories.length).toBeGreaterThan(0);
    const titles = new Set(stories.map((entry) => entry.title));
    for (const title of ['Primitives/Button', 'Primitives/Text field', 'Primitives/Icons']) {
      expect(titles).toContain(title);
    }
    const skippedPrimitives = stories.filter((entry) => entry.title.startsWith('Primitives/') && entry.skipReason);
    expect(skippedPrimitives.map((entry) => `${entry.title} › ${entry.name}: ${entry.skipReason}`)).toEqual([]);
    const ids = stories.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

for (const entry of stories) {
  const render = entry.story.render ?? entry.meta.render;
  const args: Args = { ...entry.meta.args, ...entry.story.args };
  for (const theme of themeNames) {
    for (const locale of allLocales) {
      const name = `${entry.title} › ${entry.name} [${theme}, ${locale}]`;
      const test = entry.skipReason ? it.skip : it;
      test(name, async () => {
        if (!render) throw new Error(`${entry.title} › ${entry.name} has no render function (story or meta).`);
        const context: StoryContextLite = {
          id: entry.id,
          title: entry.title,
          name: entry.name,
          args,
          globals: { theme, locale },
          viewMode: 'story',
        };
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${locale} data-digi-theme=${theme}></div>`);
        const result = render({ ...args }, context);
        if (typeof result === 'string') wrapper.innerHTML = result;
        else if (result instanceof Node) wrapper.append(result);
        else litRender(result as TemplateResult, wrapper);
        const rendered = await settle(wrapper);
        expect(wrapper.childElementCount, 'the story rendered nothing').toBeGreaterThan(0);
        if (entry.title.startsWith('Primitives/')) {
          expect(
            rendered.map((element) => element.localName),
            'primitive stories render through <digi-primitive-preview>',
          ).toContain('digi-primitive-preview');
        }
        await expectAccessible(wrapper, name);
      });
    }
  }
}
