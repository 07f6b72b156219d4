import type { MemberPlacesText } from './member-places-types';

export const tlMemberPlaces: MemberPlacesText = {
  heading: 'Aklat ng mga lugar',
  intro:
    'Mga lugar na may numero na maaaring banggitin ng miyembro pagkatapos ng code. Sa text: GH L2. Sa tawag: ang mga key ng code, saka star, ang numero ng lugar at ang pound key. Ipinapasa ng Kith ang lugar kasama ng code, sa mga taong sinasabihan lang ng code, at hindi ito itinatago kasama ng miyembro.',
  none: 'Wala pang lugar.',
  numberColumn: 'Numero',
  wordsColumn: 'Lugar',
  numberFor: 'Numero sa hanay {row}',
  wordsFor: 'Lugar sa hanay {row}',
  remove: 'Alisin ang hanay {row}',
  add: 'Magdagdag ng lugar',
  save: 'I-save ang aklat ng mga lugar',
  saved: 'Na-save ang aklat ng mga lugar.',
  errors: {
    number: 'Gumamit ng numero mula 1 hanggang 99, bawat isa minsan lang.',
    words: 'Isulat ang lugar sa isang linya, hanggang 60 character.',
    general: 'Tingnan ang inilagay mo at subukan ulit.',
  },
};
