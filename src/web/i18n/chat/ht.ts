import type { ChatText } from './types';

/** Draft (src/i18n/languages.ts): not yet read by a fluent speaker. */
const client = {
  waiting: 'Mesaj ou a ale. Tanpri tann isit la: yon moun nan ekip nou an ap vini byento.',
  noAnswer: 'Nou regrèt. Pèsonn nan ekip nou an pa ka reponn kounye a. Tanpri eseye ankò pita.',
  joined: 'Yon moun nan ekip nou an vini. Ou ka ekri li isit la.',
  closed: 'Chat sa a fini. Mèsi paske ou kontakte nou. Ou ka kòmanse yon nouvo chat nenpòt lè lè ou ekri anba a.',
  blocked: 'Ou pa ka voye mesaj nan chat sa a ankò. Mèsi paske ou konprann.',
  slowDown: 'W ap voye mesaj twò vit. Tanpri tann yon minit, epi voye ankò. Nou gen sa ou te voye deja.',
  busy: 'Anpil moun ap kòmanse chat kounye a. Tanpri tann yon minit epi eseye ankò.',
  empty: 'Ekri yon mesaj anvan ou voye l.',
  tooLong: 'Mesaj ou a twò long. Tanpri voye l an plizyè moso (jiska {max} karaktè chak).',
  expired: 'Nou pa jwenn chat ou nan navigatè sa a. Tanpri voye mesaj ou ankò.',
  lineWait:
    'Anpil moun ap ekri nou kounye a. N ap prepare liy lan pou ou. Ou ka voye mesaj ou nan anviwon {seconds} segonn.',
  lineReadying:
    'Anpil moun ap ekri nou kounye a. N ap prepare liy lan pou ou… Sa pran kèk segonn. Ou ka ekri mesaj ou pandan tan sa a.',
  lineReady: 'Liy lan pare. Ou ka voye mesaj ou.',
  notYet:
    'N ap toujou prepare liy lan pou ou. Tanpri tann anviwon {seconds} segonn, epi voye ankò. Mesaj ou toujou la.',
  proofNeeded:
    'Anpil moun ap ekri nou kounye a. N ap prepare liy lan pou ou. Tanpri tann anviwon {seconds} segonn, epi voye ankò. Mesaj ou toujou la.',
  failed: 'Nou pa t ka voye mesaj ou. Tanpri eseye ankò.',
  noCookies:
    'Navigatè ou a pa kenbe cookies pou sit sa a. Chat la mache toutotan paj sa a rete louvri, men si ou rechaje l oswa fèmen l, chat la fini. Pou chat la rete apre yon rechajman, pèmèt cookies pou sit sa a.',
  noWasm:
    'Navigatè sa a pa ka fèmen mo ou yo sou aparèy ou (WebAssembly fèmen). Chat la toujou mache: sèvè nou an wè mo ou yo pou yon ti moman anvan li fèmen yo, menm jan ak lè JavaScript fèmen. Pou wè nouvo repons, peze "Gade nouvo repons".',
  newReply: 'Yon nouvo repons rive. Peze "Gade nouvo repons" pou li l.',
  teamWrote: 'Ekip nou an ekri: {words}',
  escapeAgain: 'Peze Escape ankò pou soti kounye a.',
  sending: 'N ap voye…',
  sent: 'Li ale.',
  you: 'Ou',
  team: 'Ekip nou an',
  cannotShow: 'Nou pa ka montre mesaj sa a nan navigatè sa a.',
  errorPrefix: 'Erè:',
};

export const chatHt: ChatText = {
  title: 'Chat avèk nou',
  heading: 'Chat ak {program}',
  promisesHeading: 'Anvan ou kòmanse',
  neverPolice: 'Nou pa janm rele lapolis. Pèsonn p ap vin jwenn ou si ou pa mande sa.',
  whoReads:
    'Yon moun nan ekip nou an li mesaj ou yo epi reponn ou isit la. Mesaj ou yo fèmen ak kle: se sèlman ekip nou an ak ou menm ki ka li yo.',
  hours: 'Nou reponn {hours}.',
  kept: 'Sèvè nou an kenbe mesaj ou yo sèlman fèmen ak kle, epi li pa ka li yo. {kept} apre chat la fini, nou bliye ki navigatè li te soti.',
  keptFor: '{hours} èdtan',
  noAccount: 'Ou pa bezwen kont ni nimewo telefòn. Nou pa kenbe adrès IP ou.',
  closedNow: 'Nou fèmen kounye a. Nou reponn {hours}. Tanpri tounen lè sa a.',
  noScriptHeading: 'JavaScript fèmen',
  noScript:
    'Chat la toujou mache. Men san JavaScript, sèvè nou an wè mo ou yo pou yon ti moman anvan li fèmen yo ak kle. Avèk JavaScript limen, mo ou yo fèmen ak kle sou aparèy ou anvan yo ale.',
  lockNote:
    'Paj sa a toujou ap pare pou fèmen mo ou yo ak kle sou aparèy ou. Si ou voye kounye a, sèvè nou an wè mo ou yo pou yon ti moman anvan li fèmen yo, tankou lè JavaScript fèmen. Pou evite sa, tann nòt sa a disparèt.',
  leave: 'Ale kounye a',
  leaveHint: 'Ale kounye a fini chat sa a, efase l nan navigatè sa a epi louvri yon lòt sit.',
  threadHeading: 'Chat ou',
  you: client.you,
  team: client.team,
  cannotShow: client.cannotShow,
  messageLabel: 'Mesaj ou',
  messageHint: 'Ou pa oblije bay non ou.',
  send: 'Voye',
  check: 'Gade nouvo repons',
  leaveKey: 'Ou ka peze bouton Escape la de fwa tou pou soti kounye a.',
  autoRefresh: 'Paj sa a chèche nouvo repons pou kont li chak {seconds} segonn. Mo ou poko voye yo pèdi lè li fè sa.',
  stopRefresh: 'Sispann chèche pou kont li',
  pressCheck: 'Pou wè nouvo repons, peze "Gade nouvo repons".',
  noCookiesForm:
    'Navigatè ou a pa kenbe cookies pou sit sa a. Chat la mache, men sèlman sou paj sa a: pa rechaje l epi pa tounen dèyè. Pou wè nouvo repons, peze "Gade nouvo repons". Pou chat la rete apre yon rechajman, pèmèt cookies pou sit sa a.',
  otherWays: 'Ou ka rele nou oswa ekri nou tou nan {number}.',
  errorPrefix: client.errorPrefix,
  client,
};
