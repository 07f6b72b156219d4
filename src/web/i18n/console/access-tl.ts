import type { AccessText } from './access-types';

export const tlAccess: AccessText = {
  heading: 'Sino ang nagbukas',
  hint: 'Sino sa team ang nagbukas nito, at kailan (ang ilang bukas sa loob ng sampung minuto ay bilang na isa). Nabubura ito kasama nito.',
  none: 'Wala pang nagbukas nito.',
  entry: '{name} · {time}',
  formerTeammate: 'Dating kasama sa team',
  you: '(ikaw)',
};
