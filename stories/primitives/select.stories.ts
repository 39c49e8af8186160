import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { selectField, type SelectFieldOptions } from '../../src/primitives/index.js';
import { statefulPreview } from '../support/primitive-preview.js';

type SelectArgs = Omit<SelectFieldOptions, 'onChange' | 'part'>;

const levels: SelectFieldOptions['options'] = [
  { value: '', label: 'Kies een onderwijsniveau' },
  { value: 'kleuter', label: 'Kleuteronderwijs' },
  { value: 'lager', label: 'Lager onderwijs' },
  { value: 'secundair', label: 'Secundair onderwijs' },
  { value: 'volwassenen', label: 'Volwassenenonderwijs' },
];

/** A native `<select>` with the same label, hint and error wiring as a text field. */
const meta = {
  title: 'Primitives/Select',
  render: (args) =>
    statefulPreview({ value: args.value }, (state, update) =>
      selectField({ ...args, value: state.value, onChange: (value) => update({ value }) }),
    ),
  args: {
    id: 'select-default',
    label: 'Onderwijsniveau',
    value: 'lager',
    options: levels,
    required: false,
    disabled: false,
  },
  argTypes: {
    id: { control: 'text' },
    label: { control: 'text' },
    value: { control: 'select', options: levels.map((option) => option.value) },
    options: { control: 'object' },
    hint: { control: 'text' },
    error: { control: 'text' },
    required: { control: 'boolean' },
    showOptional: { control: 'boolean' },
    disabled: { control: 'boolean' },
  },
} satisfies Meta<SelectArgs>;

export default meta;
type Story = StoryObj<SelectArgs>;

export const Default: Story = {
  args: { id: 'select-level' },
};

export const WithHint: Story = {
  args: {
    id: 'select-hint',
    value: 'secundair',
    hint: 'Kies het niveau waarvoor je de leermiddelen aankoopt.',
  },
};

export const WithError: Story = {
  args: {
    id: 'select-error',
    value: '',
    required: true,
    error: 'Kies een onderwijsniveau om verder te gaan.',
  },
};

export const Disabled: Story = {
  args: { id: 'select-disabled', value: 'kleuter', disabled: true },
};
