import type { AccessText } from './access-types';

export const ptAccess: AccessText = {
  heading: 'Aberto por',
  hint: 'Quem da equipe abriu isto, e quando (várias vezes em dez minutos contam como uma). É apagado junto com isto.',
  none: 'Ninguém abriu ainda.',
  entry: '{name} · {time}',
  formerTeammate: 'Um ex-colega',
  you: '(você)',
};
