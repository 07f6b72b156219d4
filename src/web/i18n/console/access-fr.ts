import type { AccessText } from './access-types';

export const frAccess: AccessText = {
  heading: 'Ouvert par',
  hint: 'Qui dans l’équipe l’a ouvert, et quand (plusieurs fois en dix minutes comptent pour une). Cette liste est effacée en même temps.',
  none: 'Personne ne l’a encore ouvert.',
  entry: '{name} · {time}',
  formerTeammate: 'Un ancien coéquipier',
  you: '(vous)',
};
