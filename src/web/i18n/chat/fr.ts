import type { ChatText } from './types';

/** Draft (src/i18n/languages.ts): not yet read by a fluent speaker. */
const client = {
  waiting:
    'Votre message est envoyé. Attendez ici, s’il vous plaît : une personne de notre équipe va bientôt vous rejoindre.',
  noAnswer: 'Nous sommes désolés. Personne dans notre équipe ne peut répondre en ce moment. Réessayez plus tard.',
  joined: 'Une personne de notre équipe vous a rejoint. Vous pouvez lui écrire ici.',
  closed:
    'Ce chat est terminé. Merci de nous avoir contactés. Vous pouvez commencer un nouveau chat à tout moment en écrivant ci-dessous.',
  blocked: 'Vous ne pouvez plus envoyer de messages dans ce chat. Merci de votre compréhension.',
  slowDown:
    'Vous envoyez des messages très vite. Attendez une minute, puis renvoyez. Nous avons ce que vous avez déjà envoyé.',
  busy: 'Beaucoup de personnes commencent un chat en ce moment. Attendez une minute et réessayez.',
  empty: 'Écrivez un message avant de l’envoyer.',
  tooLong: 'Votre message est trop long. Envoyez-le en plusieurs parties (jusqu’à {max} caractères chacune).',
  expired: 'Votre chat est introuvable dans ce navigateur. Renvoyez votre message, s’il vous plaît.',
  lineWait:
    'Beaucoup de personnes nous écrivent en ce moment. Nous préparons la ligne pour vous. Vous pourrez envoyer votre message dans environ {seconds} secondes.',
  lineReadying:
    'Beaucoup de personnes nous écrivent en ce moment. Nous préparons la ligne pour vous… Cela prend quelques secondes. Vous pouvez écrire votre message en attendant.',
  lineReady: 'La ligne est prête. Vous pouvez envoyer votre message.',
  notYet:
    'Nous préparons encore la ligne pour vous. Attendez environ {seconds} secondes, puis envoyez de nouveau. Votre message est toujours là.',
  proofNeeded:
    'Beaucoup de personnes nous écrivent en ce moment. Nous préparons la ligne pour vous. Attendez environ {seconds} secondes, puis envoyez de nouveau. Votre message est toujours là.',
  failed: 'Votre message n’a pas pu être envoyé. Réessayez.',
  noCookies:
    'Votre navigateur ne garde pas les cookies pour ce site. Le chat marche tant que cette page reste ouverte, mais si vous la rechargez ou la fermez, le chat se termine. Pour le garder après un rechargement, autorisez les cookies pour ce site.',
  noWasm:
    'Ce navigateur ne peut pas verrouiller vos mots sur votre appareil (WebAssembly est désactivé). Le chat marche quand même : notre serveur voit vos mots un instant avant de les verrouiller, comme quand JavaScript est désactivé. Pour voir les nouvelles réponses, appuyez sur « Voir les nouvelles réponses ».',
  newReply: 'Une nouvelle réponse est arrivée. Appuyez sur « Voir les nouvelles réponses » pour la lire.',
  teamWrote: 'Notre équipe a écrit : {words}',
  escapeAgain: 'Appuyez encore sur Échap pour partir maintenant.',
  sending: 'Envoi…',
  sent: 'Envoyé.',
  you: 'Vous',
  team: 'Notre équipe',
  cannotShow: 'Ce message ne peut pas s’afficher dans ce navigateur.',
  errorPrefix: 'Erreur :',
};

export const chatFr: ChatText = {
  title: 'Discutez avec nous',
  heading: 'Chat avec {program}',
  promisesHeading: 'Avant de commencer',
  neverPolice: 'Nous n’appelons jamais la police. Personne ne viendra vous voir si vous ne le demandez pas.',
  whoReads:
    'Une personne de notre équipe lit vos messages et vous répond ici. Vos messages sont verrouillés : seuls notre équipe et vous pouvez les lire.',
  hours: 'Nous répondons {hours}.',
  kept: 'Notre serveur garde vos messages seulement verrouillés, et ne peut pas les lire. {kept} après la fin du chat, nous oublions de quel navigateur il venait.',
  keptFor: '{hours} heures',
  noAccount: 'Vous n’avez besoin ni de compte ni de numéro de téléphone. Nous ne gardons pas votre adresse IP.',
  closedNow: 'Nous sommes fermés en ce moment. Nous répondons {hours}. Revenez à ce moment-là, s’il vous plaît.',
  noScriptHeading: 'JavaScript est désactivé',
  noScript:
    'Le chat fonctionne quand même. Mais sans JavaScript, notre serveur voit vos mots un instant avant de les verrouiller. Avec JavaScript, vos mots sont verrouillés sur votre appareil avant l’envoi.',
  lockNote:
    'Cette page se prépare encore à verrouiller vos mots sur votre appareil. Si vous envoyez maintenant, notre serveur voit vos mots un instant avant de les verrouiller, comme sans JavaScript. Pour l’éviter, attendez que cette note disparaisse.',
  leave: 'Partir maintenant',
  leaveHint: 'Partir maintenant termine ce chat, l’efface de ce navigateur et ouvre un autre site.',
  threadHeading: 'Votre chat',
  you: client.you,
  team: client.team,
  cannotShow: client.cannotShow,
  messageLabel: 'Votre message',
  messageHint: 'Vous n’avez pas à donner votre nom.',
  send: 'Envoyer',
  check: 'Voir les nouvelles réponses',
  leaveKey: 'Vous pouvez aussi appuyer deux fois sur la touche Échap pour partir maintenant.',
  autoRefresh:
    'Cette page cherche toute seule les nouvelles réponses toutes les {seconds} secondes. Les mots que vous n’avez pas encore envoyés sont alors perdus.',
  stopRefresh: 'Arrêter de chercher tout seul',
  pressCheck: 'Pour voir les nouvelles réponses, appuyez sur « Voir les nouvelles réponses ».',
  noCookiesForm:
    'Votre navigateur ne garde pas les cookies pour ce site. Le chat marche, mais seulement sur cette page : ne la rechargez pas et ne revenez pas en arrière. Pour voir les nouvelles réponses, appuyez sur « Voir les nouvelles réponses ». Pour garder le chat après un rechargement, autorisez les cookies pour ce site.',
  otherWays: 'Vous pouvez aussi nous appeler ou nous écrire au {number}.',
  errorPrefix: client.errorPrefix,
  client,
};
