import type { TextCatalog } from '../texting';

/** Draft (see ../languages.ts). START stays in English: after an English STOP, carriers honour only START. */
export const textFr: TextCatalog = {
  languageOffer: 'Pour le français, répondez FRANÇAIS.',
  firstReply:
    'Vous êtes bien à {program}. Nous n’appelons jamais la police. Une personne de notre équipe lira vos messages et vous répondra ici. ' +
    '{scope} Nous répondons {hours}. Seule notre équipe peut lire vos messages. Nous oublions votre numéro {kept}. Répondez AIDE pour de l’aide, ou ARRET pour ne plus recevoir de messages.',
  offHours: 'Nous sommes fermés en ce moment. Nous répondons {hours}. Merci de nous écrire à ce moment-là.',
  joined: 'Une personne de notre équipe est là. Vous pouvez lui écrire dans cette conversation.',
  noAnswer:
    'Nous sommes désolés. Personne dans notre équipe ne peut répondre en ce moment. Réécrivez plus tard, ou appelez ce numéro quand nous sommes ouverts.',
  closed:
    'Cette conversation est terminée. Merci de nous avoir contactés. Vous pouvez écrire à ce numéro à tout moment pour nous joindre.',
  help: '{program} : une ligne de soutien communautaire. Écrivez ici pour joindre notre équipe. Nous n’appelons jamais la police. Répondez ARRET (ou STOP) pour ne plus recevoir de messages, et START pour les recevoir à nouveau.',
  stopped: 'Vous ne recevrez plus de messages de {program}. Répondez START pour les recevoir à nouveau.',
  started: 'Vous pouvez de nouveau écrire à {program}. Répondez ARRET pour arrêter.',
  mediaNotReceived: 'Nous ne pouvons pas voir les images ni les fichiers ici. Merci d’écrire avec des mots.',
  languageSwitched: 'Nous vous écrirons en français.',
  slowDown:
    'Vous envoyez des messages très vite. Attendez un moment, s’il vous plaît. Nous avons bien reçu vos messages.',
  keptFor: '{hours} heures après la fin de notre échange',
  keptForOne: 'une heure après la fin de notre échange',
  keptForNone: 'dès la fin de notre échange',

  alert: 'Kith : nouvelle conversation par texto, {alias}. Répondez "{alias}" pour la prendre, ou ouvrez {url}',
  alertBackup:
    'Kith : {alias} attend depuis {minutes} minutes sans personne. Répondez "{alias}" pour la prendre, ou ouvrez {url}',
  digest: 'Kith : {count} autres conversations par texto ouvertes dans la dernière minute. Ouvrez {url}',
  relayed: '{alias} : {body}',
  relayedMedia: '{alias} : (a envoyé une image, que Kith ne garde pas)',
  taken: 'Kith : {name} a pris {alias}. Merci.',
  yours:
    'Kith : {alias} est à vous. Écrivez "{alias} votre message" pour répondre, "{alias} DONE" pour fermer, "{alias} RELEASE" pour la rendre.',
  handedToYou: 'Kith : {name} vous a confié {alias}. Ouvrez {url}',
  notYours: 'Kith : {alias} n’est pas ouverte, ou est à quelqu’un d’autre.',
  notOnCall:
    'Kith : vous n’êtes pas de garde pour les textos, vous ne pouvez donc pas prendre {alias}. Les personnes de garde l’ont.',
  whichOne: 'Kith : commencez votre message par le nom de la conversation, comme "{alias} votre message".',
  closedByYou: 'Kith : {alias} est fermée. Merci. Prenez soin de vous.',
  released: 'Kith : {alias} est revenue dans la file.',
  replyFailed: 'Kith : votre réponse à {alias} n’a pas pu être envoyée. Réessayez, ou utilisez la console.',
  chatInConsole: 'Kith : {alias} est un chat web. Répondez dans la console : {url}',
};
