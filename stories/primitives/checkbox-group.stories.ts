import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { checkboxGroup, type CheckboxGroupOptions, type ChoiceOption } from '../../src/primitives/index.js';
import { statefulPreview } from '../support/primitive-preview.js';

type CheckboxGroupArgs = Omit<CheckboxGroupOptions, 'onChange' | 'part' | 'formatCount'>;

const subjects: readonly ChoiceOption[] = [
  { value: 'wiskunde', label: 'Wiskunde' },
  { value: 'nederlands', label: 'Nederlands' },
  { value: 'frans', label: 'Frans' },
  { value: 'wereldorientatie', label: 'Wereldoriëntatie' },
];

/**
 * Native checkboxes in a `<fieldset>` whose `<legend>` asks the question.
 * `onChange` receives the ticked values in the options' order.
 */
const meta = {
  title: 'Primitives/Checkbox group',
  render: (args) =>
    statefulPreview({ values: args.values }, (state, update) =>
      checkboxGroup({ ...args, values: state.values, onChange: (values) => update({ values }) }),
    ),
  args: {
    id: 'checkbox-default',
    legend: 'Welke vakken geef je?',
    options: subjects,
    values: ['nederlands'],
    required: false,
    inline: false,
  },
  argTypes: {
    id: { control: 'text' },
    legend: { control: 'text' },
    options: { control: 'object' },
    values: { control: 'object' },
    hint: { control: 'text' },
    error: { control: 'text' },
    required: { control: 'boolean' },
    inline: { control: 'boolean' },
    name: { control: 'text' },
  },
} satisfies Meta<CheckboxGroupArgs>;

export default meta;
type Story = StoryObj<CheckboxGroupArgs>;

export const Default: Story = {
  args: { id: 'checkbox-subjects' },
};

/** Filter use: how many results each choice keeps. */
export const WithCounts: Story = {
  args: {
    id: 'checkbox-counts',
    legend: 'Type leermiddel',
    values: ['video', 'oefening'],
    options: [
      { value: 'video', label: 'Video', count: 128 },
      { value: 'oefening', label: 'Oefening', count: 342 },
      { value: 'lesidee', label: 'Lesidee', count: 57 },
      { value: 'spel', label: 'Spel', count: 0, disabled: true },
    ],
  },
};

export const WithHints: Story = {
  args: {
    id: 'checkbox-hints',
    legend: 'Welke toestellen gebruiken je leerlingen?',
    hint: 'Duid alles aan wat in de klas beschikbaar is.',
    values: [],
    options: [
      { value: 'laptop', label: 'Laptop', hint: 'Ook Chromebooks.' },
      { value: 'tablet', label: 'Tablet', hint: 'iPad of Android-tablet.' },
      { value: 'smartphone', label: 'Smartphone', hint: 'Alleen toestellen van de school.' },
    ],
  },
};

export const WithError: Story = {
  args: {
    id: 'checkbox-error',
    legend: 'Voor welke graad zoek je materiaal?',
    required: true,
    values: [],
    error: 'Kies minstens één graad.',
    options: [
      { value: 'graad-1', label: 'Eerste graad' },
      { value: 'graad-2', label: 'Tweede graad' },
      { value: 'graad-3', label: 'Derde graad' },
    ],
  },
};

export const Inline: Story = {
  args: { id: 'checkbox-inline', inline: true, values: ['wiskunde', 'frans'] },
};
