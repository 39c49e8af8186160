import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { announce, button, type Politeness } from '../../src/primitives/index.js';
import { statefulPreview } from '../support/primitive-preview.js';

interface AnnouncerArgs {
  message: string;
  politeness: Politeness;
}

interface Said {
  readonly message: string;
  readonly politeness: Politeness;
}

/**
 * `announce()` speaks through two shared live regions in the page's light DOM
 * (`#digi-announcer-polite`, `#digi-announcer-assertive`), created once when
 * the first widget connects. Saying the same message twice is read twice.
 * The list below shows what was handed to the screen reader; it is not a live
 * region itself, so nothing is read twice.
 */
const meta = {
  title: 'Primitives/Announcer',
  render: (args) =>
    statefulPreview({ said: [] as readonly Said[] }, (state, update) =>
      html`<div class="preview-stack">
        ${button({
          label: 'Aankondigen',
          variant: 'primary',
          onClick: () => {
            announce(args.message, args.politeness);
            update({ said: [...state.said, { message: args.message, politeness: args.politeness }] });
          },
        })}
        ${state.said.length === 0
          ? html`<p class="preview-note">Nog niets aangekondigd.</p>`
          : html`<ol class="announcer-log">
              ${state.said.map(
                (item) => html`<li>
                  “${item.message}”
                  <span class="preview-note">(${item.politeness === 'assertive' ? 'dringend' : 'beleefd'})</span>
                </li>`,
              )}
            </ol>`}
      </div>`,
    ),
  args: {
    message: '3 resultaten gevonden.',
    politeness: 'polite',
  },
  argTypes: {
    message: { control: 'text' },
    politeness: { control: 'inline-radio', options: ['polite', 'assertive'] },
  },
} satisfies Meta<AnnouncerArgs>;

export default meta;
type Story = StoryObj<AnnouncerArgs>;

export const Polite: Story = {
  args: { message: '3 resultaten gevonden.', politeness: 'polite' },
};

export const Assertive: Story = {
  args: { message: 'Opslaan mislukt. Probeer het opnieuw.', politeness: 'assertive' },
};
