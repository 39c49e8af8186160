/**
 * DigComp 2.2 (the Digital Competence Framework for Citizens, JRC 2022), used
 * for pupils: 5 areas, 21 competences, 8 proficiency levels in four bands
 * (foundation 1-2, intermediate 3-4, advanced 5-6, highly specialised 7-8).
 * A preset, loaded only when a page asks for it.
 */
import type { FrameworkInput } from '../framework.js';
import { t } from './texts.js';

const competence = (id: string, name: ReturnType<typeof t>) => ({ id, area: id.split('.')[0]!, name });

const foundation = t('Basis', 'Fondamental', 'Foundation');
const intermediate = t('Gemiddeld', 'Intermédiaire', 'Intermediate');
const advanced = t('Gevorderd', 'Avancé', 'Advanced');
const specialised = t('Hooggespecialiseerd', 'Hautement spécialisé', 'Highly specialised');

export const digComp22: FrameworkInput = {
  id: 'digcomp-2.2',
  name: t('DigComp 2.2', 'DigComp 2.2', 'DigComp 2.2'),
  areas: [
    { id: '1', name: t('Informatie- en datageletterdheid', 'Maîtrise de l’information et des données', 'Information and data literacy') },
    { id: '2', name: t('Communicatie en samenwerking', 'Communication et collaboration', 'Communication and collaboration') },
    { id: '3', name: t('Digitale content creëren', 'Création de contenu numérique', 'Digital content creation') },
    { id: '4', name: t('Veiligheid', 'Sécurité', 'Safety') },
    { id: '5', name: t('Problemen oplossen', 'Résolution de problèmes', 'Problem solving') },
  ],
  competences: [
    competence(
      '1.1',
      t(
        'Browsen, zoeken en filteren van data, informatie en digitale content',
        'Naviguer, rechercher et filtrer des données, des informations et des contenus numériques',
        'Browsing, searching and filtering data, information and digital content',
      ),
    ),
    competence(
      '1.2',
      t(
        'Evalueren van data, informatie en digitale content',
        'Évaluer des données, des informations et des contenus numériques',
        'Evaluating data, information and digital content',
      ),
    ),
    competence(
      '1.3',
      t(
        'Beheren van data, informatie en digitale content',
        'Gérer des données, des informations et des contenus numériques',
        'Managing data, information and digital content',
      ),
    ),
    competence('2.1', t('Interageren via digitale technologieën', 'Interagir par le biais des technologies numériques', 'Interacting through digital technologies')),
    competence('2.2', t('Delen via digitale technologieën', 'Partager par le biais des technologies numériques', 'Sharing through digital technologies')),
    competence(
      '2.3',
      t(
        'Burgerschap uitoefenen via digitale technologieën',
        'S’engager dans la citoyenneté par le biais des technologies numériques',
        'Engaging in citizenship through digital technologies',
      ),
    ),
    competence('2.4', t('Samenwerken via digitale technologieën', 'Collaborer par le biais des technologies numériques', 'Collaborating through digital technologies')),
    competence('2.5', t('Netiquette', 'Nétiquette', 'Netiquette')),
    competence('2.6', t('Digitale identiteit beheren', 'Gérer son identité numérique', 'Managing digital identity')),
    competence('3.1', t('Digitale content ontwikkelen', 'Développer des contenus numériques', 'Developing digital content')),
    competence(
      '3.2',
      t('Digitale content integreren en herwerken', 'Intégrer et retravailler des contenus numériques', 'Integrating and re-elaborating digital content'),
    ),
    competence('3.3', t('Auteursrecht en licenties', 'Droits d’auteur et licences', 'Copyright and licences')),
    competence('3.4', t('Programmeren', 'Programmation', 'Programming')),
    competence('4.1', t('Apparaten beschermen', 'Protéger les appareils', 'Protecting devices')),
    competence(
      '4.2',
      t('Persoonsgegevens en privacy beschermen', 'Protéger les données personnelles et la vie privée', 'Protecting personal data and privacy'),
    ),
    competence('4.3', t('Gezondheid en welzijn beschermen', 'Protéger la santé et le bien-être', 'Protecting health and well-being')),
    competence('4.4', t('Het milieu beschermen', 'Protéger l’environnement', 'Protecting the environment')),
    competence('5.1', t('Technische problemen oplossen', 'Résoudre des problèmes techniques', 'Solving technical problems')),
    competence(
      '5.2',
      t(
        'Behoeften en technologische oplossingen herkennen',
        'Identifier les besoins et les réponses technologiques',
        'Identifying needs and technological responses',
      ),
    ),
    competence(
      '5.3',
      t('Digitale technologie creatief gebruiken', 'Utiliser de manière créative les technologies numériques', 'Creatively using digital technologies'),
    ),
    competence(
      '5.4',
      t(
        'Hiaten in digitale competenties herkennen',
        'Identifier les lacunes en matière de compétences numériques',
        'Identifying digital competence gaps',
      ),
    ),
  ],
  levels: [foundation, foundation, intermediate, intermediate, advanced, advanced, specialised, specialised].map((name, index) => ({
    id: String(index + 1),
    name,
  })),
};
