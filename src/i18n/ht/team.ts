import type { BriefingTexts } from '../briefing';
import type { CareTeamCatalog } from '../care-team';
import type { RotaTexts } from '../rota';
import type { SwapTexts } from '../swaps';

/**
 * Draft (see ../languages.ts): the team's own texts in Haitian Creole — shift reminders, gap alerts,
 * calendar titles, swaps, the shift-start briefing and stepping back. The words a responder texts
 * (PRAN, POZ, RETOUNEN) are recognised in every language.
 */
export const rotaHt: RotaTexts = {
  myShift: '{program}: vadwouy {role} ({tier})',
  rotaShift: '{name}: {role} ({tier})',
  rotaName: '{program}: vadwouy ekip la',
  reminder: 'Kith: vadwouy {role} ou ({tier}) pou {program} kòmanse {when}. Louvri konsòl la: {url}',
  pushTitle: 'Vadwouy ou ap kòmanse byento',
  pushBody: 'Vadwouy {role} ({tier}), {when}',
  gap: 'Kith: pa gen pesonn sou telefòn nan depi {from} jiska {to} (nan {hours} è). Moun ki lib: {names}. Vadwouy: {url}',
  nobodyFree: 'pesonn',
  more: 'ak {count} lòt',
  roles: { phone: 'telefòn', field: 'teren', support: 'sipò', coordinator: 'kowòdinasyon' },
  tiers: { primary: 'premye k ap sonnen', backup: 'ranfò' },
};

export const swapsHt: SwapTexts = {
  offered:
    'Kith: {name} ofri yon vadwouy {role}, {when} jiska {until}. Pou pran l, reponn PRAN S{code}. Premye moun ki reponn lan genyen l. Konsòl: {url}',
  offeredTitle: 'Yon vadwouy ou ka pran',
  taken: 'Kith: {taker} pran vadwouy {role} {giver} a, {when} jiska {until}.',
  takenAwaiting:
    'Kith: {taker} vle pran vadwouy {role} {giver} a, {when} jiska {until}. L ap tann yon kowòdonatè: {url}',
  yourShiftTaken: 'Kith: {taker} pran vadwouy {role} ou a, {when} jiska {until}. Ou pa sou li ankò.',
  yourSwapDeclined: 'Kith: yon kowòdonatè di non pou chanjman vadwouy {role} ou a, {when}. Li toujou pou ou.',
  youTookIt: 'Kith: vadwouy {role} a, {when} jiska {until}, se pou ou kounye a. Mèsi.',
  youTookItAwaiting: 'Kith: ou mande pran vadwouy {role} a, {when} jiska {until}. Yon kowòdonatè ap di wi oswa non.',
  takeApproved: 'Kith: yon kowòdonatè di wi. Vadwouy {role} a, {when} jiska {until}, se pou ou kounye a.',
  takeDeclined: 'Kith: yon kowòdonatè di non. Vadwouy {role} a, {when}, rete pou {giver}.',
  gone: 'Kith: padon, vadwouy sa a pa la ankò. Yon lòt moun pran l, oswa yo retire l.',
  cannotTake: 'Kith: ou pa ka pran vadwouy sa a: ou deja sou vadwouy, ou absan, oswa sa t ap kase yon règ repo.',
  unknownCode: 'Kith: pa gen vadwouy ouvè ki gen nimewo sa a. Gade tèks ou te resevwa a, oswa louvri konsòl la.',
  awayAsked: 'Kith: {name} mande yon konje, {when} jiska {until}. Tanpri di wi oswa non: {url}',
  awayApproved: 'Kith: konje ou, {when} jiska {until}, aksepte.',
  awayDeclined: 'Kith: konje ou, {when} jiska {until}, pa aksepte. Tanpri pale ak yon kowòdonatè.',
  takeWords: ['PRAN'],
  roles: { phone: 'telefòn', field: 'teren', support: 'sipò', coordinator: 'kowòdinasyon' },
};

export const briefingHt: BriefingTexts = {
  due: 'Kith: vadwouy ou nan {program} kòmanse. Tanpri li plan ijans ekip la epi peze “Mwen li l”: {url} — yo p ap sonnen w jiskaske ou fè sa.',
  nobodyBriefed:
    'Kith: pa gen pesonn sou telefòn nan ki ka sonnen kounye a: {names} dwe li plan ijans lan anvan. Jiska lè sa a, apèl yo ale nan mesaj pa gen repons lan. Konsòl: {url}',
  page: {
    title: 'Anvan vadwouy ou: plan ijans lan',
    intro: 'Tanpri li plan ijans {program}. Yo ka sonnen w depi ou konfime ou li l.',
    version: 'Vèsyon {version}, anrejistre {time}',
    button: 'Mwen li l',
    done: 'Mèsi. Yo ka sonnen w kounye a.',
    gone: 'Lyen sa a deja sèvi oswa li ekspire. Louvri konsòl la pou li plan an.',
    changed: 'Plan an chanje pandan ou t ap li. Tanpri li vèsyon sa a.',
    empty: 'Plan an vid.',
  },
};

export const careTeamHt: CareTeamCatalog = {
  steppedBack:
    'Kith: {name} fè yon pa dèyè sou vadwouy {role} a jiska {end}. Tanpri jwenn yon ranplasan. Konsòl: {url}',
  youSteppedBack:
    'Kith: ou pa sou liy lan jiskaske vadwouy ou fini a {end}. Nou di kowòdonatè a. Pran swen tèt ou. Reponn RETOUNEN pou tounen.',
  notOnShift: 'Kith: ou pa sou vadwouy kounye a, kidonk pa gen anyen pou kite.',
  youAreBack: 'Kith: byenveni ankò. Yo ka sonnen w ankò.',
  stepBackWords: ['POZ'],
  backWords: ['RETOUNEN'],
};
