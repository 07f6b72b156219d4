import type { PublicCatalog } from './web-catalog';

/** French, draft (src/i18n/languages.ts): the public pages only; the team's pages come later. */
export const fr: PublicCatalog = {
  lang: 'fr',
  dir: 'ltr',
  languageName: 'Français',
  layout: {
    brand: 'Kith',
    skipLink: 'Aller au contenu principal',
    languageNav: 'Langue',
  },
  front: {
    notSetUp: {
      title: 'Kith fonctionne',
      heading: 'Kith fonctionne, mais cette ligne n’est pas encore configurée',
      body: 'La personne qui a lancé Kith la configure, une seule fois. Cherchez dans la sortie du serveur (le terminal ou le journal où Kith a démarré) le lien de configuration à usage unique. Il finit par « /setup#token= » et un long code. Ouvrez-le dans votre navigateur.',
      where:
        'Si le lien a plus de 24 heures, ou si vous ne le trouvez pas, redémarrez Kith : il en affiche un nouveau.',
      never:
        'Cette page n’affiche jamais le lien de configuration : toute personne qui le voit pourrait configurer la ligne.',
    },
    title: '{program}',
    reachHeading: 'Comment nous joindre',
    callOrText: 'Appelez ou envoyez un texto au {number}.',
    noNumber: 'Cette ligne n’a pas encore de numéro de téléphone.',
    chat: 'Discutez avec nous en ligne',
    teamHeading: 'Pour l’équipe',
    signIn: 'Se connecter à la console',
    noAccount: 'Pas encore de compte ? Demandez un lien d’invitation à votre coordination.',
  },
};
