import type { PublicCatalog } from './web-catalog';

/**
 * Arabic, draft (src/i18n/languages.ts): the public pages only. The setup page and the console are for
 * the team and are not in Arabic yet, so they are offered in English and Spanish.
 */
export const ar: PublicCatalog = {
  lang: 'ar',
  dir: 'rtl',
  languageName: 'العربية',
  layout: {
    brand: 'Kith',
    skipLink: 'انتقل إلى المحتوى الرئيسي',
    languageNav: 'اللغة',
  },
  front: {
    notSetUp: {
      title: 'كيث يعمل',
      heading: 'كيث يعمل، لكن هذا الخط لم يجهز بعد',
      body: 'من شغل كيث يجهزه مرة واحدة. ابحث في مخرجات الخادم، أي الطرفية أو السجل الذي بدأ فيه كيث، عن رابط التجهيز الذي يستعمل مرة واحدة. ينتهي بـ "/setup#token=" ورمز طويل. افتحه في متصفحك.',
      where: 'إذا كان عمر الرابط أكثر من 24 ساعة، أو لم تجده، أعد تشغيل كيث: سيطبع رابطا جديدا.',
      never: 'هذه الصفحة لا تعرض رابط التجهيز أبدا: أي شخص يراه يستطيع تجهيز الخط.',
    },
    title: '{program}',
    reachHeading: 'كيف تصل إلينا',
    callOrText: 'اتصل أو أرسل رسالة نصية إلى {number}.',
    noNumber: 'هذا الخط ليس له رقم هاتف بعد.',
    chat: 'تحدث معنا عبر الإنترنت',
    teamHeading: 'للفريق',
    signIn: 'الدخول إلى لوحة التحكم',
    noAccount: 'ليس لديك حساب بعد؟ اطلب رابط دعوة من المنسق.',
  },
};
