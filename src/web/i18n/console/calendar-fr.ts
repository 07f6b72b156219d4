import type { CalendarText } from './calendar-types';

/** Draft, translated from English; not yet read by a fluent speaker. */
export const frCalendar: CalendarText = {
  title: 'Mon calendrier et mes rappels',
  intro: 'Mettez vos permanences dans le calendrier de votre téléphone et choisissez comment nous vous le rappelons.',
  mine: {
    heading: 'Mes permanences dans mon calendrier',
    warning:
      'Toute personne qui a ce lien voit les heures de vos permanences. Gardez-le privé. Ajoutez-le à votre calendrier comme lien (abonnement).',
  },
  rota: {
    heading: 'Tout le planning',
    warning:
      'Toute personne qui a ce lien voit toutes les permanences et qui les fait. Gardez-le privé. Donnez-le seulement aux coordinateurs.',
  },
  linkLabel: 'Lien du calendrier',
  copy: 'Copier',
  copied: 'Copié.',
  copyFailed: 'Copie impossible. Sélectionnez le lien et copiez-le vous-même.',
  isOn: 'Un lien est actif. Il a été fait {time}.',
  isOff: 'Aucun lien actif.',
  make: 'Faire un lien',
  replace: 'Faire un nouveau lien',
  turnOff: 'Désactiver le lien',
  made: 'Voici votre lien. Il est montré seulement maintenant. Copiez-le avant de quitter cette page. L’ancien lien ne marche plus.',
  turnedOff: 'Le lien est désactivé. Il ne marche plus.',
  remindHeading: 'Rappels avant une permanence',
  whenLegend: 'Quand',
  leads: {
    '15': '15 minutes avant',
    '30': '30 minutes avant',
    '60': '1 heure avant',
    '120': '2 heures avant',
    '240': '4 heures avant',
    '720': '12 heures avant',
  },
  evening: 'La veille au soir',
  eveningAt: { label: 'Heure la veille au soir', hint: 'Entre 12:00 et 23:45.' },
  howLegend: 'Comment',
  bySms: 'Un SMS sur mon téléphone',
  byPush: 'Une notification sur mes appareils où je l’active',
  save: 'Enregistrer les rappels',
  saved: 'Rappels enregistrés.',
  deviceHeading: 'Cet appareil',
  deviceOn: 'Cet appareil reçoit les rappels.',
  deviceOff: 'Cet appareil ne reçoit pas les rappels.',
  remindHere: 'Me rappeler sur cet appareil',
  stopHere: 'Arrêter les rappels sur cet appareil',
  hereOn: 'C’est fait. Cet appareil vous rappellera.',
  hereOff: 'Cet appareil ne vous rappellera plus.',
  cannot: {
    noWorker: 'Ce navigateur ne peut pas montrer de rappels. Choisissez plutôt un SMS.',
    noPush: 'Ce navigateur ne peut pas recevoir de rappels. Choisissez plutôt un SMS.',
    denied:
      'Les notifications sont bloquées pour ce site. Pour les rappels ici, autorisez les notifications dans les réglages du navigateur.',
    failed: 'Ce navigateur n’a pas pu activer les rappels. Réessayez, ou choisissez un SMS.',
  },
};
