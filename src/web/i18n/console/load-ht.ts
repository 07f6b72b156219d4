import type { LoadText } from './load-types';

export const htLoad: LoadText = {
  nav: 'Chaj',
  title: 'Chaj',
  heading: 'Chaj la, mwa pa mwa',
  intro:
    'Èdtan de gad ak travay ou pran, an chif sèlman: anyen sou kiyès ki rele oswa ki ekri. Mwa yo kòmanse a minwi ({zone}).',
  previous: 'Mwa anvan',
  next: 'Mwa apre',
  thisMonth: 'Mwa sa a',
  mineHeading: 'Mwa ou',
  teamHeading: 'Ekip la',
  teamIntro: 'Kiyès ki pote plis, pou ou ka separe chaj la. Ba yo montre èdtan de gad; chif yo nan tablo a.',
  caption: 'Chaj nan {month}',
  name: 'Non',
  hours: 'Èdtan de gad',
  calls: 'Apèl ou reponn',
  texts: 'Mesaj ou pran',
  field: 'Sòti sou teren',
  hoursValue: '{hours} è',
  none: 'Poko gen pèsonn nan ekip la.',
  homeLink: 'Mwa ou: èdtan de gad ak travay ou pran',
};
