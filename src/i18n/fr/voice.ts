import type { Catalog } from '../catalog';

/** Draft (see ../languages.ts): plain French, short sentences, not yet read by a fluent speaker. */
export const fr: Catalog = {
  greeting: 'Vous êtes bien à {program}, une ligne de soutien communautaire.',
  languageChoice: 'Pour le français, appuyez sur {digit}.',
  disclosures:
    'Cette ligne n’appelle jamais la police. Personne ne viendra vous voir si vous ne le demandez pas. Votre appel n’est pas enregistré. {scope} Nous répondons {hours}.',
  scopeIntro: 'Nous pouvons aider en cas de',
  scope: {
    emergency: 'urgence',
    crisis: 'crise',
    prevention: 'préparation pour rester en sécurité',
    aftercare: 'besoin de soutien après une crise',
  },
  notEmergencyService: 'Nous ne sommes pas un service médical d’urgence.',
  offHours:
    'Nous sommes fermés en ce moment. Nous répondons {hours}. Merci de rappeler à ce moment-là. ' +
    'Vous pouvez aussi envoyer un texto à ce numéro. Merci de nous avoir contactés. Au revoir.',
  noAnswer:
    'Nous sommes désolés. Personne dans notre équipe ne peut répondre en ce moment. ' +
    'Merci de rappeler dans quelques minutes, ou d’envoyer un texto à ce numéro. ' +
    'Merci de nous avoir contactés. Au revoir.',
  hold: 'Nous cherchons quelqu’un de notre équipe. Merci de rester en ligne.',
  holdStill: 'Nous cherchons toujours quelqu’un. Merci de rester en ligne.',
  holdTrouble: 'Désolés, nous avons eu un problème. Merci de rester en ligne. Nous cherchons toujours quelqu’un.',
  connected: 'Nous vous mettons en relation.',
  callEnded: 'Cet appel est terminé. Si vous avez encore besoin de soutien, appelez-nous.',
  responderEnded:
    'La personne qui vous aidait a dû terminer l’appel. Si vous avez encore besoin de soutien, rappelez-nous.',
  hoursAlways: 'tous les jours, à toute heure',
  hoursNone: 'à des horaires que nous donnerons bientôt',
  hoursDay: '{days}, {spans}',
  hoursSpan: 'de {start} à {end}',
  midnight: 'minuit',
  whisper:
    'Appel Kith pour {program}. Appuyez sur 1 pour accepter. Appuyez sur 2 si vous ne pouvez pas le prendre. Une fois en relation, appuyez sur étoile pour terminer l’appel.',
  whisperCallerLanguage: 'La personne a choisi : {language}.',
  whisperTaken: 'Quelqu’un d’autre a pris cet appel. Merci.',
  whisperGone: 'La personne n’attend plus. Merci.',
  whisperEarly:
    'Merci. La personne écoute encore ce que cette ligne lui promet. Restez en ligne : vous serez mis en relation dès la fin. Appuyez sur étoile pour terminer l’appel.',
  whisperHungUp: 'La personne a raccroché avant la mise en relation. Vous pouvez raccrocher. Merci.',
  whisperNotConnected:
    'Nous n’avons pas pu vous mettre en relation. Nous cherchons encore quelqu’un pour elle. Vous pouvez raccrocher. Merci.',
  whisperDeclined: 'D’accord. Nous cherchons quelqu’un d’autre. Merci.',
  afterCall:
    'L’appel est terminé. Si cet appel vous est arrivé par erreur, appuyez sur 1. Si vous avez dû y mettre fin, appuyez sur 2. Sinon, vous pouvez raccrocher.',
  afterCallThanks: 'Merci. C’est noté. Prenez soin de vous.',
};
