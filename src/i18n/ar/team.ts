import type { BriefingTexts } from '../briefing';
import type { CareTeamCatalog } from '../care-team';
import type { RotaTexts } from '../rota';
import type { SwapTexts } from '../swaps';

/**
 * Draft (see ../languages.ts): the team's own texts in Arabic (Modern Standard) — shift reminders,
 * gap alerts, calendar titles, swaps, the shift-start briefing and stepping back. The words a
 * responder texts (استلم, استراحة, عودة) are recognised in every language; a take keeps the Latin S
 * and its number: "استلم S12".
 */
export const rotaAr: RotaTexts = {
  myShift: '{program}: مناوبة {role} ({tier})',
  rotaShift: '{name}: {role} ({tier})',
  rotaName: '{program}: مناوبات الفريق',
  reminder: 'Kith: مناوبتك في {role} ({tier}) لدى {program} تبدأ {when}. افتح لوحة التحكم: {url}',
  pushTitle: 'مناوبتك تبدأ قريبًا',
  pushBody: 'مناوبة {role} ({tier})، {when}',
  gap: 'Kith: لا أحد على الهاتف من {from} إلى {to} (بعد {hours} ساعة). المتاحون: {names}. المناوبات: {url}',
  nobodyFree: 'لا أحد',
  more: 'و{count} آخرون',
  roles: { phone: 'الهاتف', field: 'الميدان', support: 'الدعم', coordinator: 'التنسيق' },
  tiers: { primary: 'أول من يُتصل به', backup: 'احتياط' },
};

export const swapsAr: SwapTexts = {
  offered:
    'Kith: {name} يعرض مناوبة {role}، من {when} إلى {until}. لأخذها، رد بـ استلم S{code}. هي لأول من يرد. لوحة التحكم: {url}',
  offeredTitle: 'مناوبة يمكنك أخذها',
  taken: 'Kith: {taker} أخذ مناوبة {role} من {giver}، من {when} إلى {until}.',
  takenAwaiting: 'Kith: {taker} يريد أخذ مناوبة {role} من {giver}، من {when} إلى {until}. تنتظر موافقة منسق: {url}',
  yourShiftTaken: 'Kith: {taker} أخذ مناوبتك في {role}، من {when} إلى {until}. لم تعد عليها.',
  yourSwapDeclined: 'Kith: رفض منسق تبديل مناوبتك في {role}، {when}. ما زالت لك.',
  youTookIt: 'Kith: مناوبة {role}، من {when} إلى {until}، صارت لك. شكرًا.',
  youTookItAwaiting: 'Kith: طلبت أخذ مناوبة {role}، من {when} إلى {until}. سيرد منسق بنعم أو لا.',
  takeApproved: 'Kith: وافق منسق. مناوبة {role}، من {when} إلى {until}، صارت لك.',
  takeDeclined: 'Kith: رفض منسق. مناوبة {role}، {when}، تبقى مع {giver}.',
  gone: 'Kith: عذرًا، هذه المناوبة لم تعد متاحة. أخذها شخص آخر أو سُحبت.',
  cannotTake: 'Kith: لا يمكنك أخذ هذه المناوبة: أنت في مناوبة حينها، أو في إجازة، أو ستخالف قاعدة راحة.',
  unknownCode: 'Kith: لا توجد مناوبة مفتوحة بهذا الرقم. راجع الرسالة التي وصلتك أو افتح لوحة التحكم.',
  awayAsked: 'Kith: {name} يطلب إجازة، من {when} إلى {until}. من فضلك رد بنعم أو لا: {url}',
  awayApproved: 'Kith: إجازتك، من {when} إلى {until}، تمت الموافقة عليها.',
  awayDeclined: 'Kith: إجازتك، من {when} إلى {until}، لم تتم الموافقة عليها. تحدث مع منسق من فضلك.',
  takeWords: ['استلم'],
  roles: { phone: 'الهاتف', field: 'الميدان', support: 'الدعم', coordinator: 'التنسيق' },
};

export const briefingAr: BriefingTexts = {
  due: 'Kith: بدأت مناوبتك في {program}. اقرأ خطة الطوارئ للفريق واضغط «قرأتها»: {url} — لن نتصل بك قبل ذلك.',
  nobodyBriefed:
    'Kith: لا يمكن الاتصال بأحد على الهاتف الآن: على {names} قراءة خطة الطوارئ أولًا. حتى ذلك الحين تذهب المكالمات إلى رسالة عدم الرد. لوحة التحكم: {url}',
  page: {
    title: 'قبل مناوبتك: خطة الطوارئ',
    intro: 'اقرأ خطة الطوارئ لدى {program}. سنتصل بك بعد أن تؤكد أنك قرأتها.',
    version: 'الإصدار {version}، حُفظ {time}',
    button: 'قرأتها',
    done: 'شكرًا. يمكن الاتصال بك الآن.',
    gone: 'هذا الرابط استُخدم أو انتهت صلاحيته. افتح لوحة التحكم لقراءة الخطة.',
    changed: 'تغيرت الخطة أثناء قراءتك. اقرأ هذا الإصدار.',
    empty: 'الخطة فارغة.',
  },
};

export const careTeamAr: CareTeamCatalog = {
  steppedBack: 'Kith: {name} تنحّى عن مناوبة {role} حتى {end}. من فضلك جد من يغطيها. لوحة التحكم: {url}',
  youSteppedBack: 'Kith: أنت خارج الخط حتى نهاية مناوبتك في {end}. أُبلغ المنسق. اعتنِ بنفسك. رد بـ عودة للرجوع.',
  notOnShift: 'Kith: لست في مناوبة الآن، فلا شيء تتنحّى عنه.',
  youAreBack: 'Kith: أهلًا بعودتك. يمكن الاتصال بك من جديد.',
  stepBackWords: ['استراحة', 'تنحي'],
  backWords: ['عودة'],
};
