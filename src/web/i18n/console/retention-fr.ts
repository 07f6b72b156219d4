import type { BurnText, RetentionSettingsText } from './retention-types';

export const frRetentionSettings: RetentionSettingsText = {
  heading: 'Combien de temps nous gardons les choses',
  intro:
    'Kith efface tout cela tout seul quand le délai est passé. Plus court, c’est plus sûr : ce que l’équipe ne garde pas ne peut être ni saisi, ni réclamé, ni partagé.',
  fields: {
    wordsDays: {
      label: 'Texte des messages et des notes, en jours',
      hint: 'Texte des messages et des notes : effacé ce nombre de jours après la fin de la conversation ou la dernière modification de la note. De 1 à 90 jours.',
    },
    evaluationDays: {
      label: 'Traces des appels et des conversations, en jours',
      hint: 'Quand les appels et les conversations ont eu lieu et comment ils ont fini, sans mots ni numéros : effacé ce nombre de jours après leur fin. De 7 à 365 jours.',
    },
    blocksDays: {
      label: 'Blocages d’expéditeurs, en jours',
      hint: 'Le blocage de quelqu’un qui a envoyé des SMS non voulus : levé et effacé ce nombre de jours après sa création. De 1 à 365 jours.',
    },
  },
  numbersBefore:
    'Les numéros des appelants sont effacés quelques heures après la fin d’une conversation. Vous choisissez le nombre d’heures sous SMS et chat : ',
  numbersAfter: '.',
  errors: {
    wordsDays: 'Entrez un nombre entier de jours entre 1 et 90',
    evaluationDays: 'Entrez un nombre entier de jours entre 7 et 365',
    blocksDays: 'Entrez un nombre entier de jours entre 1 et 365',
  },
};

export const frBurn: BurnText = {
  heading: 'Tout brûler',
  intro:
    'Pour une urgence : si le serveur risque d’être saisi, ou si quelqu’un a pu s’y introduire. Brûler détruit, d’un coup, tout ce qui ouvre ce que l’équipe a écrit.',
  destroysHeading: 'Ce qui est détruit',
  destroys: [
    'Toutes les clés qui ouvrent les notes et les messages : la connexion et la clé privée de chacun, et la clé propre à chaque note et à chaque message.',
    'Les notes et les messages verrouillés eux-mêmes, et la liste de qui les a ouverts.',
    'Tous les numéros d’appelants et d’expéditeurs que Kith garde, et la liste des expéditeurs bloqués. Les conversations encore ouvertes sont fermées.',
    'La connexion de tout le monde, la vôtre aussi : tout le monde est déconnecté d’un coup.',
  ],
  keepsHeading: 'Ce qui reste',
  keeps: [
    'Les réglages du programme et le plan d’urgence.',
    'La liste de l’équipe, avec les noms et les numéros de téléphone, et les permanences.',
    'Les traces des appels et des conversations, sans mots ni numéros.',
    'Les désinscriptions : les personnes qui ont envoyé STOP ne reçoivent toujours pas de SMS.',
  ],
  lineKeepsAnswering:
    'La ligne continue de répondre : les appels sonnent toujours chez l’équipe, et les SMS arrivent toujours.',
  cannotUndo:
    'C’est définitif. Personne, pas même vous, ne pourra rouvrir une note ou un message brûlé. Ensuite, chacun rejoint l’équipe à nouveau avec une nouvelle invitation ; vous recevez la vôtre sur l’écran suivant.',
  confirm: {
    label: 'Pour confirmer, tapez le nom du programme : {name}',
    hint: 'Exactement comme il est écrit ici, avec les mêmes majuscules et espaces.',
  },
  button: 'Brûler maintenant',
  burning: 'Destruction en cours…',
  errors: {
    confirmMissing: 'Tapez le nom du programme pour confirmer',
    confirmWrong:
      'Ce n’est pas le nom du programme. Tapez-le exactement comme il est écrit, avec les mêmes majuscules et espaces',
    failed:
      'La destruction n’a pas pu se faire. Rien n’a été détruit si cette page montre encore les réglages. Réessayez.',
  },
  done: {
    title: 'Brûlé',
    heading: 'Le programme a été brûlé',
    burntAt: 'Brûlé à {time}. Plus rien de verrouillé ne peut être ouvert.',
    keyHeading: 'Créez votre nouvelle clé',
    keyBody:
      'Votre ancienne clé a disparu elle aussi. Ce lien vous permet d’en créer une nouvelle. Il marche une fois, pendant {hours} heures (jusqu’à {time}).',
    onceOnly: 'Copiez-le maintenant : il ne s’affiche qu’ici, et recharger ou fermer cette page le fait perdre.',
    linkLabel: 'Votre lien d’invitation',
    copy: 'Copier le lien',
    copied: 'Lien copié.',
    copyFailed: 'Copie impossible. Le lien est sélectionné : copiez-le vous-même.',
    setUpNow: 'Créer ma nouvelle clé maintenant',
    teamHeading: 'Vos coéquipiers',
    teamBody:
      'Tous les autres ont été déconnectés et leurs clés ont disparu. Une fois votre nouvelle clé créée, envoyez à chacun une nouvelle invitation depuis Équipe.',
  },
};
