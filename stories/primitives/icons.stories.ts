import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { icon, iconNames, type IconName } from '../../src/primitives/index.js';
import { preview } from '../support/primitive-preview.js';

interface IconArgs {
  names: readonly IconName[];
}

/**
 * Inline SVG on a 24-unit grid in `currentColor`. Beside words an icon is
 * decorative (`aria-hidden`); alone it needs a label (then `role="img"`).
 */
const meta = {
  title: 'Primitives/Icons',
  render: (args) =>
    preview(
      () => html`<ul class="preview-stack">
        ${args.names.map((name) => html`<li class="preview-row">${icon(name)}<code>${name}</code></li>`)}
      </ul>`,
    ),
  args: {
    names: iconNames,
  },
  argTypes: {
    names: { control: 'check', options: iconNames },
  },
} satisfies Meta<IconArgs>;

export default meta;
type Story = StoryObj<IconArgs>;

/** Every icon in the set, with its name. */
export const All: Story = {
  args: {},
};

/** Icons that carry meaning on their own get a label and `role="img"`. */
export const Labelled: Story = {
  args: { names: ['success', 'warning', 'danger'] },
  render: (args) =>
    preview(
      () => html`<p class="preview-row">
        ${args.names.map((name) => icon(name, { label: labels[name] ?? name }))}
      </p>`,
    ),
};

const labels: Partial<Record<IconName, string>> = {
  success: 'Gelukt',
  warning: 'Let op',
  danger: 'Probleem',
  info: 'Informatie',
};
