import type { MemberPlansText } from './member-plans-types';

export const frMemberPlans: MemberPlansText = {
  nav: 'Ouvrir le plan d’un membre',
  title: 'Plans des membres',
  heading: 'Plans des membres',
  intro:
    'Le plan d’un membre dit ce qu’il veut en cas de crise. Lui seul peut l’ouvrir, avec son code ou sa phrase. Vous ne pouvez le lire que pendant que vous êtes sur son appel, sa conversation ou sa visite.',
  openHeading: 'Ouvrir un plan avec la phrase du membre',
  forScope: {
    call: 'Pour l’appel en cours.',
    conversation: 'Pour la conversation par texto en cours.',
    response: 'Pour l’intervention sur le terrain en cours.',
  },
  noScope:
    'Ouvrez cette page depuis un appel, une conversation ou une intervention où vous êtes pour y ouvrir un plan.',
  number: { label: 'Numéro de membre', hint: 'Quatre chiffres. Demandez au membre.' },
  secret: {
    label: 'Son code ou sa phrase',
    hint: 'Tapez exactement ce qu’il vous dit. Cinq essais faux en une heure bloquent son plan, et il voit chaque essai.',
  },
  open: 'Ouvrir le plan',
  opened: 'Le plan est ouvert pour : {names}.',
  openedNoKey: 'Le code était bon, mais personne ici n’a encore de clé pour lire les plans.',
  listHeading: 'Plans ouverts pour vous maintenant',
  none: 'Aucun plan n’est ouvert pour vous maintenant.',
  planOf: 'Plan du membre {number}',
  fields: {
    helps: 'Ce qui aide',
    avoid: 'Ce qu’il ne faut pas faire',
    people: 'Ses proches à appeler',
    never: 'Jamais',
    naloxone: 'Où est sa naloxone',
    other: 'Autre chose',
  },
  cannotOpen: 'Ce plan ne peut pas être ouvert avec votre clé.',
  errors: {
    number: 'Aucun membre n’a ce numéro.',
    secret: 'Cela n’a pas ouvert le plan. Vérifiez avec le membre et réessayez.',
    locked: 'Trop d’essais faux : le plan est bloqué jusqu’à une heure.',
    notOn: 'Vous n’êtes pas sur cet appel, cette conversation ou cette intervention, ou elle est terminée.',
    general: 'Le plan n’a pas pu être ouvert. Réessayez.',
  },
};
