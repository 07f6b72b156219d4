import type { WebCatalog } from './web-catalog';
import { tlConsole } from './console/tl';

/** Tagalog, draft (src/i18n/languages.ts): every page, the team's too. */
export const tl: WebCatalog = {
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
  setup: {
    title: 'I-set up ang Kith',
    heading: 'I-set up ang linya mo',
    intro: 'Gawin ang programa mo at ang sarili mong coordinator account. Isang beses mo lang ito gagawin.',
    needsScript: {
      heading: 'Kailangan ng page na ito ang JavaScript',
      body: 'Tumatakbo ang setup sa browser mo para hindi kailanman umabot sa log ng server ang setup token mo. I-on ang JavaScript at buksan ulit ang link ng setup.',
      cliIntro: 'O mag-set up mula sa terminal:',
      cliCommand: 'npx kith setup --url {url} --token SETUP_TOKEN --program "Our Line" --name "Your Name"',
      tokenHint:
        'Ilagay ang setup token mo kapalit ng SETUP_TOKEN: ito ang bahagi ng link ng setup pagkatapos ng “token=”.',
    },
    noToken: {
      heading: 'Walang setup token ang link na ito',
      body: 'Buksan ang buong link ng setup na ipinrint ng Kith nang magsimula ito. Nagtatapos ito sa “#token=” at isang mahabang code. Kung wala na ito sa iyo, i-restart ang Kith at magpi-print ito ng bagong link.',
    },
    alreadySetUp: {
      title: 'Naka-set up na',
      heading: 'Naka-set up na ang linyang ito',
      body: 'Nagamit na ang link ng setup nito, kaya wala nang gagawin ang page na ito. Mag-sign in na lang sa console.',
      signIn: 'Mag-sign in',
      noAccount: 'Wala ka pang account? Humingi ng invite link sa coordinator mo.',
    },
    badToken: {
      heading: 'Hindi na gumagana ang link ng setup na ito',
      body: 'Nagamit na ito, mahigit 24 oras na ito, o na-restart ang Kith pagkatapos itong ma-print. I-restart ang Kith para makakuha ng bagong link.',
      alreadySetUp: 'Kung naka-set up na ang linya mo, hindi mo kailangan ang page na ito: mag-sign in na lang.',
    },
    form: {
      programName: {
        label: 'Pangalan ng programa mo',
        hint: 'Naririnig ng tumatawag ang pangalang ito kapag tumawag sila. Halimbawa: Northside Care Line.',
      },
      name: { label: 'Pangalan mo', hint: 'Nakikita ito ng team mo. Hindi kailanman ng tumatawag.' },
      phone: {
        label: 'Numero ng telepono mo (opsyonal)',
        hint: 'Kailangan lang kung ikaw mismo ang sasagot ng tawag. Hindi ito kailanman makikita ng tumatawag.',
      },
      languages: { legend: 'Mga wikang sinasalita mo', hint: 'Piliin ang lahat ng angkop.' },
      otherLanguages: {
        label: 'Ibang wika (opsyonal)',
        hint: 'Maiikling language code, na pinaghihiwalay ng kuwit. Halimbawa: pt, fr.',
      },
      submit: 'I-set up ang Kith',
      errorSummaryTitle: 'May problema',
    },
    client: {
      errorPrefix: 'Error:',
      errorTitlePrefix: 'Error: ',
      fieldErrors: {
        programName: 'Ilagay ang pangalan ng programa mo (hanggang 120 character).',
        name: 'Ilagay ang pangalan mo (hanggang 120 character).',
        phone:
          'Maglagay ng numero ng telepono tulad ng 202 555 0111, o iwanang blangko. Para sa numerong nasa labas ng US, magsimula sa + at country code.',
        languages: 'Pumili ng kahit isang wikang sinasalita mo.',
        otherLanguages:
          'Isulat ang bawat ibang wika bilang maikling code, tulad ng pt o fr, na pinaghihiwalay ng kuwit.',
      },
      otherProblem: 'May mali sa form. Suriin ang bawat sagot at subukan ulit.',
      failed: 'May nagkamali sa panig namin. Maghintay sandali at subukan ulit.',
      created: 'Nagawa na ang linya mo. Susunod, gawin ang sign-in mo…',
    },
  },
  console: tlConsole,
};
