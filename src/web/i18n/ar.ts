import type { WebCatalog } from './web-catalog';
import { arConsole } from './console/ar';

/**
 * Arabic, draft (src/i18n/languages.ts): every page, the team's too. Right to left: `dir` puts
 * `<html dir="rtl">`, and the styles' logical properties mirror the layout.
 */
export const ar: WebCatalog = {
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
  setup: {
    title: 'تجهيز Kith',
    heading: 'جهّز خطك',
    intro: 'أنشئ برنامجك وحساب المنسق الخاص بك. تفعل هذا مرة واحدة فقط.',
    needsScript: {
      heading: 'هذه الصفحة تحتاج إلى JavaScript',
      body: 'يجري التجهيز في متصفحك لكي لا يصل رمز التجهيز أبدا إلى سجلات الخادم. فعّل JavaScript وافتح رابط التجهيز مرة أخرى.',
      cliIntro: 'أو جهّز من الطرفية بدلا من ذلك:',
      cliCommand: 'npx kith setup --url {url} --token SETUP_TOKEN --program "Our Line" --name "Your Name"',
      tokenHint: 'ضع رمز التجهيز مكان SETUP_TOKEN: هو الجزء من رابط التجهيز بعد "token=".',
    },
    noToken: {
      heading: 'هذا الرابط ليس فيه رمز تجهيز',
      body: 'افتح رابط التجهيز كاملا كما طبعه Kith عند بدء تشغيله. ينتهي بـ "#token=" ورمز طويل. إذا لم يعد لديك، أعد تشغيل Kith وسيطبع رابطا جديدا.',
    },
    alreadySetUp: {
      title: 'جاهز من قبل',
      heading: 'هذا الخط جاهز من قبل',
      body: 'استُعمل رابط تجهيزه، فلم يبقَ لهذه الصفحة ما تفعله. ادخل إلى لوحة التحكم بدلا من ذلك.',
      signIn: 'ادخل',
      noAccount: 'ليس لديك حساب بعد؟ اطلب رابط دعوة من المنسق.',
    },
    badToken: {
      heading: 'رابط التجهيز هذا لم يعد يعمل',
      body: 'استُعمل من قبل، أو مضى عليه أكثر من 24 ساعة، أو أُعيد تشغيل Kith بعد طباعته. أعد تشغيل Kith لتحصل على رابط جديد.',
      alreadySetUp: 'إذا كان خطك جاهزا من قبل، فلا تحتاج إلى هذه الصفحة: ادخل بدلا من ذلك.',
    },
    form: {
      programName: {
        label: 'اسم برنامجك',
        hint: 'يسمع المتصلون هذا الاسم عندما يتصلون. مثلا: خط رعاية الحي الشمالي.',
      },
      name: { label: 'اسمك', hint: 'يراه فريقك. المتصلون لا يرونه أبدا.' },
      phone: {
        label: 'رقم هاتفك (اختياري)',
        hint: 'تحتاج إليه فقط إذا كنت سترد على المكالمات بنفسك. المتصلون لا يرونه أبدا.',
      },
      languages: { legend: 'اللغات التي تتكلمها', hint: 'اختر كل ما ينطبق.' },
      otherLanguages: {
        label: 'لغات أخرى (اختياري)',
        hint: 'رموز لغات قصيرة، تفصل بينها فواصل. مثلا: pt, fr.',
      },
      submit: 'جهّز Kith',
      errorSummaryTitle: 'توجد مشكلة',
    },
    client: {
      errorPrefix: 'خطأ:',
      errorTitlePrefix: 'خطأ: ',
      fieldErrors: {
        programName: 'أدخل اسم برنامجك (حتى 120 حرفا).',
        name: 'أدخل اسمك (حتى 120 حرفا).',
        phone: 'أدخل رقم هاتف مثل 202 555 0111، أو اتركه فارغا. لرقم خارج الولايات المتحدة، ابدأ بـ + ورمز الدولة.',
        languages: 'اختر لغة واحدة على الأقل تتكلمها.',
        otherLanguages: 'اكتب كل لغة أخرى برمز قصير، مثل pt أو fr، تفصل بينها فواصل.',
      },
      otherProblem: 'شيء ما في النموذج غير صحيح. راجع كل إجابة وحاول مرة أخرى.',
      failed: 'حدث خطأ من جهتنا. انتظر لحظة وحاول مرة أخرى.',
      created: 'أُنشئ خطك. بعد ذلك، أنشئ دخولك…',
    },
  },
  console: arConsole,
};
