import type { AccessText } from './access-types';

export const arAccess: AccessText = {
  heading: 'من فتحه',
  hint: 'من فتح هذا من الفريق، ومتى (عدة مرات خلال عشر دقائق تُحسب مرة واحدة). يُحذف معه.',
  none: 'لم يفتحه أحد بعد.',
  entry: '{name} · {time}',
  formerTeammate: 'عضو سابق في الفريق',
  you: '(أنت)',
};
