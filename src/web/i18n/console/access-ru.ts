import type { AccessText } from './access-types';

export const ruAccess: AccessText = {
  heading: 'Кто открывал',
  hint: 'Кто из команды открывал это и когда (несколько раз за десять минут считаются за один). Удаляется вместе с ним.',
  none: 'Пока никто не открывал.',
  entry: '{name} · {time}',
  formerTeammate: 'Бывший член команды',
  you: '(вы)',
};
