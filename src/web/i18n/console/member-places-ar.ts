import type { MemberPlacesText } from './member-places-types';

export const arMemberPlaces: MemberPlacesText = {
  heading: 'دفتر الأماكن',
  intro:
    'أماكن مرقّمة يمكن للعضو أن يذكرها بعد الرمز. بالرسالة: GH م2. في مكالمة: مفاتيح الرمز، ثم النجمة، ورقم المكان، ثم مفتاح المربع. ينقل Kith المكان مع الرمز فقط إلى الأشخاص الذين يخبرهم الرمز، ولا يحفظه أبدًا مع أي عضو.',
  none: 'لا توجد أماكن بعد.',
  numberColumn: 'الرقم',
  wordsColumn: 'المكان',
  numberFor: 'الرقم في الصف {row}',
  wordsFor: 'المكان في الصف {row}',
  remove: 'إزالة الصف {row}',
  add: 'إضافة مكان',
  save: 'حفظ دفتر الأماكن',
  saved: 'تم حفظ دفتر الأماكن.',
  errors: {
    number: 'استخدم رقمًا من 1 إلى 99، كل رقم مرة واحدة فقط.',
    words: 'اكتب المكان في سطر واحد، حتى 60 حرفًا.',
    general: 'راجع ما أدخلته ثم حاول مرة أخرى.',
  },
};
