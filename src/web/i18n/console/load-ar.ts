import type { LoadText } from './load-types';

export const arLoad: LoadText = {
  nav: 'عبء العمل',
  title: 'عبء العمل',
  heading: 'عبء العمل شهرًا بشهر',
  intro: 'ساعات المناوبة والعمل المتولّى، أرقام فقط: لا شيء عمّن اتصل أو راسل. يبدأ الشهر عند منتصف الليل ({zone}).',
  previous: 'الشهر السابق',
  next: 'الشهر التالي',
  thisMonth: 'هذا الشهر',
  mineHeading: 'شهرك',
  teamHeading: 'الفريق',
  teamIntro: 'من حمل العبء الأكبر، لتوزيعه. الأشرطة تُظهر ساعات المناوبة؛ والأرقام في الجدول.',
  caption: 'عبء العمل في {month}',
  name: 'الاسم',
  hours: 'ساعات المناوبة',
  calls: 'المكالمات المُجابة',
  texts: 'الرسائل المتولّاة',
  field: 'الاستجابات الميدانية',
  hoursValue: '{hours} ساعة',
  none: 'لا أحد في الفريق بعد.',
  homeLink: 'شهرك: ساعات المناوبة والعمل المتولّى',
};
