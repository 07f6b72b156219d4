import type { GridText } from './grid-types';

export const ptGrid: GridText = {
  label: 'Grade da semana, de {first} a {last}',
  legend:
    'Cada turno diz Principal (borda contínua, ■) ou Reserva (borda tracejada, ◇). Os buracos são listrados e dizem Buraco. Um turno que passa de uma regra de descanso diz isso.',
  primary: 'Principal',
  backup: 'Reserva',
  rest: {
    weekHours: 'Passa de uma regra de descanso: {hours} h em 7 dias (limite {limit} h)',
    restHours: 'Passa de uma regra de descanso: só {hours} h de folga antes (regra {limit} h)',
    stretchHours: 'Passa de uma regra de descanso: {hours} h seguidas (limite {limit} h)',
  },
  allowed: 'Permitido: {reason}',
  restNone: 'Nenhum turno desta semana passa de uma regra de descanso.',
  restOne: '1 turno desta semana passa de uma regra de descanso.',
  restMany: '{count} turnos desta semana passam de uma regra de descanso.',
};
