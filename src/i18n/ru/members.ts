import type { MemberKeypadWords } from '../member-keypad';
import type { MembersCatalog } from '../members';

/**
 * Draft (see ../languages.ts): texts to members and their people (Russian (вы)), and what a member hears
 * keying a code on a call. Written without a fluent speaker's check; the words members type are
 * recognised in every language, so none may be a common word sent alone.
 */
export const membersRu: MembersCatalog = {
  meanings: {
    safe: 'Спокойной ночи: я в безопасности',
    meet: 'Иди домой: встреться со мной',
    call: 'Позвони мне',
    naloxone: 'Принеси налоксон',
  },
  welcome:
    'Добро пожаловать в {program}. Ваш номер участника: {number}. Коды: {codes}. Напишите ВЫЙТИ, чтобы уйти; тогда мы сразу всё о вас забудем. Мы никогда не вызываем полицию.',
  codeItem: '{code} = {meaning}',
  sentPeers: 'Получено. Мы сообщили вашим людям.',
  sentTeam: 'Получено. Мы сообщили дежурной команде.',
  sentNoOne: 'Получено, но сообщить никому не удалось. Попросите команду добавить ваших людей.',
  relay: 'Kith: участник {member} отправил {code}: {meaning}.',
  relayPlace: ' Место: {place}.',
  duressAlert:
    'Kith, тихая тревога: участник {member} отправил своё слово опасности. Возможно, он не в безопасности и кто-то видит его телефон. Не пишите ему об этом. Сначала обсудите в команде.',
  left: 'Вы вышли из {program}. Мы удалили ваш номер и всё, что знали о вас.',
  checkInSet:
    'Проверка назначена. Если мы не получим от вас {code} до {time}, мы сообщим вашим людям, затем дежурной команде. Никогда полиции или 911.',
  watchSet:
    'Мы будем писать вам каждый день в {time} в течение {days} дней. Отвечайте на каждое сообщение. Если вы пропустите два, мы сообщим вашим людям, затем дежурной команде. Никогда полиции или 911.',
  watchPrompt: '{program}: узнаём, как вы. Ответьте OK, когда увидите это.',
  watchThanks: 'Спасибо. Напишем снова завтра.',
  watchEnded: 'Ежедневные сообщения от {program} закончились. Берегите себя. Пишите нам в любое время.',
  missedPeers:
    'Kith: участник {member} не отметился до {time}. Вы один из его людей. Пожалуйста, свяжитесь с ним. Если вы этим занялись, напишите сюда "{member} OK". Если никто не ответит за {minutes} минут, мы сообщим дежурной команде. Никогда полиции.',
  missedTeam:
    'Kith: участник {member} пропустил проверку ({time}), и никто из его людей не сказал, что занимается этим. Пожалуйста, свяжитесь с ним командой. Никогда полиции или 911.',
  acked: 'Спасибо. Мы не будем сообщать команде.',
  tooMany:
    'Мы не передали это: за этот час от вашего имени отправлено много кодов. Если вам кто-то нужен сейчас, позвоните или напишите на этот номер.',
  checkInsFull: 'У вас уже {max} проверки. Сначала попросите команду отменить одну.',
  leaveWords: ['ВЫЙТИ'],
  okWords: ['ДА', 'ХОРОШО'],
  checkWords: ['ПРОВЕРКА'],
  watchWords: ['ЕЖЕДНЕВНО'],
};

export const memberKeypadRu: MemberKeypadWords = {
  numberPrompt: 'Участники: наберите свой номер участника.',
  codePrompt: 'Теперь наберите свой код, затем клавишу решётка.',
  notFound: 'Мы не нашли такой номер участника.',
  noSuchCode: 'Такого кода нет.',
  goodbye: 'До свидания.',
};
