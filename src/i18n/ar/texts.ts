import type { TextCatalog } from '../texting';

/**
 * Draft (see ../languages.ts). STOP and START stay in the texts beside the Arabic words: carriers honour
 * only the English ones, and after an English STOP only START lets our texts through again.
 */
export const textAr: TextCatalog = {
  languageOffer: 'للعربية، أرسل عربي.',
  firstReply:
    'لقد وصلت إلى {program}. نحن لا نتصل بالشرطة أبدا. شخص من فريقنا سيقرأ رسائلك ويرد هنا. ' +
    '{scope} نرد {hours}. فريقنا فقط يستطيع قراءة رسائلك. ننسى رقمك {kept}. أرسل مساعدة للمساعدة، أو توقف لإيقاف الرسائل.',
  offHours: 'نحن مغلقون الآن. نرد {hours}. من فضلك راسلنا مرة أخرى في ذلك الوقت.',
  joined: 'شخص من فريقنا هنا الآن. يمكنك أن تكتب له في هذه المحادثة.',
  noAnswer:
    'نحن آسفون. لا أحد من فريقنا يستطيع الرد الآن. من فضلك راسلنا لاحقا، أو اتصل بهذا الرقم عندما نكون مفتوحين.',
  closed: 'انتهت هذه المحادثة. شكرا لتواصلك معنا. يمكنك مراسلة هذا الرقم في أي وقت للوصول إلينا مرة أخرى.',
  help: '{program}: خط دعم مجتمعي. راسلنا هنا للوصول إلى فريقنا. نحن لا نتصل بالشرطة أبدا. أرسل توقف (أو STOP) لإيقاف الرسائل، و START لاستقبالها مرة أخرى.',
  stopped: 'لن تصلك رسائل أخرى من {program}. أرسل START لاستقبالها مرة أخرى.',
  started: 'يمكنك مراسلة {program} مرة أخرى. أرسل توقف لإيقاف الرسائل.',
  mediaNotReceived: 'لا نستطيع رؤية الصور أو الملفات هنا. من فضلك اكتب بالكلمات.',
  languageSwitched: 'سنكتب لك بالعربية.',
  slowDown: 'أنت ترسل الرسائل بسرعة كبيرة. من فضلك انتظر قليلا. وصلنا ما أرسلته.',
  keptFor: 'بعد {hours} ساعة من انتهاء حديثنا',
  keptForOne: 'بعد ساعة واحدة من انتهاء حديثنا',
  keptForNone: 'فور انتهاء حديثنا',

  alert: 'كيث: محادثة نصية جديدة، {alias}. أرسل "{alias}" لأخذها، أو افتح {url}',
  alertBackup: 'كيث: {alias} ينتظر منذ {minutes} دقيقة بلا أحد. أرسل "{alias}" لأخذها، أو افتح {url}',
  digest: 'كيث: {count} محادثات نصية أخرى بدأت في الدقيقة الأخيرة. افتح {url}',
  relayed: '{alias}: {body}',
  relayedMedia: '{alias}: (أرسل صورة، وكيث لا يحتفظ بها)',
  taken: 'كيث: أخذ {name} المحادثة {alias}. شكرا.',
  yours: 'كيث: {alias} لك. اكتب "{alias} رسالتك" للرد، و "{alias} DONE" للإغلاق، و "{alias} RELEASE" لإعادتها.',
  handedToYou: 'كيث: أعطاك {name} المحادثة {alias}. افتح {url}',
  notYours: 'كيث: {alias} ليست مفتوحة، أو هي لشخص آخر.',
  notOnCall: 'كيث: أنت لست في المناوبة للرسائل الآن، فلا يمكنك أخذ {alias}. الأشخاص في المناوبة يتولونها.',
  whichOne: 'كيث: ابدأ رسالتك باسم المحادثة، مثل "{alias} رسالتك".',
  closedByYou: 'كيث: {alias} مغلقة. شكرا. اعتن بنفسك.',
  released: 'كيث: {alias} عادت إلى قائمة الانتظار.',
  replyFailed: 'كيث: لم نستطع إرسال ردك إلى {alias}. حاول مرة أخرى، أو استخدم لوحة التحكم.',
  chatInConsole: 'كيث: {alias} محادثة ويب. رد في لوحة التحكم: {url}',
};
