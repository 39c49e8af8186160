import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { disclosure } from '../../src/primitives/index.js';
import { statefulPreview } from '../support/primitive-preview.js';

interface DisclosureArgs {
  id: string;
  summary: string;
  open: boolean;
}

/**
 * Native `<details>`/`<summary>`: an expandable button for screen readers,
 * opened by Enter or Space, and opened by find-in-page too.
 */
const meta = {
  title: 'Primitives/Disclosure',
  render: (args) =>
    statefulPreview({ open: args.open }, (state, update) =>
      disclosure({
        id: args.id,
        summary: args.summary,
        open: state.open,
        onToggle: (open) => update({ open }),
        content: html`<p>
            We vermenigvuldigen het aantal leerlingen met de prijs per licentie en tellen de eenmalige
            opstartkosten erbij.
          </p>
          <p>Bedragen zijn inclusief btw.</p>`,
      }),
    ),
  args: {
    id: 'disclosure-default',
    summary: 'Hoe berekenen we dit bedrag?',
    open: false,
  },
  argTypes: {
    id: { control: 'text' },
    summary: { control: 'text' },
    open: { control: 'boolean' },
  },
} satisfies Meta<DisclosureArgs>;

export default meta;
type Story = StoryObj<DisclosureArgs>;

export const Closed: Story = {
  args: { id: 'disclosure-closed', open: false },
};

export const Open: Story = {
  args: { id: 'disclosure-open', open: true },
};
