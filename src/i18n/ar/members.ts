import type { MemberKeypadWords } from '../member-keypad';
import type { MembersCatalog } from '../members';

/**
 * Draft (see ../languages.ts): texts to members and their people (Modern Standard Arabic), and what a member hears
 * keying a code on a call. Written without a fluent speaker's check; the words members type are
 * recognised in every language, so none may be a common word sent alone.
 */
export const membersAr: MembersCatalog = {
  meanings: {
    safe: 'تصبح على خير: أنا بأمان',
    meet: 'اذهب إلى البيت: قابلني',
    call: 'اتصل بي',
    naloxone: 'أحضر النالوكسون',
  },
  welcome:
    'مرحبا بك في {program}. رقم عضويتك هو {number}. الرموز: {codes}. أرسل خروج لتغادر؛ وعندها ننساك فورا. نحن لا نتصل بالشرطة أبدا.',
  codeItem: '{code} = {meaning}',
  sentPeers: 'وصلت. أخبرنا أشخاصك.',
  sentTeam: 'وصلت. أخبرنا الفريق المناوب.',
  sentNoOne: 'وصلت، لكن لم نستطع إخبار أحد. اطلب من الفريق إضافة أشخاصك.',
  relay: 'Kith: العضو {member} أرسل {code}: {meaning}.',
  relayPlace: ' المكان: {place}.',
  noSuchPlace: 'لا يوجد مكان رقم {place} في القائمة، لذلك أُرسل الرمز بدون مكان.',
  duressAlert:
    'Kith، تنبيه صامت: العضو {member} أرسل كلمة الخطر الخاصة به. قد لا يكون بأمان، وقد يرى أحد هاتفه. لا تراسله بشأن هذا. تحدثوا كفريق أولا.',
  left: 'لقد غادرت {program}. مسحنا رقمك وكل ما يخصك.',
  checkInSet:
    'تم ضبط الاطمئنان. إذا لم يصلنا {code} منك قبل {time}، نخبر أشخاصك، ثم الفريق المناوب. لا نخبر الشرطة أو 911 أبدا.',
  watchSet:
    'سنراسلك كل يوم الساعة {time} لمدة {days} يوما. رد على كل رسالة من فضلك. إذا فاتتك رسالتان، نخبر أشخاصك، ثم الفريق المناوب. لا نخبر الشرطة أو 911 أبدا.',
  watchPrompt: '{program}: نطمئن عليك. رد بـ OK عندما ترى هذه الرسالة.',
  watchThanks: 'شكرا. سنراسلك مرة أخرى غدا.',
  watchEnded: 'انتهت رسائلك اليومية من {program}. اعتن بنفسك. يمكنك مراسلتنا في أي وقت.',
  missedPeers:
    'Kith: العضو {member} لم يطمئنا قبل {time}. أنت من أشخاصه. من فضلك تواصل معه. إذا كنت تتولى الأمر، أرسل "{member} OK" هنا. إذا لم يرد أحد خلال {minutes} دقيقة، نخبر الفريق المناوب. لا الشرطة أبدا.',
  missedTeam:
    'Kith: العضو {member} فاته موعد الاطمئنان ({time}) ولم يقل أحد من أشخاصه إنه يتولى الأمر. تواصلوا معه كفريق من فضلكم. لا الشرطة أو 911 أبدا.',
  acked: 'شكرا. لن نخبر الفريق.',
  tooMany: 'لم نمرر هذا: أرسلت رموز كثيرة باسمك في هذه الساعة. إذا كنت تحتاج أحدا الآن، اتصل أو راسل هذا الرقم.',
  checkInsFull: 'لديك بالفعل {max} مواعيد اطمئنان. اطلب من الفريق إلغاء واحد أولا.',
  planLink:
    'خطة الأزمة الخاصة بك: {url} هذا الرابط يعمل مرة واحدة، لمدة ساعة. رمزك وحده يفتح خطتك. لا تشارك هذا الرابط.',
  planOpened: 'خطتك مفتوحة لـ {names} حتى تنتهي هذه المحادثة.',
  planOpenedNoKey: 'رمزك صحيح، لكن لا أحد في هذه المحادثة يستطيع قراءة الخطط بعد. أخبرهم بما يساعدك.',
  planWrong: 'هذا الرمز لم يفتح خطتك. بقيت لك {left} محاولات في هذه الساعة.',
  planLocked: 'رموز خاطئة كثيرة. خطتك مقفلة لمدة تصل إلى ساعة. ما زال بإمكانك مراسلتنا.',
  planNone: 'ليست لديك خطة بعد. أرسل PLAN لتصلك رابط لكتابتها.',
  planNoConversation: 'راسلنا أولا، حتى يكون أحد معك. ثم أرسل PLAN ورمزك مرة أخرى.',
  leaveWords: ['خروج'],
  okWords: ['نعم', 'تمام'],
  checkWords: ['اطمئنان'],
  watchWords: ['يومي'],
  planWords: ['PLAN', 'خطة'],
  placeWords: ['م', 'مكان'],
};

export const memberKeypadAr: MemberKeypadWords = {
  numberPrompt: 'الأعضاء: اضغط رقم عضويتك.',
  codePrompt: 'الآن اضغط رمزك، ثم مفتاح المربع.',
  placePrompt: 'لإضافة مكان، اضغط النجمة ورقمه قبل مفتاح المربع.',
  notFound: 'لم نجد رقم العضوية هذا.',
  noSuchCode: 'هذا ليس أحد الرموز.',
  goodbye: 'مع السلامة.',
  planHint: 'لفتح خطة الأزمة الخاصة بك لهذه المكالمة، اضغط النجمة، ثم رمز خطتك، ثم مفتاح المربع.',
  planOpened: 'خطتك مفتوحة. يستطيع من يرد على هذه المكالمة قراءتها حتى تنتهي المكالمة.',
  planNoKey: 'رمزك صحيح، لكن لا أحد ممن قد يرد يستطيع قراءة الخطط بعد. أخبرهم بما يساعدك.',
  planWrong: 'هذا الرمز لم يفتح خطتك. بقيت {left} محاولات في هذه الساعة. يمكنك إخبار من يرد برمزك.',
  planLocked: 'رموز خاطئة كثيرة. خطتك مقفلة لمدة ساعة على الأكثر.',
  planNone: 'ليست لديك خطة بعد.',
  planChecking: 'ما زلنا نتحقق من رمزك. إذا كان صحيحًا، يستطيع من يرد قراءة خطتك.',
  planThrough: 'سنوصلك الآن بالفريق.',
};
