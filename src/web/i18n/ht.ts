import type { WebCatalog } from './web-catalog';
import { htConsole } from './console/ht';

/** Haitian Creole, draft (src/i18n/languages.ts): every page, translated from English, not yet read by a fluent speaker. */
export const ht: WebCatalog = {
  lang: 'ht',
  dir: 'ltr',
  languageName: 'Kreyòl ayisyen',
  layout: {
    brand: 'Kith',
    skipLink: 'Ale nan kontni prensipal la',
    languageNav: 'Lang',
  },
  front: {
    notSetUp: {
      title: 'Kith ap mache',
      heading: 'Kith ap mache, men liy sa a poko konfigire',
      body: 'Moun ki te lanse Kith la konfigire l, yon sèl fwa. Chèche nan sa sèvè a ekri (tèminal la oswa jounal kote Kith te kòmanse) lyen konfigirasyon ki sèvi yon sèl fwa a. Li fini ak “/setup#token=” ak yon kòd long. Louvri l nan navigatè ou.',
      where: 'Si lyen an gen plis pase 24 èdtan, oswa ou pa jwenn li, relanse Kith: l ap montre yon nouvo.',
      never: 'Paj sa a pa janm montre lyen konfigirasyon an: nenpòt moun ki wè l ta ka konfigire liy lan.',
    },
    title: '{program}',
    reachHeading: 'Kijan pou jwenn nou',
    callOrText: 'Rele oswa voye tèks bay {number}.',
    noNumber: 'Liy sa a poko gen nimewo telefòn.',
    chat: 'Chat avèk nou sou entènèt',
    teamHeading: 'Pou ekip la',
    signIn: 'Konekte nan konsòl la',
    noAccount: 'Ou poko gen kont? Mande kowòdonatè ou yon lyen envitasyon.',
  },
  setup: {
    title: 'Konfigire Kith',
    heading: 'Konfigire liy ou a',
    intro: 'Kreye pwogram ou a ak pwòp kont kowòdonatè ou. Ou fè sa yon sèl fwa.',
    needsScript: {
      heading: 'Paj sa a bezwen JavaScript',
      body: 'Konfigirasyon an fèt nan navigatè ou pou token konfigirasyon ou pa janm rive nan jounal sèvè a. Limen JavaScript epi louvri lyen konfigirasyon an ankò.',
      cliIntro: 'Oswa konfigire l nan yon tèminal pito:',
      cliCommand: 'npx kith setup --url {url} --token SETUP_TOKEN --program "Liy Nou" --name "Non Ou"',
      tokenHint:
        'Mete token konfigirasyon ou nan plas SETUP_TOKEN: se pati lyen konfigirasyon an ki vini apre “token=”.',
    },
    noToken: {
      heading: 'Lyen sa a pa gen token konfigirasyon',
      body: 'Louvri tout lyen konfigirasyon Kith te montre lè li te kòmanse a. Li fini ak “#token=” ak yon kòd long. Si ou pa genyen l ankò, relanse Kith epi l ap montre yon nouvo lyen.',
    },
    alreadySetUp: {
      title: 'Deja konfigire',
      heading: 'Liy sa a deja konfigire',
      body: 'Yo te deja sèvi ak lyen konfigirasyon li, kidonk paj sa a pa gen anyen pou fè ankò. Konekte nan konsòl la pito.',
      signIn: 'Konekte',
      noAccount: 'Ou poko gen kont? Mande kowòdonatè ou yon lyen envitasyon.',
    },
    badToken: {
      heading: 'Lyen konfigirasyon sa a pa mache ankò',
      body: 'Yo te deja sèvi avè l, li gen plis pase 24 èdtan, oswa Kith te relanse apre li te montre l. Relanse Kith pou jwenn yon nouvo lyen.',
      alreadySetUp: 'Si liy ou a deja konfigire, ou pa bezwen paj sa a: konekte pito.',
    },
    form: {
      programName: {
        label: 'Non pwogram ou a',
        hint: 'Moun k ap rele yo tande non sa a lè yo rele. Pa egzanp: Liy Sipò Katye Nò.',
      },
      name: { label: 'Non ou', hint: 'Ekip ou a wè l. Moun k ap rele yo pa janm wè l.' },
      phone: {
        label: 'Nimewo telefòn ou (si ou vle)',
        hint: 'Ou bezwen l sèlman si ou pral pran apèl ou menm. Moun k ap rele yo pa janm wè l.',
      },
      languages: { legend: 'Lang ou pale', hint: 'Chwazi tout sa ki bon.' },
      otherLanguages: {
        label: 'Lòt lang (si ou vle)',
        hint: 'Kòd lang kout, separe ak vigil. Pa egzanp: pt, fr.',
      },
      submit: 'Konfigire Kith',
      errorSummaryTitle: 'Gen yon pwoblèm',
    },
    client: {
      errorPrefix: 'Erè:',
      errorTitlePrefix: 'Erè: ',
      fieldErrors: {
        programName: 'Antre non pwogram ou a (jiska 120 karaktè).',
        name: 'Antre non ou (jiska 120 karaktè).',
        phone:
          'Antre yon nimewo telefòn tankou 202 555 0111, oswa kite l vid. Pou yon nimewo ki pa Ozetazini, kòmanse ak + ak kòd peyi a.',
        languages: 'Chwazi omwen yon lang ou pale.',
        otherLanguages: 'Ekri chak lòt lang kòm yon kòd kout, tankou pt oswa fr, separe ak vigil.',
      },
      otherProblem: 'Gen yon bagay ki pa bon nan fòm nan. Verifye chak repons epi eseye ankò.',
      failed: 'Gen yon bagay ki pa mache bò kote nou. Tann yon ti moman epi eseye ankò.',
      created: 'Liy ou a kreye. Kounye a, kreye fason ou konekte…',
    },
  },
  console: htConsole,
};
