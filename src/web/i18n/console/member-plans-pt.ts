import type { MemberPlansText } from './member-plans-types';

export const ptMemberPlans: MemberPlansText = {
  nav: 'Abrir o plano de um membro',
  title: 'Planos dos membros',
  heading: 'Planos dos membros',
  intro:
    'O plano de um membro diz o que ele quer numa crise. Só ele pode abri-lo, com o seu código ou frase. Você só pode lê-lo enquanto estiver na ligação, conversa ou visita dele.',
  openHeading: 'Abrir um plano com a frase do membro',
  forScope: {
    call: 'Para a ligação em que você está.',
    conversation: 'Para a conversa por mensagens em que você está.',
    response: 'Para a resposta em campo em que você está.',
  },
  noScope:
    'Abra esta página a partir de uma ligação, conversa ou resposta em campo em que você está para abrir um plano para ela.',
  number: { label: 'Número do membro', hint: 'Quatro dígitos. Pergunte ao membro.' },
  secret: {
    label: 'O código ou frase dele',
    hint: 'Digite exatamente o que ele disser. Cinco tentativas erradas numa hora bloqueiam o plano, e ele vê cada tentativa.',
  },
  open: 'Abrir o plano',
  opened: 'O plano está aberto para: {names}.',
  openedNoKey: 'O código estava certo, mas ninguém aqui tem ainda uma chave para ler planos.',
  listHeading: 'Planos abertos para você agora',
  none: 'Nenhum plano está aberto para você agora.',
  planOf: 'Plano do membro {number}',
  fields: {
    helps: 'O que ajuda',
    avoid: 'O que não fazer',
    people: 'As pessoas dele para ligar',
    never: 'Nunca',
    naloxone: 'Onde está a naloxona dele',
    other: 'Outra coisa',
  },
  cannotOpen: 'Este plano não pode ser aberto com a sua chave.',
  errors: {
    number: 'Não há membro com esse número.',
    secret: 'Isso não abriu o plano. Confirme com o membro e tente de novo.',
    locked: 'Tentativas erradas demais: o plano está bloqueado por até uma hora.',
    notOn: 'Você não está nesta ligação, conversa ou resposta, ou ela já terminou.',
    general: 'Não foi possível abrir o plano. Tente de novo.',
  },
};
