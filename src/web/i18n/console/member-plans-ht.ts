import type { MemberPlansText } from './member-plans-types';

export const htMemberPlans: MemberPlansText = {
  nav: 'Louvri plan yon manm',
  title: 'Plan manm yo',
  heading: 'Plan manm yo',
  intro:
    'Plan yon manm di sa li vle nan yon kriz. Se li sèl ki ka louvri l, ak kòd oswa fraz li. Ou ka li l sèlman pandan w ap okipe apèl li, konvèsasyon li oswa vizit li.',
  openHeading: 'Louvri yon plan ak fraz manm nan',
  forScope: {
    call: 'Pou apèl w ap okipe a.',
    conversation: 'Pou konvèsasyon tèks w ap okipe a.',
    response: 'Pou repons sou teren w ladan l lan.',
  },
  noScope:
    'Louvri paj sa a depi yon apèl, yon konvèsasyon oswa yon repons sou teren w ap okipe pou w louvri yon plan pou li.',
  number: { label: 'Nimewo manm', hint: 'Kat chif. Mande manm nan.' },
  secret: {
    label: 'Kòd oswa fraz li',
    hint: 'Tape egzakteman sa li di w. Senk move esè nan yon èdtan bloke plan li, epi li wè chak esè.',
  },
  open: 'Louvri plan an',
  opened: 'Plan an louvri pou: {names}.',
  openedNoKey: 'Kòd la te bon, men pèsonn isit la poko gen kle pou li plan.',
  listHeading: 'Plan ki louvri pou ou kounye a',
  none: 'Pa gen plan ki louvri pou ou kounye a.',
  planOf: 'Plan manm {number}',
  fields: {
    helps: 'Sa ki ede',
    avoid: 'Sa pou pa fè',
    people: 'Moun li pou rele',
    never: 'Janm',
    naloxone: 'Kote nalokson li ye',
    other: 'Lòt bagay',
  },
  cannotOpen: 'Ou pa ka louvri plan sa a ak kle ou.',
  errors: {
    number: 'Pa gen manm ki gen nimewo sa a.',
    secret: 'Sa pa louvri plan an. Verifye ak manm nan epi eseye ankò.',
    locked: 'Twòp move esè: plan an bloke pou jiska yon èdtan.',
    notOn: 'Ou pa sou apèl, konvèsasyon oswa repons sa a, oswa li fini.',
    general: 'Nou pa t ka louvri plan an. Eseye ankò.',
  },
};
