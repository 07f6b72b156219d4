import type { BriefingTexts } from '../briefing';
import type { CareTeamCatalog } from '../care-team';
import type { RotaTexts } from '../rota';
import type { SwapTexts } from '../swaps';

/**
 * Draft (see ../languages.ts): the team's own texts in French (vous) — shift reminders, gap alerts,
 * calendar titles, swaps, the shift-start briefing and stepping back. The words a responder texts
 * (PRENDRE, PAUSE, RETOUR) are recognised in every language.
 */
export const rotaFr: RotaTexts = {
  myShift: '{program} : permanence {role} ({tier})',
  rotaShift: '{name} : {role} ({tier})',
  rotaName: '{program} : permanences de l’équipe',
  reminder: 'Kith : votre permanence {role} ({tier}) pour {program} commence {when}. Console : {url}',
  pushTitle: 'Votre permanence commence bientôt',
  pushBody: 'Permanence {role} ({tier}), {when}',
  gap: 'Kith : personne au téléphone de {from} à {to} (dans {hours} h). Libres pour la prendre : {names}. Permanences : {url}',
  nobodyFree: 'personne',
  more: 'et {count} autres',
  roles: { phone: 'téléphone', field: 'terrain', support: 'soutien', coordinator: 'coordination' },
  tiers: { primary: 'appelé en premier', backup: 'renfort' },
};

export const swapsFr: SwapTexts = {
  offered:
    'Kith : {name} propose une permanence {role}, {when} à {until}. Pour la prendre, répondez PRENDRE S{code}. La première réponse l’emporte. Console : {url}',
  offeredTitle: 'Une permanence que vous pouvez prendre',
  taken: 'Kith : {taker} a pris la permanence {role} de {giver}, {when} à {until}.',
  takenAwaiting:
    'Kith : {taker} veut prendre la permanence {role} de {giver}, {when} à {until}. En attente de la coordination : {url}',
  yourShiftTaken: 'Kith : {taker} a pris votre permanence {role}, {when} à {until}. Vous n’y êtes plus.',
  yourSwapDeclined: 'Kith : la coordination a refusé l’échange de votre permanence {role}, {when}. Elle reste à vous.',
  youTookIt: 'Kith : la permanence {role}, {when} à {until}, est à vous. Merci.',
  youTookItAwaiting:
    'Kith : vous avez demandé la permanence {role}, {when} à {until}. La coordination dira oui ou non.',
  takeApproved: 'Kith : la coordination a dit oui. La permanence {role}, {when} à {until}, est à vous.',
  takeDeclined: 'Kith : la coordination a dit non. La permanence {role}, {when}, reste à {giver}.',
  gone: 'Kith : désolé, cette permanence est déjà prise ou a été retirée.',
  cannotTake:
    'Kith : vous ne pouvez pas la prendre : vous êtes déjà de permanence, absent, ou ce serait trop sans repos.',
  unknownCode: 'Kith : aucune permanence ouverte n’a ce numéro. Relisez le message reçu, ou ouvrez la console.',
  awayAsked: 'Kith : {name} demande une absence, {when} à {until}. Dites oui ou non : {url}',
  awayApproved: 'Kith : votre absence, {when} à {until}, est acceptée.',
  awayDeclined: 'Kith : votre absence, {when} à {until}, n’est pas acceptée. Parlez-en à la coordination.',
  takeWords: ['PRENDRE'],
  roles: { phone: 'téléphone', field: 'terrain', support: 'soutien', coordinator: 'coordination' },
};

export const briefingFr: BriefingTexts = {
  due: 'Kith : votre permanence à {program} a commencé. Lisez le plan d’urgence de l’équipe et touchez « Je l’ai lu » : {url} — on ne vous appellera pas avant.',
  nobodyBriefed:
    'Kith : personne au téléphone ne peut être appelé : {names} doivent d’abord lire le plan d’urgence. D’ici là, les appels reçoivent le message sans réponse. Console : {url}',
  page: {
    title: 'Avant votre permanence : le plan d’urgence',
    intro: 'Lisez le plan d’urgence de {program}. On pourra vous appeler dès que vous confirmez l’avoir lu.',
    version: 'Version {version}, enregistrée {time}',
    button: 'Je l’ai lu',
    done: 'Merci. On peut maintenant vous appeler.',
    gone: 'Ce lien a déjà servi ou a expiré. Ouvrez la console pour lire le plan.',
    changed: 'Le plan a changé pendant votre lecture. Lisez cette version.',
    empty: 'Le plan est vide.',
  },
};

export const careTeamFr: CareTeamCatalog = {
  steppedBack:
    'Kith : {name} s’est retiré de la permanence {role} jusqu’à {end}. Trouvez un remplacement. Console : {url}',
  youSteppedBack:
    'Kith : vous êtes hors ligne jusqu’à la fin de votre permanence à {end}. La coordination est prévenue. Prenez soin de vous. Répondez RETOUR pour revenir.',
  notOnShift: 'Kith : vous n’êtes pas de permanence en ce moment, il n’y a rien à quitter.',
  youAreBack: 'Kith : bon retour. On peut de nouveau vous appeler.',
  stepBackWords: ['PAUSE'],
  backWords: ['RETOUR'],
};
