import type { MemberKeypadWords } from '../member-keypad';
import type { MembersCatalog } from '../members';

/**
 * Draft (see ../languages.ts): texts to members and their people (French (vous)), and what a member hears
 * keying a code on a call. Written without a fluent speaker's check; the words members type are
 * recognised in every language, so none may be a common word sent alone.
 */
export const membersFr: MembersCatalog = {
  meanings: {
    safe: 'Bonne nuit : je suis en sécurité',
    meet: 'Rentre : rejoins-moi',
    call: 'Appelle-moi',
    naloxone: 'Apporte de la naloxone',
  },
  welcome:
    'Bienvenue à {program}. Votre numéro de membre est {number}. Codes : {codes}. Écrivez QUITTER pour partir ; nous vous oublions alors aussitôt. Nous n’appelons jamais la police.',
  codeItem: '{code} = {meaning}',
  sentPeers: 'Bien reçu. Nous avons prévenu vos personnes.',
  sentTeam: 'Bien reçu. Nous avons prévenu l’équipe de garde.',
  sentNoOne: 'Bien reçu, mais personne n’a pu être prévenu. Demandez à l’équipe d’ajouter vos personnes.',
  relay: 'Kith : le membre {member} a envoyé {code} : {meaning}.',
  relayPlace: ' Lieu : {place}.',
  noSuchPlace: 'Il n’y a pas de lieu {place} dans la liste : le code est parti sans lieu.',
  duressAlert:
    'Kith, alerte discrète : le membre {member} a envoyé son mot de danger. Il n’est peut-être pas en sécurité, et quelqu’un voit peut-être son téléphone. Ne lui écrivez pas à ce sujet. Parlez-en d’abord en équipe.',
  left: 'Vous avez quitté {program}. Nous avons effacé votre numéro et tout ce qui vous concerne.',
  checkInSet:
    'Rappel enregistré. Si nous ne recevons pas {code} de vous avant {time}, nous prévenons vos personnes, puis l’équipe de garde. Jamais la police ni le 911.',
  watchSet:
    'Nous vous écrirons chaque jour à {time} pendant {days} jours. Répondez à chaque message. Si vous en manquez deux, nous prévenons vos personnes, puis l’équipe de garde. Jamais la police ni le 911.',
  watchPrompt: '{program} : nous prenons de vos nouvelles. Répondez OK quand vous voyez ceci.',
  watchThanks: 'Merci. Nous vous écrirons de nouveau demain.',
  watchEnded:
    'Vos messages quotidiens de {program} sont terminés. Prenez soin de vous. Vous pouvez nous écrire à tout moment.',
  missedPeers:
    'Kith : le membre {member} ne s’est pas manifesté avant {time}. Vous faites partie de ses personnes. Merci de le contacter. Si c’est fait, écrivez "{member} OK" ici. Si personne ne le fait en {minutes} minutes, nous prévenons l’équipe de garde. Jamais la police.',
  missedTeam:
    'Kith : le membre {member} a manqué un rappel ({time}) et aucune de ses personnes n’a dit s’en occuper. Contactez-le en équipe, s’il vous plaît. Jamais la police ni le 911.',
  acked: 'Merci. Nous ne prévenons pas l’équipe.',
  tooMany:
    'Nous n’avons pas transmis ceci : beaucoup de codes ont été envoyés pour vous cette heure-ci. Si vous avez besoin de quelqu’un maintenant, appelez ou écrivez à ce numéro.',
  checkInsFull: 'Vous avez déjà {max} rappels. Demandez d’abord à l’équipe d’en annuler un.',
  planLink:
    'Votre plan de crise : {url} Ce lien ne marche qu’une fois, pendant une heure. Seul votre code ouvre votre plan. Ne partagez pas ce lien.',
  planOpened: 'Votre plan est ouvert à {names} jusqu’à la fin de cette conversation.',
  planOpenedNoKey:
    'Votre code est bon, mais personne dans cette conversation ne peut encore lire les plans. Dites-leur ce qui vous aide.',
  planWrong: 'Ce code n’a pas ouvert votre plan. Il vous reste {left} essais cette heure-ci.',
  planLocked: 'Trop de codes faux. Votre plan est bloqué pendant une heure au plus. Vous pouvez toujours nous écrire.',
  planNone: 'Vous n’avez pas encore de plan. Envoyez PLAN pour recevoir un lien et l’écrire.',
  planNoConversation: 'Écrivez-nous d’abord, pour que quelqu’un soit avec vous. Puis renvoyez PLAN et votre code.',
  leaveWords: ['QUITTER'],
  okWords: ['OUI', 'BIEN'],
  checkWords: ['RAPPEL'],
  watchWords: ['SUIVI'],
  planWords: ['PLAN'],
  placeWords: ['L', 'LIEU'],
};

export const memberKeypadFr: MemberKeypadWords = {
  numberPrompt: 'Membres : tapez votre numéro de membre.',
  codePrompt: 'Tapez maintenant votre code, puis la touche dièse.',
  placePrompt: 'Pour ajouter un lieu, tapez étoile et son numéro avant la touche dièse.',
  notFound: 'Nous n’avons pas trouvé ce numéro de membre.',
  noSuchCode: 'Ce n’est pas un des codes.',
  goodbye: 'Au revoir.',
  planHint:
    'Pour ouvrir votre plan de crise pour cet appel, tapez étoile, puis le code de votre plan, puis la touche dièse.',
  planOpened: 'Votre plan est ouvert. La personne qui répond à cet appel peut le lire jusqu’à la fin de l’appel.',
  planNoKey:
    'Votre code est bon, mais personne qui peut répondre ne peut encore lire les plans. Dites-leur ce qui vous aide.',
  planWrong:
    'Ce code n’a pas ouvert votre plan. Il reste {left} essais cette heure-ci. Vous pouvez dire votre code à la personne qui répond.',
  planLocked: 'Trop de codes faux. Votre plan est bloqué pendant une heure au plus.',
  planNone: 'Vous n’avez pas encore de plan.',
  planChecking: 'Nous vérifions encore votre code. S’il est bon, la personne qui répond pourra lire votre plan.',
  planThrough: 'Nous vous passons maintenant l’équipe.',
};
