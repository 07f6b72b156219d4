import type { EvaluationText } from './evaluation-types';

export const frEvaluation: EvaluationText = {
  nav: 'Évaluation',
  boardLink: 'Chiffres pour l’évaluation',
  title: 'Chiffres pour l’évaluation',
  heading: 'Chiffres pour l’évaluation',
  intro:
    'Combien d’interventions sur le terrain il y a eu, et comment elles se sont passées, pour que votre programme puisse faire le bilan. Des chiffres seulement : pas de noms, pas de lieux, pas de mots.',
  from: { label: 'Du', hint: 'Le premier jour, inclus. Les jours sont comptés à l’heure de la ligne.' },
  to: { label: 'Au', hint: 'Le dernier jour, inclus.' },
  show: 'Afficher',
  counting: 'Calcul…',
  period: 'Du {from} au {to}',
  empty: 'Rien n’a été enregistré pendant cette période.',
  number: 'Nombre',
  total: 'Total',
  responses: {
    heading: 'Interventions',
    byState: 'Interventions par état',
    byOutcome: 'Interventions terminées par résultat',
    byUrgency: 'Interventions par urgence',
    state: 'État',
    outcome: 'Résultat',
    urgency: 'Urgence',
    states: {
      forming: 'Équipe en formation',
      formed: 'Sur le terrain',
      no_team: 'Aucune équipe n’a pu être formée',
      closed: 'Terminée',
    },
  },
  emergency: {
    heading: 'Secours avec l’accord de la personne',
    intro: 'Seulement quand la personne les a demandés ou acceptés.',
    byReason: 'Secours par motif',
    reason: 'Motif',
  },
  police: {
    heading: 'Contact avec la police',
    intro:
      'Kith ne contacte jamais la police ni aucun autre service ; quand la police s’en est mêlée quand même, l’équipe le note ici pour que le programme le voie et en parle.',
    byCategory: 'Contact avec la police, selon comment c’est arrivé',
    category: 'Comment c’est arrivé',
  },
  debriefs: { heading: 'Débriefings', done: 'Faits', notDone: 'Pas encore faits' },
  followUps: {
    heading: 'Suivis',
    done: 'Faits',
    missed: 'Manqués',
    pending: 'À faire',
    hint: 'Suivis prévus pendant cette période. Manqué veut dire pas fait deux jours après la date prévue.',
  },
  errors: {
    fromMissing: 'Entrez le premier jour',
    toMissing: 'Entrez le dernier jour',
    fromInvalid: 'Entrez le premier jour sous forme de vraie date',
    toInvalid: 'Entrez le dernier jour sous forme de vraie date',
    fromAfterTo: 'Le premier jour doit être le même que le dernier ou avant',
    general: 'Ces dates n’ont pas marché. Vérifiez-les et réessayez',
    failed: 'Un problème est survenu chez nous ou avec la connexion. Réessayez',
  },
};
