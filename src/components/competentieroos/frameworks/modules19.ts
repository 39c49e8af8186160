/**
 * A generic layout of 19 training modules in 4 themes with 4 levels, in the
 * shape of the 19-module competence roses that Flemish ICT professionalisation
 * trajectories start from. It is an example layout, not any provider's
 * official list: a school or provider passes its own module names as a custom
 * framework. A preset, loaded only when a page asks for it.
 */
import type { FrameworkInput } from '../framework.js';
import { t } from './texts.js';

const themes: [ReturnType<typeof t>, ReturnType<typeof t>[]][] = [
  [
    t('Digitale basisvaardigheden', 'Compétences numériques de base', 'Basic digital skills'),
    [
      t('Toestel en bestanden beheren', 'Gérer son appareil et ses fichiers', 'Managing devices and files'),
      t('Tekstverwerking', 'Traitement de texte', 'Word processing'),
      t('Rekenblad', 'Tableur', 'Spreadsheets'),
      t('Presentaties', 'Présentations', 'Presentations'),
      t('Werken in de cloud', 'Travailler dans le cloud', 'Working in the cloud'),
    ],
  ],
  [
    t('Digitaal lesgeven', 'Enseigner avec le numérique', 'Teaching with digital tools'),
    [
      t('Lesmateriaal zoeken en maken', 'Trouver et créer des ressources', 'Finding and creating resources'),
      t('Digitaal leerplatform', 'Plateforme d’apprentissage', 'Learning platform'),
      t('Interactieve lesactiviteiten', 'Activités interactives', 'Interactive activities'),
      t('Digitaal toetsen en feedback', 'Évaluation et rétroaction numériques', 'Digital assessment and feedback'),
      t('Differentiëren met ICT', 'Différencier avec le numérique', 'Differentiating with ICT'),
    ],
  ],
  [
    t('Mediawijsheid en veiligheid', 'Éducation aux médias et sécurité', 'Media literacy and safety'),
    [
      t('Informatie zoeken en beoordelen', 'Rechercher et évaluer l’information', 'Finding and evaluating information'),
      t('Privacy en gegevensbescherming', 'Vie privée et protection des données', 'Privacy and data protection'),
      t('Auteursrecht en licenties', 'Droits d’auteur et licences', 'Copyright and licences'),
      t('Online veiligheid', 'Sécurité en ligne', 'Online safety'),
      t('Welzijn en schermgebruik', 'Bien-être et usage des écrans', 'Well-being and screen use'),
    ],
  ],
  [
    t('Samenwerken en school', 'Collaboration et école', 'Collaboration and school'),
    [
      t('Communiceren met ouders en leerlingen', 'Communiquer avec les parents et les élèves', 'Communicating with parents and pupils'),
      t("Digitaal samenwerken met collega's", 'Collaborer en ligne avec des collègues', 'Collaborating online with colleagues'),
      t('Computationeel denken en programmeren', 'Pensée informatique et programmation', 'Computational thinking and programming'),
      t('ICT-beleid en innovatie', 'Politique numérique et innovation', 'ICT policy and innovation'),
    ],
  ],
];

export const modules19: FrameworkInput = {
  id: 'modules-19',
  name: t('19 modules', '19 modules', '19 modules'),
  areas: themes.map(([name], index) => ({ id: `t${index + 1}`, code: String.fromCharCode(65 + index), name })),
  competences: themes.flatMap(([, modules], area) => modules.map((name) => ({ area: `t${area + 1}`, name }))).map((module, index) => ({
    id: `m${index + 1}`,
    code: String(index + 1),
    ...module,
  })),
  levels: [
    t('Starter', 'Débutant', 'Starter'),
    t('Basis', 'Base', 'Basic'),
    t('Gevorderd', 'Avancé', 'Advanced'),
    t('Expert', 'Expert', 'Expert'),
  ].map((name, index) => ({ id: String(index + 1), name })),
};
