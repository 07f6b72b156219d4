import type { MemberPlacesText } from './member-places-types';

export const htMemberPlaces: MemberPlacesText = {
  heading: 'Liv kote yo',
  intro:
    'Kote ki gen nimewo yon manm ka nonmen apre yon kòd. Pa tèks: GH K2. Nan yon apèl: touch kòd la, apre sa zetwal, nimewo kote a ak kare a. Kith pase kote a ansanm ak kòd la, sèlman bay moun kòd la di, epi li pa janm kenbe l ak yon manm.',
  none: 'Poko gen kote.',
  numberColumn: 'Nimewo',
  wordsColumn: 'Kote',
  numberFor: 'Nimewo nan ranje {row}',
  wordsFor: 'Kote nan ranje {row}',
  remove: 'Retire ranje {row}',
  add: 'Ajoute yon kote',
  save: 'Sove liv kote yo',
  saved: 'Liv kote yo sove.',
  errors: {
    number: 'Sèvi ak yon nimewo soti 1 rive 99, chak yon sèl fwa.',
    words: 'Ekri kote a sou yon liy, jiska 60 karaktè.',
    general: 'Tcheke sa ou te antre a epi eseye ankò.',
  },
};
