import type { PublicCatalog } from './web-catalog';

/** Tagalog, draft (src/i18n/languages.ts): the public pages only; the team's pages come later. */
export const tl: PublicCatalog = {
  lang: 'tl',
  dir: 'ltr',
  languageName: 'Tagalog',
  layout: {
    brand: 'Kith',
    skipLink: 'Pumunta sa pangunahing nilalaman',
    languageNav: 'Wika',
  },
  front: {
    notSetUp: {
      title: 'Tumatakbo ang Kith',
      heading: 'Tumatakbo ang Kith, pero hindi pa naka-set up ang linyang ito',
      body: 'Ang nagpatakbo ng Kith ang magse-set up nito, isang beses lang. Hanapin sa output ng server (ang terminal o log kung saan nagsimula ang Kith) ang link ng setup na isang beses lang magagamit. Nagtatapos ito sa “/setup#token=” at isang mahabang code. Buksan ito sa browser mo.',
      where: 'Kung mahigit 24 oras na ang link, o hindi mo ito makita, i-restart ang Kith: magpi-print ito ng bago.',
      never:
        'Hindi kailanman ipinapakita ng page na ito ang link ng setup: sinumang makakita nito ay makakapag-set up ng linya.',
    },
    title: '{program}',
    reachHeading: 'Paano kami maaabot',
    callOrText: 'Tumawag o mag-text sa {number}.',
    noNumber: 'Wala pang numero ng telepono ang linyang ito.',
    chat: 'Makipag-chat sa amin online',
    teamHeading: 'Para sa team',
    signIn: 'Mag-sign in sa console',
    noAccount: 'Wala ka pang account? Humingi ng invite link sa coordinator mo.',
  },
};
