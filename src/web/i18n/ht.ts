import type { PublicCatalog } from './web-catalog';

/** Haitian Creole, draft (src/i18n/languages.ts): the public pages only; the team's pages come later. */
export const ht: PublicCatalog = {
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
};
