/**
 * DigCompEdu (European Framework for the Digital Competence of Educators,
 * JRC 2017): 6 areas, 22 competences, 6 proficiency levels. Built in, and the
 * basis of Digisnap. Dutch level names as in the 2019 analysis report; the
 * area and competence names are working translations (verify against the
 * official Dutch edition before relying on exact wording). The
 * Kenniscentrum's newer 24-competence edition is a data change: pass it as a
 * custom framework.
 */
import type { FrameworkInput } from '../framework.js';
import { t } from './texts.js';

const area = (id: string, name: ReturnType<typeof t>) => ({ id, name });
const competence = (id: string, name: ReturnType<typeof t>, description: ReturnType<typeof t>) => ({
  id,
  area: id.split('.')[0]!,
  name,
  description,
});

export const digCompEdu: FrameworkInput = {
  id: 'digcompedu',
  name: t('DigCompEdu', 'DigCompEdu', 'DigCompEdu'),
  areas: [
    area('1', t('Professionele betrokkenheid', 'Engagement professionnel', 'Professional engagement')),
    area('2', t('Digitale bronnen', 'Ressources numériques', 'Digital resources')),
    area('3', t('Onderwijzen en leren', 'Enseignement et apprentissage', 'Teaching and learning')),
    area('4', t('Evaluatie', 'Évaluation', 'Assessment')),
    area('5', t('Leerlingen empoweren', 'Autonomisation des apprenants', 'Empowering learners')),
    area(
      '6',
      t(
        'Digitale competentie van leerlingen faciliteren',
        'Développer la compétence numérique des apprenants',
        "Facilitating learners' digital competence",
      ),
    ),
  ],
  competences: [
    competence(
      '1.1',
      t('Organisatorische communicatie', 'Communication organisationnelle', 'Organisational communication'),
      t(
        "Digitale kanalen gebruiken om met leerlingen, ouders en collega's te communiceren.",
        'Utiliser le numérique pour communiquer avec les apprenants, les parents et les collègues.',
        'Using digital channels to communicate with learners, parents and colleagues.',
      ),
    ),
    competence(
      '1.2',
      t('Professionele samenwerking', 'Collaboration professionnelle', 'Professional collaboration'),
      t(
        "Digitaal samenwerken met collega's en kennis delen.",
        'Collaborer avec des collègues et partager des connaissances grâce au numérique.',
        'Collaborating with colleagues and sharing knowledge digitally.',
      ),
    ),
    competence(
      '1.3',
      t('Reflectief handelen', 'Pratique réflexive', 'Reflective practice'),
      t(
        'Het eigen digitale handelen kritisch bekijken en verbeteren.',
        'Porter un regard critique sur sa pratique numérique et l’améliorer.',
        'Reflecting critically on your own digital practice and improving it.',
      ),
    ),
    competence(
      '1.4',
      t('Digitale professionele ontwikkeling', 'Développement professionnel numérique', 'Digital continuous professional development'),
      t(
        'Digitale bronnen gebruiken voor de eigen professionele ontwikkeling.',
        'Utiliser des ressources numériques pour son développement professionnel.',
        'Using digital sources for your own professional development.',
      ),
    ),
    competence(
      '2.1',
      t('Selecteren', 'Sélection', 'Selecting'),
      t(
        'Digitaal lesmateriaal vinden en kiezen dat bij het leerdoel past.',
        'Trouver et choisir des ressources numériques adaptées à l’objectif d’apprentissage.',
        'Finding and choosing digital resources that fit the learning goal.',
      ),
    ),
    competence(
      '2.2',
      t('Creëren en aanpassen', 'Création et modification', 'Creating and modifying'),
      t(
        'Digitaal lesmateriaal maken of bestaand materiaal aanpassen.',
        'Créer des ressources numériques ou adapter des ressources existantes.',
        'Creating digital resources or adapting existing ones.',
      ),
    ),
    competence(
      '2.3',
      t('Beheren, beschermen en delen', 'Gestion, protection et partage', 'Managing, protecting and sharing'),
      t(
        'Lesmateriaal ordenen en delen, met respect voor auteursrecht en privacy.',
        'Organiser et partager des ressources en respectant le droit d’auteur et la vie privée.',
        'Organising and sharing resources while respecting copyright and privacy.',
      ),
    ),
    competence(
      '3.1',
      t('Onderwijzen', 'Enseignement', 'Teaching'),
      t(
        'Digitale technologie zinvol inzetten in de les.',
        'Intégrer le numérique de manière pertinente dans l’enseignement.',
        'Using digital technologies purposefully in teaching.',
      ),
    ),
    competence(
      '3.2',
      t('Begeleiden', 'Accompagnement', 'Guidance'),
      t(
        'Leerlingen met digitale middelen begeleiden en ondersteunen.',
        'Guider et soutenir les apprenants à l’aide du numérique.',
        'Guiding and supporting learners with digital tools.',
      ),
    ),
    competence(
      '3.3',
      t('Samenwerkend leren', 'Apprentissage collaboratif', 'Collaborative learning'),
      t(
        'Leerlingen digitaal laten samenwerken en samen leren.',
        'Faire collaborer et apprendre ensemble les apprenants grâce au numérique.',
        'Letting learners collaborate and learn together digitally.',
      ),
    ),
    competence(
      '3.4',
      t('Zelfgestuurd leren', 'Apprentissage autorégulé', 'Self-regulated learning'),
      t(
        'Leerlingen hun eigen leren laten plannen en opvolgen met digitale middelen.',
        'Permettre aux apprenants de planifier et de suivre leur apprentissage avec le numérique.',
        'Letting learners plan and monitor their own learning with digital tools.',
      ),
    ),
    competence(
      '4.1',
      t('Evaluatiestrategieën', 'Stratégies d’évaluation', 'Assessment strategies'),
      t(
        'Digitale middelen gebruiken om te toetsen en te evalueren.',
        'Utiliser des outils numériques pour évaluer.',
        'Using digital tools for assessment.',
      ),
    ),
    competence(
      '4.2',
      t('Leerbewijzen analyseren', 'Analyse des traces d’apprentissage', 'Analysing evidence'),
      t(
        'Digitale gegevens over het leren verzamelen en interpreteren.',
        'Recueillir et interpréter des données numériques sur l’apprentissage.',
        'Collecting and interpreting digital evidence of learning.',
      ),
    ),
    competence(
      '4.3',
      t('Feedback en planning', 'Rétroaction et planification', 'Feedback and planning'),
      t(
        'Met digitale gegevens feedback geven en het onderwijs bijsturen.',
        'Donner une rétroaction et ajuster l’enseignement à partir de données numériques.',
        'Giving feedback and adjusting teaching based on digital evidence.',
      ),
    ),
    competence(
      '5.1',
      t('Toegankelijkheid en inclusie', 'Accessibilité et inclusion', 'Accessibility and inclusion'),
      t(
        'Zorgen dat digitaal materiaal voor alle leerlingen toegankelijk is.',
        'Veiller à ce que les ressources numériques soient accessibles à tous les apprenants.',
        'Making sure digital resources are accessible to all learners.',
      ),
    ),
    competence(
      '5.2',
      t('Differentiatie en personalisatie', 'Différenciation et personnalisation', 'Differentiation and personalisation'),
      t(
        'Digitale middelen inzetten om te differentiëren en te personaliseren.',
        'Utiliser le numérique pour différencier et personnaliser l’apprentissage.',
        'Using digital technologies to differentiate and personalise learning.',
      ),
    ),
    competence(
      '5.3',
      t('Leerlingen actief betrekken', 'Engagement actif des apprenants', 'Actively engaging learners'),
      t(
        'Leerlingen met digitale technologie actief bij het leren betrekken.',
        'Impliquer activement les apprenants dans leur apprentissage grâce au numérique.',
        'Actively engaging learners in their learning through digital technologies.',
      ),
    ),
    competence(
      '6.1',
      t('Informatie- en mediawijsheid', 'Maîtrise de l’information et des médias', 'Information and media literacy'),
      t(
        'Leerlingen leren informatie zoeken, beoordelen en beheren.',
        'Apprendre aux apprenants à rechercher, évaluer et gérer l’information.',
        'Teaching learners to find, evaluate and manage information.',
      ),
    ),
    competence(
      '6.2',
      t('Digitaal communiceren en samenwerken', 'Communication et collaboration numériques', 'Digital communication and collaboration'),
      t(
        'Leerlingen leren digitaal communiceren en samenwerken.',
        'Apprendre aux apprenants à communiquer et à collaborer grâce au numérique.',
        'Teaching learners to communicate and collaborate digitally.',
      ),
    ),
    competence(
      '6.3',
      t('Digitale inhoud creëren', 'Création de contenu numérique', 'Digital content creation'),
      t(
        'Leerlingen leren digitale inhoud maken.',
        'Apprendre aux apprenants à créer du contenu numérique.',
        'Teaching learners to create digital content.',
      ),
    ),
    competence(
      '6.4',
      t('Verantwoord gebruik', 'Usage responsable', 'Responsible use'),
      t(
        'Leerlingen leren veilig, gezond en verantwoord omgaan met digitale technologie.',
        'Apprendre aux apprenants un usage sûr, sain et responsable du numérique.',
        'Teaching learners to use digital technology safely, healthily and responsibly.',
      ),
    ),
    competence(
      '6.5',
      t('Digitaal probleemoplossen', 'Résolution de problèmes numériques', 'Digital problem solving'),
      t(
        'Leerlingen leren digitale problemen oplossen.',
        'Apprendre aux apprenants à résoudre des problèmes numériques.',
        'Teaching learners to solve digital problems.',
      ),
    ),
  ],
  levels: [
    { id: 'A1', name: t('Nieuwkomer', 'Nouveau venu', 'Newcomer') },
    { id: 'A2', name: t('Ontdekkingsreiziger', 'Explorateur', 'Explorer') },
    { id: 'B1', name: t('Gebruiker', 'Intégrateur', 'Integrator') },
    { id: 'B2', name: t('Deskundige', 'Expert', 'Expert') },
    { id: 'C1', name: t('Leider', 'Leader', 'Leader') },
    { id: 'C2', name: t('Pionier', 'Pionnier', 'Pioneer') },
  ],
};
