import type { Catalog } from '../catalog';

/** Draft (see ../languages.ts): plain Tagalog (spoken by a Filipino voice), not yet read by a fluent speaker. */
export const tl: Catalog = {
  greeting: 'Tumawag ka sa {program}, isang linya ng suporta ng komunidad.',
  languageChoice: 'Para sa Tagalog, pindutin ang {digit}.',
  disclosures:
    'Hindi kailanman tumatawag ng pulis ang linyang ito. Walang pupunta sa iyo maliban kung hihilingin mo. Hindi nire-record ang tawag mo. {scope} Sumasagot kami {hours}.',
  scopeIntro: 'Makakatulong kami sa',
  scope: {
    emergency: 'isang emergency',
    crisis: 'isang krisis',
    prevention: 'pagpaplano para manatiling ligtas',
    aftercare: 'suporta pagkatapos ng krisis',
  },
  notEmergencyService: 'Hindi kami serbisyong medikal para sa emergency.',
  offHours:
    'Sarado kami ngayon. Sumasagot kami {hours}. Pakitawagan kami ulit sa oras na iyon. ' +
    'Puwede ka ring mag-text sa numerong ito. Salamat sa pagtawag. Paalam.',
  noAnswer:
    'Pasensiya na. Walang makasagot sa aming team ngayon. ' +
    'Pakisubukang tumawag ulit pagkalipas ng ilang minuto, o mag-text sa numerong ito. ' +
    'Salamat sa pagtawag. Paalam.',
  hold: 'Hinahanap namin ang isang tao sa aming team. Pakihintay sa linya.',
  holdStill: 'Hinahanap pa rin namin ang isang tao. Pakihintay sa linya.',
  holdTrouble: 'Pasensiya na, may nagkaproblema sa amin. Pakihintay sa linya. Hinahanap pa rin namin ang isang tao.',
  connected: 'Ikinokonekta ka na namin.',
  callEnded: 'Tapos na ang tawag na ito. Kung kailangan mo ulit ng suporta, tawagan mo kami.',
  responderEnded:
    'Kinailangang tapusin ng tumutulong sa iyo ang tawag. Kung kailangan mo pa ng suporta, tumawag ka ulit.',
  hoursAlways: 'araw-araw, anumang oras',
  hoursNone: 'sa mga oras na ibabahagi namin sa lalong madaling panahon',
  hoursDay: '{days}, {spans}',
  hoursSpan: 'mula {start} hanggang {end}',
  midnight: 'hatinggabi',
  whisper:
    'Tawag ng Kith para sa {program}. Pindutin ang 1 para tanggapin. Pindutin ang 2 kung hindi mo ito masasagot. Kapag konektado na, pindutin ang star para tapusin ang tawag.',
  whisperCallerLanguage: 'Pinili ng tumawag ang {language}.',
  whisperTaken: 'May iba nang sumagot sa tawag na ito. Salamat.',
  whisperGone: 'Hindi na naghihintay ang tumawag. Salamat.',
  whisperEarly:
    'Salamat. Nakikinig pa ang tumawag sa mga pangako ng linyang ito. Pakihintay sa linya: ikokonekta ka namin pagkatapos nito. Pindutin ang star para tapusin ang tawag.',
  whisperHungUp: 'Binaba ng tumawag ang telepono bago ka naikonekta. Puwede mo nang ibaba. Salamat.',
  whisperNotConnected:
    'Hindi ka namin naikonekta sa tumawag. Patuloy kaming maghahanap ng tao para sa kanya. Puwede mo nang ibaba. Salamat.',
  whisperDeclined: 'Sige. Maghahanap kami ng iba. Salamat.',
  afterCall:
    'Tapos na ang tawag. Kung napunta sa iyo ang tawag na ito nang hindi sinasadya, pindutin ang 1. Kung kinailangan mo itong tapusin, pindutin ang 2. Kung hindi, puwede mo nang ibaba.',
  afterCallThanks: 'Salamat. Naitala na. Ingatan mo ang sarili mo.',
};
