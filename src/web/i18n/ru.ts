import type { PublicCatalog } from './web-catalog';

/** Russian, draft (src/i18n/languages.ts): the public pages only; the team's pages come later. */
export const ru: PublicCatalog = {
  lang: 'ru',
  dir: 'ltr',
  languageName: 'Русский',
  layout: {
    brand: 'Kith',
    skipLink: 'Перейти к основному содержанию',
    languageNav: 'Язык',
  },
  front: {
    notSetUp: {
      title: 'Kith работает',
      heading: 'Kith работает, но эта линия ещё не настроена',
      body: 'Тот, кто запустил Kith, настраивает его один раз. Найдите в выводе сервера (в терминале или журнале, где запущен Kith) одноразовую ссылку для настройки. Она заканчивается на «/setup#token=» и длинный код. Откройте её в браузере.',
      where: 'Если ссылке больше 24 часов или вы не можете её найти, перезапустите Kith: он покажет новую.',
      never: 'Эта страница никогда не показывает ссылку для настройки: любой, кто её увидит, сможет настроить линию.',
    },
    title: '{program}',
    reachHeading: 'Как с нами связаться',
    callOrText: 'Позвоните или напишите SMS на номер {number}.',
    noNumber: 'У этой линии пока нет номера телефона.',
    chat: 'Напишите нам в чат',
    teamHeading: 'Для команды',
    signIn: 'Войти в консоль',
    noAccount: 'Ещё нет учётной записи? Попросите у координатора ссылку-приглашение.',
  },
};
