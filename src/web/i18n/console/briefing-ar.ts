import type { BriefingText } from './briefing-types';

export const arBriefing: BriefingText = {
  home: {
    heading: 'قبل نوبتك: خطة الطوارئ',
    dueOnCall: 'لن نتصل بك حتى تقرأ خطة الطوارئ الخاصة بالفريق. يرجى قراءتها الآن.',
    dueNext: 'تغيّرت خطة الطوارئ، أو حان وقت قراءتها مرة أخرى. يرجى قراءتها قبل نوبتك القادمة.',
    version: 'الإصدار {version}، حُفظ {time}',
    read: 'لقد قرأتها',
    done: 'شكرًا. يمكن الاتصال بك الآن.',
    changed: 'تغيّرت الخطة أثناء قراءتك. يرجى قراءة هذا الإصدار.',
  },
  settings: {
    everyShifts: {
      label: 'اطلب من الجميع قراءتها مجددًا كل … نوبات',
      hint: '0 يعني فقط عند تغيّر الخطة. حتى 52.',
      error: 'أدخل عددًا صحيحًا من 0 إلى 52.',
    },
    acksHeading: 'من قرأ الخطة',
    current: 'الخطة الحالية هي الإصدار {version}، حُفظ {time}.',
    noPlan: 'لم تُكتب خطة بعد، فلا يوجد ما يُقرأ.',
    readCurrent: 'الإصدار الحالي',
    readOld: 'الإصدار {version} (أقدم)',
    never: 'لم يقرأها بعد',
  },
};
