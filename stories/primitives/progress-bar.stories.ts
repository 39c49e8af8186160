import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { progressBar, progressFraction } from '../../src/primitives/index.js';
import { preview } from '../support/primitive-preview.js';

interface ProgressArgs {
  id: string;
  label: string;
  value: number;
  max: number;
}

/** "5 van 12 maatregelen klaar (42 %)": the value in words, shown and read. */
const valueText = ({ value, max }: ProgressArgs) =>
  `${value} van ${max} maatregelen klaar (${Math.round(progressFraction(value, max) * 100)} %)`;

/**
 * A progress bar with its value in words beside it (and as
 * `aria-valuetext`), so the bar's length never carries the value alone.
 */
const meta = {
  title: 'Primitives/Progress bar',
  render: (args) => preview(() => progressBar({ ...args, valueText: valueText(args) })),
  args: {
    id: 'progress-default',
    label: 'Voortgang van het actieplan',
    value: 5,
    max: 12,
  },
  argTypes: {
    id: { control: 'text' },
    label: { control: 'text' },
    value: { control: { type: 'range', min: 0, max: 12, step: 1 } },
    max: { control: { type: 'number', min: 0 } },
  },
} satisfies Meta<ProgressArgs>;

export default meta;
type Story = StoryObj<ProgressArgs>;

export const Empty: Story = {
  args: { id: 'progress-empty', value: 0 },
};

export const Partial: Story = {
  args: { id: 'progress-partial', value: 5 },
};

export const Complete: Story = {
  args: { id: 'progress-complete', value: 12 },
};
