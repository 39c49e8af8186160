import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { alert, button, type AlertOptions } from '../../src/primitives/index.js';
import { preview } from '../support/primitive-preview.js';

type AlertArgs = Omit<AlertOptions, 'part' | 'actions' | 'message'> & { message: string };

/**
 * A message with its tone said three ways: icon, heading text (the tone's
 * name unless a title is given) and border. `live` makes it a live region:
 * `assertive` gives role="alert", `polite` role="status".
 */
const meta = {
  title: 'Primitives/Alert',
  render: (args) => preview(() => alert(args)),
  args: {
    tone: 'info',
    message: 'De bedragen zijn berekend met de tarieven van 1 september 2025.',
    live: 'off',
    headingLevel: 3,
  },
  argTypes: {
    tone: { control: 'inline-radio', options: ['info', 'success', 'warning', 'danger'] },
    title: { control: 'text', description: "Defaults to the tone's name (Informatie, Gelukt, Let op, Probleem)." },
    message: { control: 'text' },
    live: { control: 'inline-radio', options: ['off', 'polite', 'assertive'] },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
    id: { control: 'text' },
  },
} satisfies Meta<AlertArgs>;

export default meta;
type Story = StoryObj<AlertArgs>;

export const Info: Story = {
  args: { id: 'alert-info', tone: 'info' },
};

export const Success: Story = {
  args: {
    id: 'alert-success',
    tone: 'success',
    message: 'Je aanvraag is verstuurd. Je krijgt binnen vijf werkdagen een antwoord.',
  },
};

export const Warning: Story = {
  args: {
    id: 'alert-warning',
    tone: 'warning',
    message: 'Het aantal leerlingen is hoger dan vorig schooljaar. Controleer of dat klopt.',
  },
};

export const Danger: Story = {
  args: {
    id: 'alert-danger',
    tone: 'danger',
    title: 'De berekening is mislukt',
    message: 'We konden de tarieven niet ophalen. Je ingevulde gegevens zijn bewaard.',
  },
};

/** An error after an action, read at once (role="alert"), with a way out. */
export const WithActions: Story = {
  args: {
    id: 'alert-actions',
    tone: 'danger',
    live: 'assertive',
    title: 'Niet opgeslagen',
    message: 'De verbinding met de server is verbroken.',
  },
  render: (args) =>
    preview(() =>
      alert({
        ...args,
        actions: html`${button({ label: 'Opnieuw proberen', variant: 'primary' })}
        ${button({ label: 'Gegevens downloaden', icon: 'download' })}`,
      }),
    ),
};

/** All four tones together: each says its tone in words, not only in colour. */
export const AllTones: Story = {
  render: (args) =>
    preview(
      () => html`<div class="preview-stack">
        ${alert({ ...args, id: 'alert-all-info', tone: 'info' })}
        ${alert({ ...args, id: 'alert-all-success', tone: 'success' })}
        ${alert({ ...args, id: 'alert-all-warning', tone: 'warning' })}
        ${alert({ ...args, id: 'alert-all-danger', tone: 'danger' })}
      </div>`,
    ),
};
