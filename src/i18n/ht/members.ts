import type { MemberKeypadWords } from '../member-keypad';
import type { MembersCatalog } from '../members';

/**
 * Draft (see ../languages.ts): texts to members and their people (Haitian Creole), and what a member hears
 * keying a code on a call. Written without a fluent speaker's check; the words members type are
 * recognised in every language, so none may be a common word sent alone.
 */
export const membersHt: MembersCatalog = {
  meanings: {
    safe: 'Bòn nwi: mwen an sekirite',
    meet: 'Ale lakay: vin jwenn mwen',
    call: 'Rele m',
    naloxone: 'Pote naloksòn',
  },
  welcome:
    'Byenveni nan {program}. Nimewo manm ou se {number}. Kòd yo: {codes}. Ekri SOTI pou w kite; lè sa a nou bliye w touswit. Nou pa janm rele lapolis.',
  codeItem: '{code} = {meaning}',
  sentPeers: 'Nou resevwa l. Nou avèti moun ou yo.',
  sentTeam: 'Nou resevwa l. Nou avèti ekip ki de gad la.',
  sentNoOne: 'Nou resevwa l, men nou pa t ka avèti pèsonn. Mande ekip la ajoute moun ou yo.',
  relay: 'Kith: manm {member} voye {code}: {meaning}.',
  relayPlace: ' Kote: {place}.',
  noSuchPlace: 'Pa gen kote {place} nan lis la, kidonk li ale san kote.',
  duressAlert:
    'Kith, alèt an silans: manm {member} voye mo danje li. Li ka pa an sekirite, e yon moun ka wè telefòn li. Pa ekri l sou sa. Pale an ekip anvan.',
  left: 'Ou kite {program}. Nou efase nimewo w ak tout sa nou te genyen sou ou.',
  checkInSet:
    'Randevou nouvèl la anrejistre. Si nou pa resevwa {code} nan men w anvan {time}, n ap avèti moun ou yo, apre sa ekip ki de gad la. Pa janm lapolis ni 911.',
  watchSet:
    'N ap ekri w chak jou a {time} pandan {days} jou. Tanpri reponn chak mesaj. Si w rate de, n ap avèti moun ou yo, apre sa ekip ki de gad la. Pa janm lapolis ni 911.',
  watchPrompt: '{program}: n ap pran nouvèl ou. Reponn OK lè w wè sa.',
  watchThanks: 'Mèsi. N ap ekri w ankò demen.',
  watchEnded: 'Mesaj chak jou {program} yo fini. Pran swen tèt ou. Ou ka ekri nou nenpòt ki lè.',
  missedPeers:
    'Kith: manm {member} pa t bay nouvèl anvan {time}. Ou se youn nan moun li yo. Tanpri kontakte l. Si w ap okipe sa, ekri "{member} OK" isit la. Si pèsonn pa fè l nan {minutes} minit, n ap avèti ekip ki de gad la. Pa janm lapolis.',
  missedTeam:
    'Kith: manm {member} rate yon randevou nouvèl ({time}) e pèsonn nan moun li yo pa di y ap okipe sa. Tanpri kontakte l an ekip. Pa janm lapolis ni 911.',
  acked: 'Mèsi. Nou p ap avèti ekip la.',
  tooMany:
    'Nou pa t pase sa: yo voye anpil kòd pou ou nan lè sa a. Si w bezwen yon moun kounye a, rele oswa ekri nimewo sa a.',
  checkInsFull: 'Ou gen {max} randevou nouvèl deja. Mande ekip la anile youn anvan.',
  planLink:
    'Plan kriz ou: {url} Lyen sa a mache yon sèl fwa, pandan inèdtan. Se kòd ou sèlman ki louvri plan ou. Pa pataje lyen sa a.',
  planOpened: 'Plan ou louvri pou {names} jiskaske konvèsasyon sa a fini.',
  planOpenedNoKey: 'Kòd ou bon, men pèsonn nan konvèsasyon sa a pa ka li plan yo ankò. Di yo sa ki ede ou.',
  planWrong: 'Kòd sa a pa louvri plan ou. Ou gen {left} esè ki rete nan lè sa a.',
  planLocked: 'Twòp move kòd. Plan ou fèmen pou jiska inèdtan. Ou ka toujou ekri nou.',
  planNone: 'Ou poko gen plan. Voye PLAN pou resevwa yon lyen pou ekri li.',
  planNoConversation: 'Ekri nou anvan, pou yon moun ka avè ou. Apre sa, voye PLAN ak kòd ou ankò.',
  leaveWords: ['SOTI'],
  okWords: ['WI', 'BYEN'],
  checkWords: ['CHEKE'],
  watchWords: ['CHAKJOU'],
  planWords: ['PLAN'],
  placeWords: ['K', 'KOTE'],
};

export const memberKeypadHt: MemberKeypadWords = {
  numberPrompt: 'Manm yo: peze nimewo manm ou.',
  codePrompt: 'Kounye a peze kòd ou, epi peze kare a.',
  placePrompt: 'Pou ajoute yon kote, peze zetwal ak nimewo li anvan kare a.',
  notFound: 'Nou pa jwenn nimewo manm sa a.',
  noSuchCode: 'Sa a se pa youn nan kòd yo.',
  goodbye: 'Orevwa.',
  planHint: 'Pou louvri plan kriz ou pou apèl sa a, peze zetwal, apre kòd plan ou, apre kare a.',
  planOpened: 'Plan ou louvri. Moun ki reponn apèl sa a ka li l jiskaske apèl la fini.',
  planNoKey: 'Kòd ou bon, men pèsonn ki ka reponn pa ka li plan yo ankò. Di yo sa k ede ou.',
  planWrong:
    'Kòd sa a pa louvri plan ou. Ou gen {left} eseye ki rete nan lè sa a. Ou ka di kòd ou bay moun ki reponn nan.',
  planLocked: 'Twòp move kòd. Plan ou bloke pou jiska inèdtan.',
  planNone: 'Ou poko gen plan.',
  planChecking: 'N ap toujou verifye kòd ou. Si li bon, moun ki reponn nan ka li plan ou.',
  planThrough: 'Kounye a n ap pase ou bay ekip la.',
};
