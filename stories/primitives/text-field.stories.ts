import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { textField, type TextFieldOptions } from '../../src/primitives/index.js';
import { statefulPreview } from '../support/primitive-preview.js';

type TextFieldArgs = Omit<TextFieldOptions, 'onInput' | 'onChange' | 'part'>;

/**
 * A labelled text input with hint, unit and error wired to it through
 * `aria-describedby`. The field always shows what was typed, also while it is
 * invalid. Numbers use `inputmode`, never `type="number"` (which drops a
 * Belgian decimal comma).
 */
const meta = {
  title: 'Primitives/Text field',
  render: (args) =>
    statefulPreview({ value: args.value }, (state, update) =>
      textField({ ...args, value: state.value, onInput: (value) => update({ value }) }),
    ),
  args: {
    id: 'text-field-default',
    label: 'Naam van de school',
    value: '',
    required: false,
    disabled: false,
  },
  argTypes: {
    id: { control: 'text', description: 'Unique in the shadow root; hint, unit and error ids derive from it.' },
    label: { control: 'text' },
    value: { control: 'text' },
    hint: { control: 'text' },
    unit: { control: 'text' },
    error: { control: 'text', description: 'Says what is wrong and how to fix it; empty when valid.' },
    required: { control: 'boolean' },
    showOptional: { control: 'boolean' },
    disabled: { control: 'boolean' },
    type: { control: 'select', options: ['text', 'email', 'url', 'search', 'tel', 'password'] },
    inputMode: { control: 'select', options: ['text', 'decimal', 'numeric', 'email', 'url', 'search', 'tel'] },
    autocomplete: { control: 'text' },
    size: { control: 'number' },
  },
} satisfies Meta<TextFieldArgs>;

export default meta;
type Story = StoryObj<TextFieldArgs>;

export const Default: Story = {
  args: { id: 'text-field-school', label: 'Naam van de school', autocomplete: 'organization' },
};

export const WithHint: Story = {
  args: {
    id: 'text-field-hint',
    label: 'E-mailadres',
    type: 'email',
    autocomplete: 'email',
    hint: 'We sturen het resultaat naar dit adres, bijvoorbeeld naam@school.be.',
  },
};

export const WithUnit: Story = {
  args: {
    id: 'text-field-unit',
    label: 'Budget per leerling',
    inputMode: 'decimal',
    unit: 'euro',
    size: 8,
    value: '12,50',
  },
};

export const Required: Story = {
  args: {
    id: 'text-field-required',
    label: 'Aantal leerlingen',
    inputMode: 'numeric',
    size: 6,
    required: true,
    unit: 'leerlingen',
  },
};

/** Invalid: the typed value stays, the error says how to fix it. */
export const WithError: Story = {
  args: {
    id: 'text-field-error',
    label: 'Aantal leerlingen',
    inputMode: 'numeric',
    size: 6,
    required: true,
    unit: 'leerlingen',
    hint: 'Tel alle leerlingen van dit schooljaar.',
    value: '24,5',
    error: 'Vul een heel getal in, bijvoorbeeld 24.',
  },
};

/** In a form with required fields, the optional ones say so. */
export const Optional: Story = {
  args: {
    id: 'text-field-optional',
    label: 'Klas of groep',
    showOptional: true,
    hint: 'Bijvoorbeeld 5B of "leerkrachtenteam".',
  },
};

export const Disabled: Story = {
  args: { id: 'text-field-disabled', label: 'Schooljaar', value: '2025-2026', disabled: true },
};
