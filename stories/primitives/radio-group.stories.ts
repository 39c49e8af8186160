import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { radioGroup, type ChoiceOption, type RadioGroupOptions } from '../../src/primitives/index.js';
import { statefulPreview } from '../support/primitive-preview.js';

type RadioGroupArgs = Omit<RadioGroupOptions, 'onChange' | 'part' | 'formatCount'>;

const frequencies: readonly ChoiceOption[] = [
  { value: 'dagelijks', label: 'Dagelijks' },
  { value: 'wekelijks', label: 'Wekelijks' },
  { value: 'maandelijks', label: 'Maandelijks' },
  { value: 'zelden', label: 'Zelden of nooit' },
];

/**
 * Native radio buttons in a `<fieldset>`: one tab stop for the group, arrow
 * keys move the selection.
 */
const meta = {
  title: 'Primitives/Radio group',
  render: (args) =>
    statefulPreview({ value: args.value }, (state, update) =>
      radioGroup({ ...args, value: state.value, onChange: (value) => update({ value }) }),
    ),
  args: {
    id: 'radio-default',
    legend: 'Hoe vaak gebruik je digitale leermiddelen?',
    options: frequencies,
    value: 'wekelijks',
    required: false,
    inline: false,
    segmented: false,
  },
  argTypes: {
    id: { control: 'text' },
    legend: { control: 'text' },
    options: { control: 'object' },
    value: { control: 'text' },
    hint: { control: 'text' },
    error: { control: 'text' },
    required: { control: 'boolean' },
    inline: { control: 'boolean' },
    segmented: { control: 'boolean' },
    name: { control: 'text' },
  },
} satisfies Meta<RadioGroupArgs>;

export default meta;
type Story = StoryObj<RadioGroupArgs>;

export const Default: Story = {
  args: { id: 'radio-frequency' },
};

export const WithHints: Story = {
  args: {
    id: 'radio-hints',
    legend: 'Wie betaalt de licentie?',
    value: 'school',
    options: [
      { value: 'school', label: 'De school', hint: 'Uit het werkingsbudget.' },
      { value: 'ouders', label: 'De ouders', hint: 'Via de schoolrekening, binnen de maximumfactuur.' },
      { value: 'subsidie', label: 'Een subsidie', hint: 'Bijvoorbeeld uit het Digisprong-budget.' },
    ],
  },
};

export const WithError: Story = {
  args: {
    id: 'radio-error',
    value: undefined,
    required: true,
    error: 'Kies hoe vaak je digitale leermiddelen gebruikt.',
  },
};

export const Inline: Story = {
  args: {
    id: 'radio-inline',
    legend: 'Schooljaar',
    inline: true,
    value: '2025-2026',
    options: [
      { value: '2024-2025', label: '2024-2025' },
      { value: '2025-2026', label: '2025-2026' },
      { value: '2026-2027', label: '2026-2027' },
    ],
  },
};

/** A few short states of one thing (the checklist's status per measure): joined segments, stacked under about 480 px. */
export const Segmented: Story = {
  args: {
    id: 'radio-segmented',
    legend: 'Status',
    segmented: true,
    value: 'doing',
    options: [
      { value: 'todo', label: 'Nog niet gestart' },
      { value: 'doing', label: 'Bezig' },
      { value: 'done', label: 'Gedaan' },
      { value: 'na', label: 'Niet van toepassing' },
    ],
  },
};
