import type { AccessText } from './access-types';

export const enAccess: AccessText = {
  heading: 'Opened by',
  hint: 'Who on the team opened this, and when (several times within ten minutes count once). It is deleted along with it.',
  none: 'Nobody has opened it yet.',
  entry: '{name} · {time}',
  formerTeammate: 'A former teammate',
  you: '(you)',
};
