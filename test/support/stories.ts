/**
 * A browser test's fixture from a story: the story's args over its meta's,
 * rendered by the meta's render function, so a test checks what designers
 * see in Storybook instead of a second copy of the same setup.
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

interface StoryMeta<Args> {
  readonly args?: Partial<Args>;
  readonly render?: unknown;
}
interface Story<Args> {
  readonly args?: Partial<Args>;
}

/** Renders `story` of `meta` inside `<div lang=…>` and returns the first element with `tag`. */
export async function storyFixture<Args, Tag extends keyof HTMLElementTagNameMap>(
  meta: StoryMeta<Args>,
  story: Story<Args>,
  tag: Tag,
  lang = 'nl-BE',
): Promise<HTMLElementTagNameMap[Tag]> {
  const render = meta.render as ((args: Args) => TemplateResult) | undefined;
  if (!render) throw new Error(`The stories of <${tag}> have no render function`);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${render({ ...meta.args, ...story.args } as Args)}</div>`);
  const element = wrapper.querySelector(tag);
  if (!element) throw new Error(`The story does not render <${tag}>`);
  return element;
}
