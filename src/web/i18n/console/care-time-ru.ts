import type { CareTimeText } from './care-time-types';

/** Draft translation from the English (care-time-en.ts); a fluent reader should check it. */
export const ruCareTime: CareTimeText = {
  home: {
    stepBack: 'Мне нужно отойти',
    stepBackHint:
      'Вам не будут звонить до конца смены. Дежурный координатор получит просьбу подменить вас, но без причины.',
    stepBackConfirm: 'Отойти до конца смены?',
    stepBackYes: 'Да, отойти',
    stepBackNo: 'Отмена',
    steppedBack: 'Вы отошли. Звонков для вас не будет до {time}.',
    coolingDown: 'Вы отдыхаете вне линии до {time}.',
    markHard: 'Отметить последний звонок как тяжёлый',
    markHardHint: 'Это видите только вы. О звонке ничего не сохраняется.',
    markedHard: 'Отмечено. Берегите себя.',
    offerHeading: 'Взять несколько минут?',
    offerHard: 'Этот звонок был тяжёлым. Вы можете уйти с линии на {minutes} мин.',
    offerLong: 'Этот звонок был долгим. Вы можете уйти с линии на {minutes} мин.',
    offerSupport: 'Чтобы поговорить об этом, обратитесь к: {names}.',
    offerNoSupport: 'Сейчас в смене нет никого из поддержки.',
    take: 'Уйти с линии на {minutes} мин.',
    notNow: 'Не сейчас',
    offerClosed: 'Хорошо. Вы остаётесь на линии.',
  },
  settings: {
    heading: 'Отдых и пауза',
    intro:
      'Правила отдыха не дают человеку дежурить слишком долго. Смену, которая нарушает правило, можно сохранить только с причиной.',
    offHint: 'Оставьте пустым, если правила нет.',
    rules: {
      weekHours: {
        label: 'Больше всего часов дежурства за 7 дней',
        hint: 'От 8 до 168 часов.',
        error: 'Часы за 7 дней — целое число от 8 до 168 или пусто.',
      },
      restHours: {
        label: 'Меньше всего часов отдыха между сменами',
        hint: 'От 1 до 24 часов.',
        error: 'Часы отдыха — целое число от 1 до 24 или пусто.',
      },
      stretchHours: {
        label: 'Больше всего часов подряд',
        hint: 'От 1 до 48 часов.',
        error: 'Часы подряд — целое число от 1 до 48 или пусто.',
      },
    },
    coolDown: {
      label: 'Предлагать паузу после тяжёлого или долгого звонка',
      hint: 'Решает сам человек. Пауза кончается сама.',
    },
    coolDownMinutes: {
      label: 'Длина паузы, в минутах',
      hint: 'От 1 до 60.',
      error: 'Пауза — целое число минут от 1 до 60.',
    },
    longCallMinutes: {
      label: 'Долгий звонок — это, в минутах',
      hint: 'От 5 до 240.',
      error: 'Долгий звонок — целое число минут от 5 до 240.',
    },
  },
  refusal: {
    rules: {
      weekHours: '{name} будет дежурить {hours} ч за 7 дней (с {at}). Предел — {limit} ч.',
      restHours: 'У {name} будет только {hours} ч отдыха перед сменой в {at}. Правило — не меньше {limit} ч.',
      stretchHours: '{name} будет дежурить {hours} ч подряд (с {at}). Предел — {limit} ч.',
    },
    overrideHeading: 'Всё равно сохранить?',
    overrideHint: 'Выберите причину. Kith хранит её вместе со сменой.',
    reasons: {
      'no-one-else': 'Больше некому',
      'responder-asked': 'Человек сам попросил',
      'emergency-cover': 'Срочная замена',
    },
    saveAnyway: 'Всё равно сохранить',
    reasonMissing: 'Выберите причину, чтобы всё равно сохранить.',
  },
};
