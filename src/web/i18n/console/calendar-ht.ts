import type { CalendarText } from './calendar-types';

/** Draft, translated from English; not yet read by a fluent speaker. */
export const htCalendar: CalendarText = {
  title: 'Kalandriye m ak rapèl mwen',
  intro: 'Mete vadiray ou nan kalandriye telefòn ou, epi chwazi kijan nou raple w anvan yon vadiray.',
  mine: {
    heading: 'Vadiray mwen nan kalandriye mwen',
    warning:
      'Nenpòt moun ki gen lyen sa a wè lè vadiray ou. Kenbe l prive. Ajoute l nan kalandriye w kòm lyen (abòne).',
  },
  rota: {
    heading: 'Tout orè a',
    warning:
      'Nenpòt moun ki gen lyen sa a wè tout vadiray yo ak kiyès ki ladan yo. Kenbe l prive. Bay li sèlman a kowòdonatè yo.',
  },
  linkLabel: 'Lyen kalandriye',
  copy: 'Kopye',
  copied: 'Kopye.',
  copyFailed: 'Nou pa t ka kopye. Chwazi lyen an epi kopye l ou menm.',
  isOn: 'Gen yon lyen ki limen. Li fèt {time}.',
  isOff: 'Pa gen lyen ki limen.',
  make: 'Fè yon lyen',
  replace: 'Fè yon nouvo lyen',
  turnOff: 'Etenn lyen an',
  made: 'Men lyen ou. Li parèt sèlman kounye a. Kopye l anvan ou kite paj sa a. Ansyen lyen an pa mache ankò.',
  turnedOff: 'Lyen an etenn. Li pa mache ankò.',
  remindHeading: 'Rapèl anvan yon vadiray',
  whenLegend: 'Kilè',
  leads: {
    '15': '15 minit anvan',
    '30': '30 minit anvan',
    '60': '1 èdtan anvan',
    '120': '2 èdtan anvan',
    '240': '4 èdtan anvan',
    '720': '12 èdtan anvan',
  },
  evening: 'Aswè anvan an',
  eveningAt: { label: 'Lè aswè anvan an', hint: 'Ant 12:00 ak 23:45.' },
  howLegend: 'Kijan',
  bySms: 'Yon tèks sou telefòn mwen',
  byPush: 'Yon avi sou aparèy kote m limen l',
  save: 'Anrejistre rapèl yo',
  saved: 'Rapèl yo anrejistre.',
  deviceHeading: 'Aparèy sa a',
  deviceOn: 'Aparèy sa a resevwa rapèl.',
  deviceOff: 'Aparèy sa a pa resevwa rapèl.',
  remindHere: 'Raple m sou aparèy sa a',
  stopHere: 'Sispann rapèl sou aparèy sa a',
  hereOn: 'Fini. Aparèy sa a ap raple w.',
  hereOff: 'Aparèy sa a p ap raple w ankò.',
  cannot: {
    noWorker: 'Navigatè sa a pa ka montre rapèl. Chwazi yon tèks sou telefòn ou pito.',
    noPush: 'Navigatè sa a pa ka resevwa rapèl. Chwazi yon tèks sou telefòn ou pito.',
    denied: 'Avi yo bloke pou sit sa a. Pou resevwa rapèl isit la, pèmèt avi nan paramèt navigatè w.',
    failed: 'Navigatè sa a pa t ka limen rapèl yo. Eseye ankò, oswa chwazi yon tèks.',
  },
};
