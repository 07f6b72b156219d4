import type { BriefingText } from './briefing-types';

export const frBriefing: BriefingText = {
  home: {
    heading: 'Avant votre garde : le plan d’urgence',
    dueOnCall:
      'Vous ne serez pas appelé·e tant que vous n’aurez pas lu le plan d’urgence de l’équipe. Lisez-le maintenant.',
    dueNext: 'Le plan d’urgence a changé, ou il est temps de le relire. Lisez-le avant votre prochaine garde.',
    version: 'Version {version}, enregistrée {time}',
    read: 'Je l’ai lu',
    done: 'Merci. Vous pouvez être appelé·e maintenant.',
    changed: 'Le plan a changé pendant votre lecture. Lisez cette version.',
  },
  settings: {
    everyShifts: {
      label: 'Demander à chacun de le relire toutes les … gardes',
      hint: '0 : seulement quand le plan change. Jusqu’à 52.',
      error: 'Saisissez un nombre entier de 0 à 52.',
    },
    acksHeading: 'Qui a lu le plan',
    current: 'Le plan actuel est la version {version}, enregistrée {time}.',
    noPlan: 'Aucun plan n’a encore été écrit : il n’y a rien à lire.',
    readCurrent: 'Version actuelle',
    readOld: 'Version {version} (ancienne)',
    never: 'Pas encore lu',
  },
};
