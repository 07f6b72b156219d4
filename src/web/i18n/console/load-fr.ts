import type { LoadText } from './load-types';

export const frLoad: LoadText = {
  nav: 'Charge',
  title: 'Charge',
  heading: 'La charge, mois par mois',
  intro:
    'Heures de garde et travail pris, en chiffres seulement : rien sur qui a appelé ou écrit. Les mois commencent à minuit ({zone}).',
  previous: 'Mois précédent',
  next: 'Mois suivant',
  thisMonth: 'Ce mois-ci',
  mineHeading: 'Votre mois',
  teamHeading: 'L’équipe',
  teamIntro:
    'Qui a porté le plus, pour répartir la charge. Les barres montrent les heures de garde ; les chiffres sont dans le tableau.',
  caption: 'Charge en {month}',
  name: 'Nom',
  hours: 'Heures de garde',
  calls: 'Appels pris',
  texts: 'Messages pris',
  field: 'Interventions sur le terrain',
  hoursValue: '{hours} h',
  none: 'Personne dans l’équipe pour l’instant.',
  homeLink: 'Votre mois : heures de garde et travail pris',
};
