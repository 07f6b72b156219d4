import type { AccessText } from './access-types';

export const htAccess: AccessText = {
  heading: 'Kiyès ki louvri l',
  hint: 'Kiyès nan ekip la ki louvri sa a, ak ki lè (plizyè fwa nan dis minit konte pou yon sèl). Lis sa a efase ansanm avè l.',
  none: 'Pèsonn poko louvri l.',
  entry: '{name} · {time}',
  formerTeammate: 'Yon ansyen kòlèg',
  you: '(ou)',
};
