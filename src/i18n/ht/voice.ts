import type { Catalog } from '../catalog';

/**
 * Draft (see ../languages.ts). Twilio has no Haitian Creole voice, so the keypad menu never offers it;
 * these words still describe hours and scope in texts and the chat, and speak to a responder who reads it.
 */
export const ht: Catalog = {
  greeting: 'Ou rive nan {program}, yon liy sipò pou kominote a.',
  languageChoice: 'Pou kreyòl, peze {digit}.',
  disclosures:
    'Liy sa a pa janm rele lapolis. Pèsonn p ap vin jwenn ou si ou pa mande sa. Yo pa anrejistre apèl ou. {scope} Nou reponn {hours}.',
  scopeIntro: 'Nou ka ede ak',
  scope: {
    emergency: 'yon ijans',
    crisis: 'yon kriz',
    prevention: 'fè plan pou rete an sekirite',
    aftercare: 'sipò apre yon kriz',
  },
  notEmergencyService: 'Nou pa yon sèvis medikal pou ijans.',
  offHours:
    'Nou fèmen kounye a. Nou reponn {hours}. Tanpri rele nou ankò lè sa a. ' +
    'Ou ka voye yon tèks nan nimewo sa a tou. Mèsi paske ou kontakte nou. Orevwa.',
  noAnswer:
    'Nou regrèt. Pèsonn nan ekip nou an pa ka reponn kounye a. ' +
    'Tanpri eseye rele ankò nan kèk minit, oswa voye yon tèks nan nimewo sa a. ' +
    'Mèsi paske ou kontakte nou. Orevwa.',
  hold: 'N ap chèche yon moun nan ekip nou an. Tanpri rete sou liy lan.',
  holdStill: 'N ap toujou chèche yon moun. Tanpri rete sou liy lan.',
  holdTrouble: 'Eskize nou, gen yon pwoblèm bò kote nou. Tanpri rete sou liy lan. N ap toujou chèche yon moun.',
  connected: 'N ap konekte ou kounye a.',
  callEnded: 'Apèl sa a fini. Si ou bezwen sipò ankò, rele nou.',
  responderEnded: 'Moun ki t ap ede ou a te oblije fini apèl la. Si ou toujou bezwen sipò, rele nou ankò.',
  hoursAlways: 'chak jou, nenpòt lè',
  hoursNone: 'nan lè nou pral bay byento',
  hoursDay: '{days}, {spans}',
  hoursSpan: 'depi {start} rive {end}',
  midnight: 'minwi',
  whisper:
    'Apèl Kith pou {program}. Peze 1 pou aksepte. Peze 2 si ou pa ka pran l. Lè w konekte, peze zetwal pou fini apèl la.',
  whisperCallerLanguage: 'Moun ki rele a chwazi {language}.',
  whisperTaken: 'Yon lòt moun pran apèl sa a deja. Mèsi.',
  whisperGone: 'Moun ki rele a pa ap tann ankò. Mèsi.',
  whisperEarly:
    'Mèsi. Moun ki rele a toujou ap tande sa liy lan pwomèt li. Tanpri rete sou liy lan: n ap konekte ou lè sa fini. Peze zetwal pou fini apèl la.',
  whisperHungUp: 'Moun ki rele a rakwoche anvan nou konekte ou. Ou ka rakwoche. Mèsi.',
  whisperNotConnected:
    'Nou pa t ka konekte ou ak moun ki rele a. N ap kontinye chèche yon moun pou li. Ou ka rakwoche. Mèsi.',
  whisperDeclined: 'Dakò. N ap chèche yon lòt moun. Mèsi.',
  afterCall:
    'Apèl la fini. Si apèl sa a te rive jwenn ou pa erè, peze 1. Si ou te oblije fini l, peze 2. Sinon, ou ka rakwoche.',
  afterCallThanks: 'Mèsi. Nou note sa. Pran swen tèt ou.',
};
