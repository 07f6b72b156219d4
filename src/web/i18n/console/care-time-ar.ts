import type { CareTimeText } from './care-time-types';

/** Draft translation from the English (care-time-en.ts); a fluent reader should check it. */
export const arCareTime: CareTimeText = {
  home: {
    stepBack: 'أحتاج أن أتنحّى',
    stepBackHint: 'لن تصلك مكالمات حتى نهاية مناوبتك. يُبلَّغ المنسق المناوب ليغطي مكانك، دون ذكر السبب.',
    stepBackConfirm: 'هل تتنحّى حتى نهاية مناوبتك؟',
    stepBackYes: 'نعم، أتنحّى',
    stepBackNo: 'إلغاء',
    steppedBack: 'لقد تنحّيت. لا مكالمات لك حتى {time}.',
    coolingDown: 'أنت في استراحة خارج الخط حتى {time}.',
    markHard: 'وضع علامة على مكالمتي الأخيرة بأنها صعبة',
    markHardHint: 'أنت وحدك ترى هذا. لا يُحفظ شيء عن المكالمة.',
    markedHard: 'تم. اعتنِ بنفسك.',
    offerHeading: 'هل تأخذ بضع دقائق؟',
    offerHard: 'كانت تلك المكالمة صعبة. يمكنك أخذ {minutes} دقيقة خارج الخط.',
    offerLong: 'كانت تلك المكالمة طويلة. يمكنك أخذ {minutes} دقيقة خارج الخط.',
    offerSupport: 'للحديث عنها، يمكنك التواصل مع: {names}.',
    offerNoSupport: 'لا يوجد شخص دعم في المناوبة الآن.',
    take: 'خذ {minutes} دقيقة خارج الخط',
    notNow: 'ليس الآن',
    offerClosed: 'حسنًا. ستبقى على الخط.',
  },
  settings: {
    heading: 'الراحة والاستراحة',
    intro: 'قواعد الراحة تمنع أن يبقى أحد مناوبًا مدة طويلة جدًا. المناوبة التي تخالف قاعدة تحتاج سببًا لحفظها.',
    offHint: 'اتركه فارغًا إن لم ترد قاعدة.',
    rules: {
      weekHours: {
        label: 'أقصى ساعات مناوبة في 7 أيام',
        hint: 'من 8 إلى 168 ساعة.',
        error: 'يجب أن تكون الساعات في 7 أيام عددًا صحيحًا من 8 إلى 168، أو فارغة.',
      },
      restHours: {
        label: 'أقل ساعات راحة بين مناوبتين',
        hint: 'من 1 إلى 24 ساعة.',
        error: 'يجب أن تكون ساعات الراحة عددًا صحيحًا من 1 إلى 24، أو فارغة.',
      },
      stretchHours: {
        label: 'أقصى ساعات متواصلة',
        hint: 'من 1 إلى 48 ساعة.',
        error: 'يجب أن تكون الساعات المتواصلة عددًا صحيحًا من 1 إلى 48، أو فارغة.',
      },
    },
    coolDown: { label: 'عرض استراحة بعد مكالمة صعبة أو طويلة', hint: 'المستجيب يختار. تنتهي وحدها.' },
    coolDownMinutes: {
      label: 'مدة الاستراحة بالدقائق',
      hint: 'من 1 إلى 60.',
      error: 'يجب أن تكون الاستراحة عددًا صحيحًا من الدقائق من 1 إلى 60.',
    },
    longCallMinutes: {
      label: 'المكالمة الطويلة مدتها بالدقائق',
      hint: 'من 5 إلى 240.',
      error: 'يجب أن تكون المكالمة الطويلة عددًا صحيحًا من الدقائق من 5 إلى 240.',
    },
  },
  refusal: {
    rules: {
      weekHours: 'سيكون {name} مناوبًا {hours} ساعة في 7 أيام (من {at}). الحد هو {limit} ساعة.',
      restHours: 'سيحصل {name} على {hours} ساعة راحة فقط قبل مناوبة {at}. القاعدة {limit} ساعة على الأقل.',
      stretchHours: 'سيكون {name} مناوبًا {hours} ساعة متواصلة (من {at}). الحد هو {limit} ساعة.',
    },
    overrideHeading: 'الحفظ على أي حال؟',
    overrideHint: 'اختر السبب. يحفظ Kith السبب مع المناوبة.',
    reasons: {
      'no-one-else': 'لا يوجد أحد آخر',
      'responder-asked': 'المستجيب طلب ذلك',
      'emergency-cover': 'تغطية طارئة',
    },
    saveAnyway: 'احفظ على أي حال',
    reasonMissing: 'اختر سببًا للحفظ على أي حال.',
  },
};
