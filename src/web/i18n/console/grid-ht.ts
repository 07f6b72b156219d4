import type { GridText } from './grid-types';

export const htGrid: GridText = {
  label: 'Griy semèn nan, {first} rive {last}',
  legend:
    'Chak vanyen di Prensipal (bò plen, ■) oswa Ranfò (bò an tirè, ◇). Twou yo gen liy epi yo di Twou. Yon vanyen ki depase yon règ repo di sa.',
  primary: 'Prensipal',
  backup: 'Ranfò',
  rest: {
    weekHours: 'Depase yon règ repo: {hours} è nan 7 jou (limit {limit} è)',
    restHours: 'Depase yon règ repo: sèlman {hours} è repo anvan (règ {limit} è)',
    stretchHours: 'Depase yon règ repo: {hours} è san rete (limit {limit} è)',
  },
  allowed: 'Pèmèt: {reason}',
  restNone: 'Pa gen okenn vanyen semèn sa a ki depase yon règ repo.',
  restOne: '1 vanyen semèn sa a depase yon règ repo.',
  restMany: '{count} vanyen semèn sa a depase yon règ repo.',
};
