import type { CareTimeText } from './care-time-types';

/** Draft translation from the English (care-time-en.ts); a fluent reader should check it. */
export const htCareTime: CareTimeText = {
  home: {
    stepBack: 'Mwen bezwen fè yon pa dèyè',
    stepBackHint:
      'Ou p ap resevwa apèl jiskaske vadwouy ou fini. Yo di koòdonatè ki de gad la pou l ranplase w, men yo pa di poukisa.',
    stepBackConfirm: 'Fè yon pa dèyè jiskaske vadwouy ou fini?',
    stepBackYes: 'Wi, mwen fè yon pa dèyè',
    stepBackNo: 'Anile',
    steppedBack: 'Ou fè yon pa dèyè. Pa gen apèl pou ou jiska {time}.',
    coolingDown: 'Ou pran yon ti poze andeyò liy lan jiska {time}.',
    markHard: 'Make dènye apèl mwen an tankou difisil',
    markHardHint: 'Se ou sèl ki wè sa. Yo pa kenbe anyen sou apèl la.',
    markedHard: 'Li make. Pran swen tèt ou.',
    offerHeading: 'Pran kèk minit?',
    offerHard: 'Apèl sa a te difisil. Ou ka pran {minutes} minit andeyò liy lan.',
    offerLong: 'Apèl sa a te long. Ou ka pran {minutes} minit andeyò liy lan.',
    offerSupport: 'Pou pale sou sa, ou ka jwenn: {names}.',
    offerNoSupport: 'Pa gen moun sipò ki de vadwouy kounye a.',
    take: 'Pran {minutes} minit andeyò liy lan',
    notNow: 'Pa kounye a',
    offerClosed: 'Dakò. Ou rete sou liy lan.',
  },
  settings: {
    heading: 'Repo ak ti poze',
    intro: 'Règ repo yo anpeche moun rete de gad twò lontan. Yon vadwouy ki kase youn bezwen yon rezon.',
    offHint: 'Kite l vid si pa gen règ.',
    rules: {
      weekHours: {
        label: 'Plis èdtan de gad nan 7 jou',
        hint: 'Soti 8 rive 168 èdtan.',
        error: 'Èdtan nan 7 jou yo dwe yon nonm antye soti 8 rive 168, oswa vid.',
      },
      restHours: {
        label: 'Mwens èdtan repo ant de vadwouy',
        hint: 'Soti 1 rive 24 èdtan.',
        error: 'Èdtan repo yo dwe yon nonm antye soti 1 rive 24, oswa vid.',
      },
      stretchHours: {
        label: 'Plis èdtan youn dèyè lòt',
        hint: 'Soti 1 rive 48 èdtan.',
        error: 'Èdtan youn dèyè lòt yo dwe yon nonm antye soti 1 rive 48, oswa vid.',
      },
    },
    coolDown: {
      label: 'Ofri yon ti poze apre yon apèl difisil oswa long',
      hint: 'Moun nan chwazi. Li fini pou kont li.',
    },
    coolDownMinutes: {
      label: 'Longè ti poze a, an minit',
      hint: 'Soti 1 rive 60.',
      error: 'Ti poze a dwe yon nonm antye minit soti 1 rive 60.',
    },
    longCallMinutes: {
      label: 'Yon apèl long dire, an minit',
      hint: 'Soti 5 rive 240.',
      error: 'Yon apèl long dwe yon nonm antye minit soti 5 rive 240.',
    },
  },
  refusal: {
    rules: {
      weekHours: '{name} t ap de gad {hours} èdtan nan 7 jou (depi {at}). Limit la se {limit} èdtan.',
      restHours: '{name} t ap gen sèlman {hours} èdtan repo anvan vadwouy {at} la. Règ la se omwen {limit} èdtan.',
      stretchHours: '{name} t ap de gad {hours} èdtan youn dèyè lòt (depi {at}). Limit la se {limit} èdtan.',
    },
    overrideHeading: 'Sove l kanmenm?',
    overrideHint: 'Chwazi poukisa. Kith kenbe rezon an ak vadwouy la.',
    reasons: {
      'no-one-else': 'Pa gen lòt moun ki ka pran l',
      'responder-asked': 'Moun nan te mande l',
      'emergency-cover': 'Ranplasman ijans',
    },
    saveAnyway: 'Sove l kanmenm',
    reasonMissing: 'Chwazi yon rezon pou sove l kanmenm.',
  },
};
