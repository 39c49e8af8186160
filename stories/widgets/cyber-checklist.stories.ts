import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../../src/components/cyber-checklist/define.js';
import { parseContent, type ChecklistContent } from '../../src/components/cyber-checklist/content.js';
import nl from '../../src/components/cyber-checklist/content/nl.js';
import { emptyState, withAnswer, withSchool, type ChecklistState, type Status } from '../../src/components/cyber-checklist/state.js';
import type { StorageLike } from '../../src/components/cyber-checklist/storage.js';
import { memoryStorage } from '../support/memory-storage.js';
import { usage } from '../support/usage.js';

interface CyberChecklistArgs {
  storage: 'local' | 'none';
  view: 'checklist' | 'report';
  headingLevel: number;
  state?: ChecklistState;
  content?: unknown;
  storageArea?: StorageLike | null;
}

const parsed = parseContent(nl);
if (!parsed.ok) throw new Error('The built-in content is not valid.');
const content: ChecklistContent = parsed.value;
const at = '2026-03-01T09:00:00.000Z';

/** Answers for the stories: a status per measure id, optional notes, the school's name. */
function answers(statuses: Record<string, Status>, notes: Record<string, string> = {}, school = ''): ChecklistState {
  let state = withSchool(emptyState(content, at), school, at);
  for (const measure of content.measures) {
    const status = statuses[measure.id];
    if (status || notes[measure.id]) state = withAnswer(state, measure, { status: status ?? 'todo', note: notes[measure.id] ?? '' }, at);
  }
  return state;
}
const basicDone = Object.fromEntries(content.measures.filter((m) => m.level === 'basic').map((m) => [m.id, 'done' as Status]));
const halfDone = Object.fromEntries(content.measures.map((m, index) => [m.id, (['done', 'doing', 'todo', 'na'] as const)[index % 4]!]));
const notes = {
  'mfa-staff': 'Authenticator-app voor het hele team sinds september.',
  'backup-321': 'Wekelijks naar een losgekoppelde schijf; de sleutel ligt bij de directie.',
  dpo: 'Gedeeld met de scholengroep.',
};

const meta = {
  title: 'Widgets/Cyberveiligheid-checklist',
  component: 'digi-cyber-checklist',
  parameters: { docs: { description: { component: usage('cyber-checklist', 'For school leaders, ICT coordinators and data protection officers working through a security and privacy growth path over weeks, on shared computers.') } } },
  render: (args) =>
    html`<digi-cyber-checklist
      storage=${args.storage}
      view=${args.view}
      heading-level=${args.headingLevel}
      .state=${args.state ?? nothing}
      .content=${args.content ?? nothing}
      .storageArea=${args.storageArea === undefined ? memoryStorage() : args.storageArea}
    ></digi-cyber-checklist>`,
  args: { storage: 'local', view: 'checklist', headingLevel: 2 },
  argTypes: {
    storage: { control: 'inline-radio', options: ['local', 'none'] },
    view: { control: 'inline-radio', options: ['checklist', 'report'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
} satisfies Meta<CyberChecklistArgs>;

export default meta;
type Story = StoryObj<CyberChecklistArgs>;

/** A school that starts: nothing answered yet, saved in the browser as it goes. */
export const Fresh: Story = {};

/** Half of the measures answered, in every status. */
export const HalfDone: Story = { args: { state: answers(halfDone) } };

/** Every basic measure done: the basic level is reached; the next steps are advanced ones. */
export const BasicLevelReached: Story = { args: { state: answers(basicDone) } };

/** Notes on some measures, and the school's name for the report. */
export const WithNotes: Story = { args: { state: answers({ 'mfa-staff': 'done', 'backup-321': 'doing', dpo: 'done' }, notes, 'Basisschool De Klimop') } };

/** The browser cannot save (as in some private windows): the widget says so and offers an export. */
export const StorageUnavailable: Story = { args: { storageArea: null } };

/** Content with a mistake: the field is named, nothing else is shown. */
export const InvalidContent: Story = {
  args: {
    content: { id: 'school-eigen', version: '1', title: 'Eigen lijst', themes: [{ id: 'toegang', title: 'Toegang' }], measures: [{ id: 'mfa', theme: 'netwerk', level: 'basic', title: 'MFA', why: 'Omdat.', how: 'Zo.' }] },
  },
};

/** The report as printed: date, school, status and notes per measure. */
export const PrintView: Story = { args: { view: 'report', state: answers({ 'mfa-staff': 'done', 'backup-321': 'doing', dpo: 'done', firewall: 'na' }, notes, 'Basisschool De Klimop') } };
