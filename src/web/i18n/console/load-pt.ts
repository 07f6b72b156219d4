import type { LoadText } from './load-types';

export const ptLoad: LoadText = {
  nav: 'Carga',
  title: 'Carga',
  heading: 'Carga, mês a mês',
  intro:
    'Horas de plantão e trabalho assumido, só em números: nada sobre quem ligou ou escreveu. Os meses começam à meia-noite ({zone}).',
  previous: 'Mês anterior',
  next: 'Próximo mês',
  thisMonth: 'Este mês',
  mineHeading: 'Seu mês',
  teamHeading: 'A equipe',
  teamIntro:
    'Quem carregou mais, para você dividir a carga. As barras mostram as horas de plantão; os números estão na tabela.',
  caption: 'Carga em {month}',
  name: 'Nome',
  hours: 'Horas de plantão',
  calls: 'Ligações atendidas',
  texts: 'Mensagens assumidas',
  field: 'Saídas de campo',
  hoursValue: '{hours} h',
  none: 'Ainda não há ninguém na equipe.',
  homeLink: 'Seu mês: horas de plantão e trabalho assumido',
};
