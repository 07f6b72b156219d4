import type { MemberPlansText } from './member-plans-types';

export const tlMemberPlans: MemberPlansText = {
  nav: 'Buksan ang plano ng isang miyembro',
  title: 'Mga plano ng mga miyembro',
  heading: 'Mga plano ng mga miyembro',
  intro:
    'Sinasabi ng plano ng isang miyembro ang gusto niya sa oras ng krisis. Siya lang ang makakapagbukas nito, gamit ang kanyang code o parirala. Mababasa mo lang ito habang nasa tawag, usapan o pagbisita ka niya.',
  openHeading: 'Buksan ang plano gamit ang parirala ng miyembro',
  forScope: {
    call: 'Para sa tawag na hawak mo.',
    conversation: 'Para sa usapan sa text na hawak mo.',
    response: 'Para sa field response na kasama ka.',
  },
  noScope:
    'Buksan ang pahinang ito mula sa tawag, usapan o field response na kasama ka para makapagbukas ng plano para rito.',
  number: { label: 'Numero ng miyembro', hint: 'Apat na digit. Itanong sa miyembro.' },
  secret: {
    label: 'Ang kanyang code o parirala',
    hint: 'I-type nang eksakto ang sinasabi niya. Limang maling subok sa isang oras ay magla-lock ng plano, at nakikita niya ang bawat subok.',
  },
  open: 'Buksan ang plano',
  opened: 'Bukas ang plano para kay: {names}.',
  openedNoKey: 'Tama ang code, pero wala pang may susi rito para magbasa ng mga plano.',
  listHeading: 'Mga planong bukas sa iyo ngayon',
  none: 'Walang planong bukas sa iyo ngayon.',
  planOf: 'Plano ng miyembro {number}',
  fields: {
    helps: 'Ano ang nakakatulong',
    avoid: 'Ano ang hindi dapat gawin',
    people: 'Mga taong tatawagan',
    never: 'Hindi kailanman',
    naloxone: 'Nasaan ang kanyang naloxone',
    other: 'Iba pa',
  },
  cannotOpen: 'Hindi mabubuksan ang planong ito gamit ang iyong susi.',
  errors: {
    number: 'Walang miyembro na may ganoong numero.',
    secret: 'Hindi nito nabuksan ang plano. Tiyakin sa miyembro at subukan muli.',
    locked: 'Sobrang daming maling subok: naka-lock ang plano nang hanggang isang oras.',
    notOn: 'Wala ka sa tawag, usapan o response na ito, o tapos na ito.',
    general: 'Hindi nabuksan ang plano. Subukan muli.',
  },
};
