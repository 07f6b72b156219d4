import type { GridText } from './grid-types';

export const esGrid: GridText = {
  label: 'Cuadrícula de la semana, del {first} al {last}',
  legend:
    'Cada turno dice Principal (borde continuo, ■) o Respaldo (borde de rayas, ◇). Los huecos van rayados y dicen Hueco. Un turno que pasa una regla de descanso lo dice.',
  primary: 'Principal',
  backup: 'Respaldo',
  rest: {
    weekHours: 'Pasa una regla de descanso: {hours} h en 7 días (límite {limit} h)',
    restHours: 'Pasa una regla de descanso: solo {hours} h libres antes (regla {limit} h)',
    stretchHours: 'Pasa una regla de descanso: {hours} h seguidas (límite {limit} h)',
  },
  allowed: 'Permitido: {reason}',
  restNone: 'Ningún turno de esta semana pasa una regla de descanso.',
  restOne: '1 turno de esta semana pasa una regla de descanso.',
  restMany: '{count} turnos de esta semana pasan una regla de descanso.',
};
