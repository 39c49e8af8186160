import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { button, card } from '../../src/primitives/index.js';
import { preview } from '../support/primitive-preview.js';

interface CardArgs {
  id: string;
  title: string;
  body: string;
  eyebrow?: string;
  headingLevel: 2 | 3 | 4 | 5 | 6;
}

/**
 * A titled section (`<section aria-labelledby>`), so it is a named region; the
 * heading level is a parameter to fit the host page's outline.
 */
const meta = {
  title: 'Primitives/Card',
  render: (args) => preview(() => card({ ...args, body: html`<p>${args.body}</p>` })),
  args: {
    id: 'card-default',
    title: 'Digisprong-budget',
    body: 'Elke school krijgt een werkingsbudget voor ICT-infrastructuur en digitale leermiddelen.',
    headingLevel: 3,
  },
  argTypes: {
    id: { control: 'text', description: "The section's id; the title's id is `<id>-title`." },
    title: { control: 'text' },
    body: { control: 'text' },
    eyebrow: { control: 'text' },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
  },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

export const Default: Story = {
  args: { id: 'card-budget' },
};

export const WithEyebrowAndFooter: Story = {
  args: {
    id: 'card-footer',
    eyebrow: 'Subsidie',
    title: 'Werkingsmiddelen ICT',
    body: 'Aanvragen kan tot 31 maart. Je hebt het ondernemingsnummer van je schoolbestuur nodig.',
  },
  render: (args) =>
    preview(() =>
      card({
        ...args,
        body: html`<p>${args.body}</p>`,
        footer: html`${button({ label: 'Aanvraag starten', variant: 'primary' })}
        ${button({ label: 'Meer informatie', variant: 'tertiary' })}`,
      }),
    ),
};
