import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../../src/components/competentieroos/define.js';
import type { FrameworkInput, ProfileInput } from '../../src/components/competentieroos/competentieroos.js';
import { themeNames } from '../../src/design/tokens.js';
import { usage } from '../support/usage.js';

interface RoseArgs {
  /** A preset name (`digcompedu`, `digcomp-2.2`, `modules-19`) or a custom framework. */
  framework?: string | FrameworkInput;
  profile?: ProfileInput;
  profiles?: ProfileInput[];
  comparison?: ProfileInput | ProfileInput[];
  label?: string;
  profileLabel?: string;
  comparisonLabel?: string;
  view: 'chart' | 'table';
  editable: boolean;
  headingLevel: 2 | 3 | 4;
}

const levels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const competences = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3', '6.4', '6.5'];

/** A teacher after a Digisnap-style self-reflection: strong on resources and communication, weaker on assessment (as MICTIVO-4 found). */
const teacher: Record<string, string> = {
  '1.1': 'B2', '1.2': 'B1', '1.3': 'B1', '1.4': 'A2',
  '2.1': 'B2', '2.2': 'B1', '2.3': 'B1',
  '3.1': 'B1', '3.2': 'A2', '3.3': 'A2', '3.4': 'A2',
  '4.1': 'A2', '4.2': 'A1', '4.3': 'A2',
  '5.1': 'A2', '5.2': 'A2', '5.3': 'B1',
  '6.1': 'B1', '6.2': 'B1', '6.3': 'A2', '6.4': 'B1', '6.5': 'A1',
};

/** The same teacher a school year earlier. */
const september: Record<string, string> = {
  '1.1': 'B1', '1.2': 'A2', '1.3': 'A2', '1.4': 'A2',
  '2.1': 'B1', '2.2': 'A2', '2.3': 'A2',
  '3.1': 'A2', '3.2': 'A2', '3.3': 'A1', '3.4': 'A1',
  '4.1': 'A1', '4.2': 'A1', '4.3': 'A1',
  '5.1': 'A1', '5.2': 'A2', '5.3': 'A2',
  '6.1': 'A2', '6.2': 'B1', '6.3': 'A1', '6.4': 'A2', '6.5': 'A1',
};

/** A small deterministic random generator, so the team looks the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A team of `size` teachers around the teacher above, with a spread of about one level either way. */
function team(size: number, seed: number): Record<string, string>[] {
  const next = random(seed);
  return Array.from({ length: size }, () =>
    Object.fromEntries(
      competences
        // Now and then a competence is left open.
        .filter(() => next() > 0.05)
        .map((id) => {
          const base = levels.indexOf(teacher[id]!);
          const level = Math.min(5, Math.max(0, base + Math.round((next() + next() + next() - 1.5) * 1.6)));
          return [id, levels[level]!];
        }),
    ),
  );
}

/** Pupils of a second grade on DigComp 2.2 (levels 1-8). */
const pupil = {
  '1.1': 4, '1.2': 2, '1.3': 3,
  '2.1': 5, '2.2': 4, '2.3': 1, '2.4': 3, '2.5': 2, '2.6': 2,
  '3.1': 3, '3.2': 2, '3.3': 1, '3.4': 2,
  '4.1': 2, '4.2': 2, '4.3': 3, '4.4': 1,
  '5.1': 3, '5.2': 2, '5.3': 3, '5.4': 1,
};

/** A school's own layout: its three ICT goals, each with a few modules, levels in its own words. */
const schoolFramework: FrameworkInput = {
  id: 'school-ict-plan',
  name: { nl: 'ICT-plan 2026', fr: 'Plan TIC 2026', en: 'ICT plan 2026' },
  areas: [
    { id: 'g1', code: 'A', name: { nl: 'Digitaal lesmateriaal', fr: 'Ressources numériques', en: 'Digital resources' }, color: 1 },
    { id: 'g2', code: 'B', name: { nl: 'Leerplatform', fr: "Plateforme d'apprentissage", en: 'Learning platform' }, color: 3 },
    { id: 'g3', code: 'C', name: { nl: 'Veilig online', fr: 'En sécurité en ligne', en: 'Safe online' }, color: 6 },
  ],
  competences: [
    { id: 'a1', area: 'g1', name: { nl: 'Zoeken op KlasCement', fr: 'Chercher sur KlasCement', en: 'Searching KlasCement' } },
    { id: 'a2', area: 'g1', name: { nl: 'Eigen materiaal delen', fr: 'Partager ses ressources', en: 'Sharing your own material' } },
    { id: 'b1', area: 'g2', name: { nl: 'Taken en feedback', fr: 'Devoirs et rétroaction', en: 'Assignments and feedback' } },
    { id: 'b2', area: 'g2', name: { nl: 'Communiceren met ouders', fr: 'Communiquer avec les parents', en: 'Communicating with parents' } },
    { id: 'c1', area: 'g3', name: { nl: 'Wachtwoorden en 2FA', fr: 'Mots de passe et 2FA', en: 'Passwords and 2FA' } },
    { id: 'c2', area: 'g3', name: { nl: 'Privacy van leerlingen', fr: 'Vie privée des élèves', en: "Pupils' privacy" } },
  ],
  levels: [
    { id: '1', name: { nl: 'Nog niet', fr: 'Pas encore', en: 'Not yet' } },
    { id: '2', name: { nl: 'Met hulp', fr: "Avec de l'aide", en: 'With help' } },
    { id: '3', name: { nl: 'Zelfstandig', fr: 'En autonomie', en: 'Independently' } },
    { id: '4', name: { nl: 'Kan anderen helpen', fr: 'Peut aider les autres', en: 'Can help others' } },
  ],
};

