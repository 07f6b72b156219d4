import type { LineCheckText } from './line-check-types';

export const frLineCheck: LineCheckText = {
  heading: 'Vérification de la ligne téléphonique',
  intro:
    'Si l’opérateur téléphonique envoie bien les appels et les SMS de la ligne à Kith. Kith pose la question à l’opérateur chaque fois que cette page s’ouvre.',
  checking: 'Question posée à l’opérateur…',
  failed: 'Kith n’a pas pu finir la vérification. Réessayez dans une minute.',
  again: 'Vérifier à nouveau',
  allOk: 'Tout est connecté.',
  needsFixing: 'À corriger : {count}.',
  ok: 'OK',
  fix: 'À corriger',
  labels: {
    credentials: 'Compte chez l’opérateur',
    number: 'Le numéro chez l’opérateur',
    'public-url': 'Adresse publique de Kith',
    voice: 'Appels entrants',
    status: 'État des appels',
    fallback: 'Message de secours quand Kith ne peut pas répondre',
    texts: 'SMS entrants',
  },
  problems: {
    'no-provider':
      'Aucun opérateur téléphonique n’est configuré. La personne qui gère le serveur entre les informations du compte de l’opérateur (KITH_PROVIDER_…) et redémarre Kith.',
    refused:
      'L’opérateur n’a pas accepté les informations de compte de Kith. La personne qui gère le serveur les recopie depuis le site de l’opérateur et redémarre Kith.',
    unreachable: 'Kith n’a pas pu joindre l’opérateur. Vérifiez que le serveur a accès à Internet.',
    'provider-error': 'L’opérateur a répondu par une erreur. Réessayez dans quelques minutes.',
    'account-suspended':
      'L’opérateur a suspendu le compte : les appels et les SMS n’arriveront pas. Réglez cela avec l’opérateur.',
    'account-closed': 'Le compte chez l’opérateur est fermé. Utilisez un compte ouvert.',
    'trial-account':
      'C’est un compte d’essai : l’opérateur fait entendre son propre message à chaque appelant et n’appelle que les numéros vérifiés chez lui. Passez à un compte payant chez l’opérateur.',
    'no-number': 'Kith ne connaît pas encore le numéro de la ligne. Ajoutez-le sous « La ligne », plus haut.',
    'not-on-account':
      'Le numéro de la ligne n’est pas sur ce compte de l’opérateur. Vérifiez le numéro plus haut, ou utilisez le compte qui l’a.',
    'not-https': 'Cette adresse n’est pas sécurisée (https). L’opérateur a besoin d’une adresse sécurisée.',
    loopback: 'Cette adresse ne marche que sur le serveur lui-même : l’opérateur ne peut pas la joindre.',
    private: 'Cette adresse ne marche que sur un réseau privé : l’opérateur ne peut pas la joindre.',
    'not-set': 'Pas encore réglé.',
    'wrong-url': 'Envoie vers la mauvaise adresse.',
    'wrong-method': 'Utilise la mauvaise méthode.',
    'voice-application':
      'Une autre application chez l’opérateur répond aux appels à la place. Changez cela sur le site de l’opérateur.',
    'sms-application':
      'Une autre application chez l’opérateur reçoit les SMS à la place. Changez cela sur le site de l’opérateur.',
    trunk:
      'Un système téléphonique (trunk SIP) chez l’opérateur répond aux appels à la place. Changez cela sur le site de l’opérateur.',
    fax: 'Le numéro est réglé pour recevoir des fax. Réglez-le pour les appels vocaux sur le site de l’opérateur.',
    'points-at-kith':
      'Il est sur le serveur de Kith lui-même : quand Kith ne peut pas répondre, lui non plus. Hébergez-le ailleurs.',
    'not-checked': 'Pas vérifié tant que les problèmes ci-dessus ne sont pas corrigés.',
  },
  now: 'Maintenant :',
  mustBe: 'Doit être :',
  howToFix:
    'Pour corriger les adresses, lancez kith provider connect sur un ordinateur connecté à Kith : il montre chaque changement et demande d’abord. Le message de secours est une page que vous hébergez ailleurs, sans le numéro de téléphone de personne ; la partie « Connect a phone number » du README l’explique.',
};
