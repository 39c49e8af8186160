import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../../src/components/refurbisher-finder/define.js';
import type { Fetcher } from '../../src/components/refurbisher-finder/feed.js';
import { sampleFeed } from '../../src/components/refurbisher-finder/sample-feed.js';
import { usage } from '../support/usage.js';

interface RefurbisherFinderArgs {
  /** The feed itself (the `data` property); empty: the built-in examples. */
  data?: unknown;
  /** A feed URL; the stories answer it with `fetcher`, never over the network. */
  src?: string;
  /** Replaces `fetch` for this story only. */
  fetcher?: Fetcher;
  initialSearch?: string;
  /** The words on a choose button per card, saying what choosing does on this site; empty: no button. */
  chooseLabel?: string;
  headingLevel: 2 | 3 | 4;
  theme?: string;
}

/** A copy of the example feed with two entries that are not right. */
function feedWithBadEntries() {
  const feed = structuredClone(sampleFeed) as unknown as { refurbishers: Record<string, unknown>[] };
  const [first, second] = feed.refurbishers;
  feed.refurbishers.push(
    { ...first, id: 'vb-slechte-link', name: 'Slechte Link (voorbeeld)', website: 'javascript:alert(1)' },
    { ...second, id: 'vb-zonder-datum', name: 'Zonder Datum (voorbeeld)', updated: '15/10/2026', provinces: [] },
  );
  return feed;
}

/** A copy of the example feed whose first entry has a warranty and a wiping level that are not right. */
function feedWithBadFacts() {
  const feed = structuredClone(sampleFeed) as unknown as { refurbishers: (Record<string, unknown> & { dataWiping: Record<string, unknown> })[] };
  const first = feed.refurbishers[0]!;
  first.warrantyMonths = 'twee jaar';
  first.dataWiping.level = 'NIST 800-88 Purge';
  return feed;
}

/** Every request fails as a browser's does when it is offline. */
const offline: Fetcher = () => Promise.reject(new TypeError('Failed to fetch'));
/** The server answers 503, as during maintenance. */
const unavailable: Fetcher = async () => new Response('Service Unavailable', { status: 503 });

/**
 * Find a recognised refurbisher for a school's old devices: by postcode
 * (province) or position, device types, services, number of devices and
 * language; compare up to three. Without a feed of its own the widget shows
 * ten FICTIONAL example refurbishers and says so. Every story that loads a
 * feed answers it itself (`fetcher`): no story makes a network request.
 */
const meta = {
  title: 'Widgets/Refurbisher finder',
  component: 'digi-refurbisher-finder',
  parameters: { docs: { description: { component: usage('refurbisher-finder', 'On a page about what happens to old school devices: finding a recognised refurbisher near the school.', 'src="/refurbishers.json"') } } },
  render: (args) =>
    html`<digi-refurbisher-finder
      .data=${args.data}
      .fetcher=${args.fetcher}
      src=${args.src ?? nothing}
      initial-search=${args.initialSearch ?? nothing}
      choose-label=${args.chooseLabel || nothing}
      heading-level=${args.headingLevel}
      theme=${args.theme ?? nothing}
    ></digi-refurbisher-finder>`,
  args: { headingLevel: 2 },
  argTypes: {
    headingLevel: { control: 'inline-radio', options: [2, 3, 4] },
    theme: {
      control: 'select',
      options: ['vlaanderen', 'vlaanderen-dark', 'klascement', 'klascement-dark', 'oefen', 'oefen-dark', 'wai-not'],
    },
    data: { control: 'object' },
    fetcher: { table: { disable: true } },
  },
} satisfies Meta<RefurbisherFinderArgs>;

export default meta;
type Story = StoryObj<RefurbisherFinderArgs>;

/** The built-in example feed: ten fictional refurbishers, sorted by name. */
export const Default: Story = {};

/** A school in Gent with laptops and tablets that wants certified wiping: two left, nearest first. */
export const Filtered: Story = {
  args: { initialSearch: 'pc=9000&d=laptop.tablet&s=certified-wiping' },
};

/** Nothing matches: the widget says which filter to let go of, and how many that would give. */
export const EmptyResult: Story = {
  args: { initialSearch: 'pc=6700&d=tablet&l=nl' },
};

/**
 * On a site that acts on the choice (here: asking for a quote), `choose-label` adds a button in its
 * words to every card; the site listens for `digi-refurbisher-select`.
 */
export const ChooseForAQuote: Story = {
  args: { chooseLabel: 'Vraag een offerte aan' },
};

/** Three refurbishers side by side, with all their questionnaire answers. */
export const Compare: Story = {
  args: { initialSearch: 'c=vb-tweede-ronde vb-circulair-brabant vb-refit-antwerpen' },
};

/**
 * How thoroughly each wipes data (NIST SP 800-88), side by side with recognition, wiping report,
 * warranty and fees: Kust ICT overwrites (Clear, weak for SSDs), Herstart Mechelen states none of these.
 */
export const CompareWipingAndWarranty: Story = {
  args: { initialSearch: 'c=vb-circulair-brabant vb-kust-ict vb-herstart-mechelen' },
};

/** Certified wiping, Purge or better: Kust ICT (Clear) and those that do not state their level are left out. */
export const PurgeOrBetter: Story = {
  args: { initialSearch: 's=certified-wiping&w=purge' },
};

/** One entry has bad optional facts (warranty, wiping level): those fields are named and ignored, the entry shows. */
export const IgnoredFields: Story = {
  args: { data: feedWithBadFacts() },
};

/** Two entries are not right: they are left out and named (entry, field); the other ten show. */
export const InvalidEntries: Story = {
  args: { data: feedWithBadEntries() },
};

/** A feed that is not a feed at all (wrong version, no list): the widget names the fields. */
export const InvalidFeed: Story = {
  args: { data: { version: 2, refurbishers: 'none' } },
};

/** The feed URL cannot be reached: the widget says so and offers to try again. */
export const NetworkError: Story = {
  args: { src: 'https://feed.example.org/refurbishers.json', fetcher: offline },
};

/** The server answers with an error (HTTP 503). */
export const ServerError: Story = {
  args: { src: 'https://feed.example.org/refurbishers.json', fetcher: unavailable },
};

/** Easy-read theme (WAI-NOT): larger text and targets, icons beside words. */
export const EasyRead: Story = {
  args: { theme: 'wai-not', initialSearch: 'd=laptop' },
};

/** A dark theme, with a comparison open. */
export const Dark: Story = {
  args: { theme: 'klascement-dark', initialSearch: 'c=vb-kempen-reuse vb-limburgloop' },
};
