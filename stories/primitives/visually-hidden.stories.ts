import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { visuallyHidden } from '../../src/primitives/index.js';
import { preview } from '../support/primitive-preview.js';

interface VisuallyHiddenArgs {
  items: readonly string[];
}

/**
 * Text only screen-reader users get: here every "Verwijderen" button says
 * which row it removes, while sighted users read that from the row. The
 * visible word comes first, so voice control users can say what they see.
 */
const meta = {
  title: 'Primitives/Visually hidden',
  render: (args) =>
    preview(
      () => html`<ul class="preview-stack">
        ${args.items.map(
          (item) => html`<li class="preview-row">
            <span>${item}</span>
            <button class="btn btn--tertiary" type="button">Verwijderen${visuallyHidden(`: ${item}`)}</button>
          </li>`,
        )}
      </ul>`,
    ),
  args: {
    items: ['Rekenmachine TI-30', 'Licentie leerplatform', 'Koptelefoon'],
  },
  argTypes: {
    items: { control: 'object' },
  },
} satisfies Meta<VisuallyHiddenArgs>;

export default meta;
type Story = StoryObj<VisuallyHiddenArgs>;

export const RowContext: Story = {
  args: {},
};
