import type { WebCatalog } from './web-catalog';
import { frConsole } from './console/fr';

/** French, draft (src/i18n/languages.ts): every page, translated from English, not yet read by a fluent speaker. */
export const fr: WebCatalog = {
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
  setup: {
    title: 'Configurer Kith',
    heading: 'Configurez votre ligne',
    intro: 'Créez votre programme et votre propre compte de coordination. Vous ne le faites qu’une fois.',
    needsScript: {
      heading: 'Cette page a besoin de JavaScript',
      body: 'La configuration se fait dans votre navigateur pour que votre jeton de configuration n’arrive jamais dans les journaux du serveur. Activez JavaScript et rouvrez le lien de configuration.',
      cliIntro: 'Ou configurez plutôt depuis un terminal :',
      cliCommand: 'npx kith setup --url {url} --token SETUP_TOKEN --program "Notre ligne" --name "Votre nom"',
      tokenHint:
        'Mettez votre jeton de configuration à la place de SETUP_TOKEN : c’est la partie du lien de configuration après « token= ».',
    },
    noToken: {
      heading: 'Ce lien n’a pas de jeton de configuration',
      body: 'Ouvrez le lien de configuration en entier, tel que Kith l’a affiché au démarrage. Il se termine par « #token= » et un long code. Si vous ne l’avez plus, redémarrez Kith et il affichera un nouveau lien.',
    },
    alreadySetUp: {
      title: 'Déjà configuré',
      heading: 'Cette ligne est déjà configurée',
      body: 'Son lien de configuration a déjà servi : cette page n’a plus rien à faire. Connectez-vous plutôt à la console.',
      signIn: 'Se connecter',
      noAccount: 'Pas encore de compte ? Demandez un lien d’invitation à votre coordination.',
    },
    badToken: {
      heading: 'Ce lien de configuration ne marche plus',
      body: 'Il a déjà servi, il a plus de 24 heures, ou Kith a redémarré après l’avoir affiché. Redémarrez Kith pour avoir un nouveau lien.',
      alreadySetUp: 'Si votre ligne est déjà configurée, vous n’avez pas besoin de cette page : connectez-vous plutôt.',
    },
    form: {
      programName: {
        label: 'Nom de votre programme',
        hint: 'Les appelants entendent ce nom quand ils appellent. Par exemple : Ligne d’entraide du quartier Nord.',
      },
      name: { label: 'Votre nom', hint: 'Votre équipe le voit. Les appelants, jamais.' },
      phone: {
        label: 'Votre numéro de téléphone (facultatif)',
        hint: 'Utile seulement si vous prenez vous-même des appels. Les appelants ne le voient jamais.',
      },
      languages: { legend: 'Langues que vous parlez', hint: 'Choisissez toutes celles qui s’appliquent.' },
      otherLanguages: {
        label: 'Autres langues (facultatif)',
        hint: 'Codes de langue courts, séparés par des virgules. Par exemple : pt, fr.',
      },
      submit: 'Configurer Kith',
      errorSummaryTitle: 'Il y a un problème',
    },
    client: {
      errorPrefix: 'Erreur :',
      errorTitlePrefix: 'Erreur : ',
      fieldErrors: {
        programName: 'Entrez le nom de votre programme (120 caractères au plus).',
        name: 'Entrez votre nom (120 caractères au plus).',
        phone:
          'Entrez un numéro de téléphone comme 202 555 0111, ou laissez vide. Pour un numéro hors des États-Unis, commencez par + et l’indicatif du pays.',
        languages: 'Choisissez au moins une langue que vous parlez.',
        otherLanguages: 'Écrivez chaque autre langue avec un code court, comme pt ou fr, séparés par des virgules.',
      },
      otherProblem: 'Quelque chose ne va pas dans le formulaire. Vérifiez chaque réponse et réessayez.',
      failed: 'Un problème est survenu chez nous. Attendez un moment et réessayez.',
      created: 'Votre ligne est créée. Maintenant, créez votre connexion…',
    },
  },
  console: frConsole,
};
