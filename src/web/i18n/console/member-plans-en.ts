import type { MemberPlansText } from './member-plans-types';

export const enMemberPlans: MemberPlansText = {
  nav: 'Open a member’s plan',
  title: 'Members’ plans',
  heading: 'Members’ plans',
  intro:
    'A member’s plan says what they want in a crisis. Only they can open it, with their code or phrase. You can read it only while you are on their call, conversation or visit.',
  openHeading: 'Open a plan with the member’s phrase',
  forScope: {
    call: 'For the call you are on.',
    conversation: 'For the text conversation you are on.',
    response: 'For the field response you are on.',
  },
  noScope: 'Open this page from a call, conversation or field response you are on to open a plan for it.',
  number: { label: 'Member number', hint: 'Four digits. Ask the member.' },
  secret: {
    label: 'Their code or phrase',
    hint: 'Type exactly what they tell you. Five wrong tries in an hour lock their plan, and they see every try.',
  },
  open: 'Open the plan',
  opened: 'The plan is open to: {names}.',
  openedNoKey: 'The code was right, but no one on this has a key to read plans yet.',
  listHeading: 'Plans open to you now',
  none: 'No plan is open to you now.',
  planOf: 'Member {number}’s plan',
  fields: {
    helps: 'What helps',
    avoid: 'What not to do',
    people: 'Their people to call',
    never: 'Never',
    naloxone: 'Where their naloxone is',
    other: 'Anything else',
  },
  cannotOpen: 'This plan cannot be opened with your key.',
  errors: {
    number: 'There is no member with that number.',
    secret: 'That did not open the plan. Check with the member and try again.',
    locked: 'Too many wrong tries: the plan is locked for up to an hour.',
    notOn: 'You are not on this call, conversation or response, or it has ended.',
    general: 'The plan could not be opened. Try again.',
  },
};
