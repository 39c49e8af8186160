import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../../src/components/cost-calculator/define.js';
import { usage } from '../support/usage.js';

interface CostCalculatorArgs {
  /** The site's settings and starting values (the `config` property). */
  config?: Record<string, unknown>;
  headingLevel: 2 | 3 | 4;
  /** Leave out the built-in title and introduction (the page has its own heading). */
  hideTitle?: boolean;
  horizonYears?: string;
  pupilCount?: string;
  staffCount?: string;
  schoolLevel?: string;
  vat?: string;
}

/**
 * What devices cost a school and a parent. Every default (EUR 628 per staff
 * member, the Court of Audit bands, typical prices and lifetimes) can be
 * replaced through `config`; the widget names the source of each one.
 * Type a wrong value in any field to see its error; the rest keeps working.
 */
const meta = {
  title: 'Widgets/Kostencalculator',
  component: 'digi-cost-calculator',
  parameters: { docs: { description: { component: usage('cost-calculator', 'On a school\'s page about devices and the parent contribution, for school leaders, school councils and parents who want to see the cost of buying, leasing or refurbished devices over their lifetime.') } } },
  render: (args) =>
    html`<digi-cost-calculator
      .config=${args.config}
      heading-level=${args.headingLevel}
      ?hide-title=${args.hideTitle ?? false}
      horizon-years=${args.horizonYears ?? nothing}
      pupil-count=${args.pupilCount ?? nothing}
      staff-count=${args.staffCount ?? nothing}
      school-level=${args.schoolLevel ?? nothing}
      vat=${args.vat ?? nothing}
    ></digi-cost-calculator>`,
  args: { headingLevel: 2 },
  argTypes: {
    headingLevel: { control: 'inline-radio', options: [2, 3, 4] },
    vat: { control: 'inline-radio', options: ['incl', 'excl'] },
    schoolLevel: { control: 'inline-radio', options: ['primary', 'secondary'] },
    config: { control: 'object' },
  },
} satisfies Meta<CostCalculatorArgs>;

export default meta;
type Story = StoryObj<CostCalculatorArgs>;

/** Without any settings: one scenario per way to acquire devices, from the sourced defaults. */
export const Default: Story = {};

/**
 * Under the site's own heading: `hide-title` leaves the widget's title and
 * introduction out, the widget stays a region named by its title, and its
 * sections stay one level below the site's heading (`heading-level="2"`).
 */
export const UnderTheSitesOwnHeading: Story = {
  args: { hideTitle: true },
  render: (args) => html`<h2>Wat kost een laptop voor elke leerling?</h2>${meta.render(args)}`,
};

/** Three empty scenarios: results appear once price, number and lifetime are filled in. */
export const Empty: Story = {
  args: { config: { scenarios: [{}, {}, {}] } },
};

/** A secondary school with a laptop for every pupil (1:1), 600 pupils and 70 staff members. */
export const TypicalSecondary: Story = {
  args: {
    schoolLevel: 'secondary',
    pupilCount: '600',
    staffCount: '70',
    config: {
      scenarios: [
        { name: 'Nieuwe laptops, 1 per leerling', acquisition: 'buy', price: 550, devices: 600, lifetimeYears: 4, insurance: 20, management: 15, setup: 10, wiping: 5, residual: 40 },
        { name: 'Lease met service', acquisition: 'lease', monthly: 19, devices: 600, lifetimeYears: 3, management: 15 },
        { name: 'Refurbished laptops', acquisition: 'refurbished', price: 350, devices: 600, lifetimeYears: 3, insurance: 20, repairs: 25, management: 15, wiping: 5 },
      ],
      parent: { otherFunds: 20, deposit: 39 },
    },
  },
};

/** A primary school with laptop carts shared by classes: no laptop per child, as Digiplan theme 2 intends. */
export const PrimaryWithLaptopCarts: Story = {
  args: {
    schoolLevel: 'primary',
    pupilCount: '220',
    staffCount: '28',
    config: {
      scenarios: [
        { name: '3 laptopkarren van 24', acquisition: 'buy', price: 480, devices: 72, lifetimeYears: 5, pupilsPerDevice: 3, management: 12, accessories: 8 },
        { name: 'Refurbished laptopkarren', acquisition: 'refurbished', price: 300, devices: 72, lifetimeYears: 4, pupilsPerDevice: 3, repairs: 20, management: 12 },
        { name: 'Tablets per twee leerlingen', acquisition: 'buy', price: 350, devices: 110, lifetimeYears: 4, pupilsPerDevice: 2, accessories: 25 },
      ],
    },
  },
};

/** A lease with service bundled against refurbished devices with their own repairs, over the lease's term. */
export const LeaseVersusRefurbished: Story = {
  args: {
    horizonYears: '3',
    config: {
      scenarios: [
        { name: 'Lease, alles inbegrepen', acquisition: 'lease', monthly: 19, devices: 120, lifetimeYears: 3 },
        { name: 'Refurbished, zelf beheerd', acquisition: 'refurbished', price: 320, devices: 120, lifetimeYears: 3, repairs: 25, management: 15, wiping: 10, residual: 30 },
      ],
    },
  },
};

/**
 * Settings that do not fit: a wrong attribute, a band given as text, an
 * unknown key, and scenario values out of range. The widget names each one,
 * keeps the values in their fields with an error, and calculates the rest.
 */
export const InvalidInput: Story = {
  args: {
    pupilCount: 'veel',
    config: {
      feeBand: { max: 'honderd' },
      depositband: { max: 150 },
      scenarios: [
        { name: 'Nieuw kopen', acquisition: 'buy', price: 550, devices: -5, lifetimeYears: 0 },
        { name: 'Leasen', acquisition: 'lease', monthly: '19,999', devices: 100, lifetimeYears: 3 },
        { name: 'Refurbished kopen', acquisition: 'refurbished', price: 350, devices: 100, lifetimeYears: 3, residual: 400 },
      ],
    },
  },
};
