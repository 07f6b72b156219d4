import type { GridText } from './grid-types';

export const frGrid: GridText = {
  label: 'Grille de la semaine, du {first} au {last}',
  legend:
    'Chaque garde indique Principal (bord plein, ■) ou Renfort (bord en tirets, ◇). Les trous sont hachurés et indiquent Trou. Une garde qui dépasse une règle de repos le dit.',
  primary: 'Principal',
  backup: 'Renfort',
  rest: {
    weekHours: 'Dépasse une règle de repos : {hours} h sur 7 jours (limite {limit} h)',
    restHours: 'Dépasse une règle de repos : seulement {hours} h de repos avant (règle {limit} h)',
    stretchHours: 'Dépasse une règle de repos : {hours} h d’affilée (limite {limit} h)',
  },
  allowed: 'Autorisé : {reason}',
  restNone: 'Aucune garde de cette semaine ne dépasse une règle de repos.',
  restOne: '1 garde de cette semaine dépasse une règle de repos.',
  restMany: '{count} gardes de cette semaine dépassent une règle de repos.',
};
