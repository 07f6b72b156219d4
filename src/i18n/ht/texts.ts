import type { TextCatalog } from '../texting';

/** Draft (see ../languages.ts). START stays in English: after an English STOP, carriers honour only START. */
export const textHt: TextCatalog = {
  languageOffer: 'Pou kreyòl, reponn KREYÒL.',
  firstReply:
    'Ou rive nan {program}. Nou pa janm rele lapolis. Yon moun nan ekip nou an ap li mesaj ou yo epi reponn ou isit la. ' +
    '{scope} Nou reponn {hours}. Se sèlman ekip nou an ki ka li mesaj ou yo. Nou bliye nimewo ou {kept}. Reponn ÈD pou jwenn èd, oswa KANPE pou pa resevwa tèks ankò.',
  offHours: 'Nou fèmen kounye a. Nou reponn {hours}. Tanpri ekri nou ankò lè sa a.',
  joined: 'Yon moun nan ekip nou an la kounye a. Ou ka ekri li nan konvèsasyon sa a.',
  noAnswer:
    'Nou regrèt. Pèsonn nan ekip nou an pa ka reponn kounye a. Ekri ankò pita, oswa rele nimewo sa a lè nou louvri.',
  closed: 'Konvèsasyon sa a fini. Mèsi paske ou kontakte nou. Ou ka ekri nimewo sa a nenpòt lè pou jwenn nou ankò.',
  help: '{program}: yon liy sipò pou kominote a. Ekri isit la pou jwenn ekip nou an. Nou pa janm rele lapolis. Reponn KANPE (oswa STOP) pou pa resevwa tèks ankò, epi START pou resevwa yo ankò.',
  stopped: 'Ou p ap resevwa tèks nan men {program} ankò. Reponn START pou resevwa yo ankò.',
  started: 'Ou ka ekri {program} ankò. Reponn KANPE pou rete.',
  mediaNotReceived: 'Nou pa ka wè foto oswa fichye isit la. Tanpri ekri ak mo.',
  languageSwitched: 'N ap ekri ou an kreyòl.',
  slowDown: 'W ap voye mesaj twò vit. Tanpri tann yon ti moman. Nou resevwa sa ou voye yo.',
  keptFor: '{hours} èdtan apre nou fin pale',
  keptForOne: 'inèdtan apre nou fin pale',
  keptForNone: 'depi nou fin pale',

  alert: 'Kith: yon nouvo konvèsasyon pa tèks, {alias}. Reponn "{alias}" pou pran l, oswa louvri {url}',
  alertBackup: 'Kith: {alias} ap tann depi {minutes} minit san pèsonn. Reponn "{alias}" pou pran l, oswa louvri {url}',
  digest: 'Kith: {count} lòt konvèsasyon pa tèks louvri nan dènye minit lan. Louvri {url}',
  relayed: '{alias}: {body}',
  relayedMedia: '{alias}: (voye yon foto, Kith pa kenbe l)',
  taken: 'Kith: {name} pran {alias}. Mèsi.',
  yours:
    'Kith: {alias} se pou ou. Ekri "{alias} mesaj ou" pou reponn, "{alias} DONE" pou fèmen, "{alias} RELEASE" pou remèt li.',
  handedToYou: 'Kith: {name} ba ou {alias}. Louvri {url}',
  notYours: 'Kith: {alias} pa louvri, oswa se pou yon lòt moun.',
  notOnCall: 'Kith: ou pa nan gad pou tèks kounye a, kidonk ou pa ka pran {alias}. Moun ki nan gad yo ap okipe l.',
  whichOne: 'Kith: kòmanse mesaj ou ak non konvèsasyon an, tankou "{alias} mesaj ou".',
  closedByYou: 'Kith: {alias} fèmen. Mèsi. Pran swen tèt ou.',
  released: 'Kith: {alias} retounen nan fil datant lan.',
  replyFailed: 'Kith: nou pa t ka voye repons ou bay {alias}. Eseye ankò, oswa sèvi ak konsòl la.',
  chatInConsole: 'Kith: {alias} se yon chat sou entènèt. Reponn nan konsòl la: {url}',
};
