import type { CareTimeText } from './care-time-types';

/** Draft translation from the English (care-time-en.ts); a fluent reader should check it. */
export const tlCareTime: CareTimeText = {
  home: {
    stepBack: 'Kailangan kong umatras',
    stepBackHint:
      'Hindi ka na makakatanggap ng tawag hanggang matapos ang shift mo. Sasabihan ang coordinator na naka-duty na mag-cover, pero hindi kung bakit.',
    stepBackConfirm: 'Umatras hanggang matapos ang shift mo?',
    stepBackYes: 'Oo, aatras ako',
    stepBackNo: 'Kanselahin',
    steppedBack: 'Umatras ka. Walang tawag para sa iyo hanggang {time}.',
    coolingDown: 'Nagpapahinga ka sa linya hanggang {time}.',
    markHard: 'Markahang mabigat ang huling tawag ko',
    markHardHint: 'Ikaw lang ang nakakakita nito. Walang itinatago tungkol sa tawag.',
    markedHard: 'Namarkahan. Ingatan mo ang sarili mo.',
    offerHeading: 'Magpahinga ng ilang minuto?',
    offerHard: 'Mabigat ang tawag na iyon. Puwede kang umalis sa linya nang {minutes} minuto.',
    offerLong: 'Mahaba ang tawag na iyon. Puwede kang umalis sa linya nang {minutes} minuto.',
    offerSupport: 'Para pag-usapan ito, puwede mong kausapin si: {names}.',
    offerNoSupport: 'Walang support na naka-shift ngayon.',
    take: 'Umalis sa linya nang {minutes} minuto',
    notNow: 'Hindi ngayon',
    offerClosed: 'Sige. Nasa linya ka pa rin.',
  },
  settings: {
    heading: 'Pahinga at cool-down',
    intro:
      'Pinipigilan ng mga tuntunin sa pahinga na masyadong matagal na naka-on call ang isang tao. Ang shift na lumalabag ay kailangan ng dahilan.',
    offHint: 'Iwanang blangko kung walang tuntunin.',
    rules: {
      weekHours: {
        label: 'Pinakamaraming oras na on call sa 7 araw',
        hint: 'Mula 8 hanggang 168 oras.',
        error: 'Ang oras sa 7 araw ay dapat buong numero mula 8 hanggang 168, o blangko.',
      },
      restHours: {
        label: 'Pinakakaunting oras na pahinga sa pagitan ng shift',
        hint: 'Mula 1 hanggang 24 oras.',
        error: 'Ang oras ng pahinga ay dapat buong numero mula 1 hanggang 24, o blangko.',
      },
      stretchHours: {
        label: 'Pinakamaraming oras na tuloy-tuloy',
        hint: 'Mula 1 hanggang 48 oras.',
        error: 'Ang tuloy-tuloy na oras ay dapat buong numero mula 1 hanggang 48, o blangko.',
      },
    },
    coolDown: {
      label: 'Mag-alok ng cool-down pagkatapos ng mabigat o mahabang tawag',
      hint: 'Ang responder ang pipili. Kusa itong natatapos.',
    },
    coolDownMinutes: {
      label: 'Haba ng cool-down, sa minuto',
      hint: 'Mula 1 hanggang 60.',
      error: 'Ang cool-down ay dapat buong numero ng minuto mula 1 hanggang 60.',
    },
    longCallMinutes: {
      label: 'Ang mahabang tawag ay, sa minuto',
      hint: 'Mula 5 hanggang 240.',
      error: 'Ang mahabang tawag ay dapat buong numero ng minuto mula 5 hanggang 240.',
    },
  },
  refusal: {
    rules: {
      weekHours:
        'Si {name} ay magiging on call nang {hours} oras sa 7 araw (mula {at}). Ang limitasyon ay {limit} oras.',
      restHours:
        'Si {name} ay magkakaroon lang ng {hours} oras na pahinga bago ang shift sa {at}. Ang tuntunin ay hindi bababa sa {limit} oras.',
      stretchHours:
        'Si {name} ay magiging on call nang {hours} oras nang tuloy-tuloy (mula {at}). Ang limitasyon ay {limit} oras.',
    },
    overrideHeading: 'I-save pa rin?',
    overrideHint: 'Piliin kung bakit. Itinatago ng Kith ang dahilan kasama ng shift.',
    reasons: {
      'no-one-else': 'Walang ibang makakakuha nito',
      'responder-asked': 'Hiniling ito ng responder',
      'emergency-cover': 'Emergency na pag-cover',
    },
    saveAnyway: 'I-save pa rin',
    reasonMissing: 'Pumili ng dahilan para i-save pa rin.',
  },
};
