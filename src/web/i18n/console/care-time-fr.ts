import type { CareTimeText } from './care-time-types';

/** Draft translation from the English (care-time-en.ts); a fluent reader should check it. */
export const frCareTime: CareTimeText = {
  home: {
    stepBack: "J'ai besoin de me retirer",
    stepBackHint:
      "Vous ne recevez plus d'appels jusqu'à la fin de votre service. La coordination de garde est prévenue pour vous remplacer, sans savoir pourquoi.",
    stepBackConfirm: "Vous retirer jusqu'à la fin de votre service ?",
    stepBackYes: 'Oui, me retirer',
    stepBackNo: 'Annuler',
    steppedBack: "Vous vous êtes retiré. Pas d'appels pour vous jusqu'à {time}.",
    coolingDown: "Vous faites une pause hors de la ligne jusqu'à {time}.",
    markHard: 'Marquer mon dernier appel comme difficile',
    markHardHint: "Vous seul le voyez. Rien de l'appel n'est gardé.",
    markedHard: 'Noté. Prenez soin de vous.',
    offerHeading: 'Prendre quelques minutes ?',
    offerHard: 'Cet appel était difficile. Vous pouvez prendre {minutes} minutes hors de la ligne.',
    offerLong: 'Cet appel était long. Vous pouvez prendre {minutes} minutes hors de la ligne.',
    offerSupport: 'Pour en parler, vous pouvez joindre : {names}.',
    offerNoSupport: "Personne du soutien n'est de service en ce moment.",
    take: 'Prendre {minutes} minutes hors de la ligne',
    notNow: 'Pas maintenant',
    offerClosed: "D'accord. Vous restez sur la ligne.",
  },
  settings: {
    heading: 'Repos et pause',
    intro:
      "Les règles de repos évitent qu'une personne soit de garde trop longtemps. Un service qui en enfreint une demande une raison.",
    offHint: 'Laissez vide pour aucune règle.',
    rules: {
      weekHours: {
        label: 'Heures de garde au plus sur 7 jours',
        hint: 'De 8 à 168 heures.',
        error: 'Les heures sur 7 jours doivent être un nombre entier de 8 à 168, ou vide.',
      },
      restHours: {
        label: 'Heures de repos au moins entre deux services',
        hint: 'De 1 à 24 heures.',
        error: 'Les heures de repos doivent être un nombre entier de 1 à 24, ou vide.',
      },
      stretchHours: {
        label: "Heures d'affilée au plus",
        hint: 'De 1 à 48 heures.',
        error: "Les heures d'affilée doivent être un nombre entier de 1 à 48, ou vide.",
      },
    },
    coolDown: {
      label: 'Proposer une pause après un appel difficile ou long',
      hint: 'La personne choisit. La pause finit toute seule.',
    },
    coolDownMinutes: {
      label: 'Durée de la pause, en minutes',
      hint: 'De 1 à 60.',
      error: 'La pause doit être un nombre entier de minutes de 1 à 60.',
    },
    longCallMinutes: {
      label: 'Un appel long dure, en minutes',
      hint: 'De 5 à 240.',
      error: 'Un appel long doit être un nombre entier de minutes de 5 à 240.',
    },
  },
  refusal: {
    rules: {
      weekHours:
        '{name} serait de garde {hours} heures sur 7 jours (à partir de {at}). La limite est de {limit} heures.',
      restHours:
        "{name} n'aurait que {hours} heures de repos avant le service de {at}. La règle est d'au moins {limit} heures.",
      stretchHours:
        "{name} serait de garde {hours} heures d'affilée (à partir de {at}). La limite est de {limit} heures.",
    },
    overrideHeading: 'Enregistrer quand même ?',
    overrideHint: 'Choisissez pourquoi. Kith garde la raison avec le service.',
    reasons: {
      'no-one-else': "Personne d'autre ne peut le prendre",
      'responder-asked': "L'intervenant l'a demandé",
      'emergency-cover': "Remplacement d'urgence",
    },
    saveAnyway: 'Enregistrer quand même',
    reasonMissing: 'Choisissez une raison pour enregistrer quand même.',
  },
};