/**
 * A competence rose: one wedge per competence, its length the level, grouped
 * and coloured (and patterned) by area. Tab to the rose and walk it with the
 * arrow keys; every competence, its area and level are said aloud, and the
 * "Tabel" choice shows the same data as a table.
 */
const meta = {
  title: 'Widgets/Competentieroos',
  component: 'digi-competentieroos',
  parameters: { docs: { description: { component: usage('competentieroos', 'To show a teacher\'s or a team\'s digital competences (DigCompEdu by default) after a self-assessment, with a comparison over time; not for ranking people.') } } },
  render: (args) =>
    html`<digi-competentieroos
      .framework=${args.framework}
      .profile=${args.profile}
      .profiles=${args.profiles}
      .comparison=${args.comparison}
      label=${args.label ?? nothing}
      profile-label=${args.profileLabel ?? nothing}
      comparison-label=${args.comparisonLabel ?? nothing}
      view=${args.view}
      ?editable=${args.editable}
      heading-level=${args.headingLevel}
    ></digi-competentieroos>`,
  args: { view: 'chart', editable: false, headingLevel: 2 },
  argTypes: {
    framework: { control: 'select', options: ['digcompedu', 'digcomp-2.2', 'modules-19'] },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4] },
    profile: { control: 'object' },
    profiles: { control: 'object' },
    comparison: { control: 'object' },
  },
} satisfies Meta<RoseArgs>;

export default meta;
type Story = StoryObj<RoseArgs>;

/** One teacher's DigCompEdu self-reflection (as in a Digisnap report). */
export const OneTeacher: Story = {
  args: { label: 'Mijn competentieroos', profile: teacher },
};

/** A team of 25: the median per competence, and a box for the middle half of the team (first to third quartile). */
export const TeamOf25: Story = {
  args: { label: 'Competentieroos van het team', profiles: team(25, 2026) },
};

/** Before and after a year of professionalisation: the earlier measurement is the dashed outline. */
export const BeforeAfter: Story = {
  args: {
    label: 'Mijn groei dit schooljaar',
    profile: { label: 'Juni', levels: teacher },
    comparison: { label: 'September', levels: september },
  },
};

/** One teacher against the team's median. */
export const PersonVersusTeam: Story = {
  args: { profile: teacher, profileLabel: 'Ik', comparison: team(25, 2026), comparisonLabel: 'Team (mediaan)' },
};

/** Self-assessment: each wedge is a slider (arrow up and down, or a click at the level). */
export const Editable: Story = {
  args: { label: 'Vul je eigen roos in', editable: true, profile: { '1.1': 'B1', '2.1': 'A2' } },
};

/** The same data as a table: area, competence, level, comparison and difference. */
export const TableView: Story = {
  args: { view: 'table', profile: teacher, comparison: september, comparisonLabel: 'September' },
};

/** DigComp 2.2 for pupils: 5 areas, 21 competences, 8 levels (loaded only when asked for). */
export const DigComp22Pupils: Story = {
  args: { framework: 'digcomp-2.2', label: 'Digitale competenties van een leerling', profile: pupil },
};

/** The generic 19-module layout for a school team. */
export const Modules19: Story = {
  args: {
    framework: 'modules-19',
    label: 'Nulmeting ICT-professionalisering',
    profiles: Array.from({ length: 12 }, (_, person) =>
      Object.fromEntries(Array.from({ length: 19 }, (_, module) => [`m${module + 1}`, ((person * 7 + module * 3) % 4) + 1])),
    ),
  },
};

/** A school's own framework, named in Dutch, French and English. */
export const CustomFramework: Story = {
  args: {
    framework: schoolFramework,
    profile: { a1: '3', a2: '2', b1: '4', b2: '3', c1: '2', c2: '1' },
  },
};

/** Nothing filled in yet: no exports, and a sentence on where levels come from. */
export const Empty: Story = {
  args: {},
};

/** Nothing filled in yet, with the page's own next step in the `empty` slot. */
export const EmptyWithNextStep: Story = {
  args: {},
  render: (args) =>
    html`<digi-competentieroos heading-level=${args.headingLevel}>
      <p slot="empty">Nog geen zelfreflectie ingevuld. <a href="#zelfreflectie">Start de zelfreflectie</a> (ongeveer 20 minuten).</p>
    </digi-competentieroos>`,
};

/** A profile with an unknown level and an unknown competence: both are named, the rest is drawn. */
export const InvalidProfile: Story = {
  args: { profile: { ...teacher, '1.1': 'B7', '7.1': 'A1' } },
};

/** A framework that does not fit (a competence in an area that does not exist, one level): named, and not drawn. */
export const InvalidFramework: Story = {
  args: {
    framework: {
      name: 'Kapot',
      areas: [{ id: 'a', name: 'A' }],
      competences: [{ id: 'x', area: 'b', name: 'X' }],
      levels: [{ id: '1', name: 'Een' }],
    } as FrameworkInput,
  },
};

/** The rose in every theme side by side (each story also switches theme from the toolbar). */
export const AllThemes: Story = {
  render: () =>
    html`${themeNames.map(
      (theme) => html`<digi-competentieroos theme=${theme} label=${theme} heading-level="3" .profile=${teacher} .comparison=${september} comparison-label="September"></digi-competentieroos>`,
    )}`,
};
