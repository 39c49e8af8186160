import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { button, iconNames, type ButtonOptions } from '../../src/primitives/index.js';
import { preview, statefulPreview } from '../support/primitive-preview.js';

type ButtonArgs = Omit<ButtonOptions, 'onClick' | 'part' | 'className' | 'controls' | 'describedBy'>;

/**
 * A native `<button>` with `type="button"` by default, so it never submits a
 * host page's form. Busy buttons stay focusable and say "(bezig)"; toggle
 * buttons expose `aria-pressed`, buttons that open a region `aria-expanded`.
 */
const meta = {
  title: 'Primitives/Button',
  render: (args) => preview(() => button(args)),
  args: {
    label: 'Opslaan',
    variant: 'secondary',
    disabled: false,
    busy: false,
  },
  argTypes: {
    label: { control: 'text', description: 'Visible text and accessible name.' },
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'tertiary', 'danger'] },
    icon: { control: 'select', options: ['geen', ...iconNames], mapping: { geen: undefined } },
    type: { control: 'inline-radio', options: ['button', 'submit', 'reset'] },
    disabled: { control: 'boolean' },
    busy: { control: 'boolean' },
    pressed: { control: 'boolean', description: 'Toggle buttons only: sets `aria-pressed`.' },
    expanded: { control: 'boolean', description: 'Buttons that show a region only: sets `aria-expanded`.' },
    accessibleLabel: { control: 'text' },
  },
} satisfies Meta<ButtonArgs>;

export default meta;
type Story = StoryObj<ButtonArgs>;

export const Primary: Story = {
  args: { variant: 'primary', label: 'Kosten berekenen' },
};

export const Secondary: Story = {
  args: { variant: 'secondary', label: 'Vorige stap' },
};

export const Tertiary: Story = {
  args: { variant: 'tertiary', label: 'Alles wissen' },
};

export const Danger: Story = {
  args: { variant: 'danger', label: 'Rij verwijderen' },
};

/** The four variants side by side, as they appear together in a widget. */
export const Variants: Story = {
  render: (args) =>
    preview(
      () => html`<div class="preview-row">
        ${button({ ...args, variant: 'primary', label: 'Kosten berekenen' })}
        ${button({ ...args, variant: 'secondary', label: 'Vorige stap' })}
        ${button({ ...args, variant: 'tertiary', label: 'Alles wissen' })}
        ${button({ ...args, variant: 'danger', label: 'Rij verwijderen' })}
      </div>`,
    ),
};

export const WithIcon: Story = {
  args: { variant: 'secondary', label: 'Resultaat downloaden', icon: 'download' },
};

export const Disabled: Story = {
  args: { variant: 'primary', label: 'Versturen', disabled: true },
};

/** After a click while work is in progress: focusable, ignores clicks, says "(bezig)". */
export const Busy: Story = {
  args: { variant: 'primary', label: 'Opslaan', busy: true },
};

/** A toggle button: the name stays the same, `aria-pressed` carries the state. */
export const Toggle: Story = {
  args: { label: 'Alleen gratis leermiddelen', pressed: false },
  render: ({ pressed, ...args }) =>
    statefulPreview({ pressed: pressed ?? false }, (state, update) =>
      button({ ...args, pressed: state.pressed, onClick: () => update({ pressed: !state.pressed }) }),
    ),
};

/** A button that shows and hides a region: `aria-expanded` and `aria-controls`. */
export const Expands: Story = {
  args: { label: 'Toon de berekening', variant: 'tertiary', icon: 'chevron-down', expanded: false },
  render: ({ expanded, ...args }) =>
    statefulPreview({ expanded: expanded ?? false }, (state, update) =>
      html`<div class="preview-stack">
        ${button({
          ...args,
          expanded: state.expanded,
          controls: 'button-expands-region',
          onClick: () => update({ expanded: !state.expanded }),
        })}
        <p id="button-expands-region" ?hidden=${!state.expanded}>
          12 leerlingen × € 4,50 per maand × 10 maanden = € 540.
        </p>
      </div>`,
    ),
};
