import type { MemberKeypadWords } from '../member-keypad';
import type { MembersCatalog } from '../members';

/**
 * Draft (see ../languages.ts): texts to members and their people (Portuguese), and what a member hears
 * keying a code on a call. Written without a fluent speaker's check; the words members type are
 * recognised in every language, so none may be a common word sent alone.
 */
export const membersPt: MembersCatalog = {
  meanings: {
    safe: 'Boa noite: estou em segurança',
    meet: 'Vá para casa: encontre-me',
    call: 'Me ligue',
    naloxone: 'Traga naloxona',
  },
  welcome:
    'Bem-vindo a {program}. Seu número de membro é {number}. Códigos: {codes}. Escreva SAIR para sair; então esquecemos você na hora. Nunca chamamos a polícia.',
  codeItem: '{code} = {meaning}',
  sentPeers: 'Recebido. Avisamos as suas pessoas.',
  sentTeam: 'Recebido. Avisamos a equipe de plantão.',
  sentNoOne: 'Recebido, mas não foi possível avisar ninguém. Peça à equipe para adicionar as suas pessoas.',
  relay: 'Kith: o membro {member} enviou {code}: {meaning}.',
  relayPlace: ' Lugar: {place}.',
  noSuchPlace: 'Não há local {place} na lista, então foi enviado sem local.',
  duressAlert:
    'Kith, alerta discreto: o membro {member} enviou a sua palavra de perigo. Pode não estar em segurança, e alguém pode ver o telefone. Não escreva para ele sobre isso. Conversem primeiro em equipe.',
  left: 'Você saiu de {program}. Apagamos o seu número e tudo sobre você.',
  checkInSet:
    'Aviso marcado. Se não recebermos {code} de você até {time}, avisamos as suas pessoas e depois a equipe de plantão. Nunca a polícia nem o 911.',
  watchSet:
    'Vamos escrever para você todo dia às {time} durante {days} dias. Responda cada mensagem. Se faltar duas, avisamos as suas pessoas e depois a equipe de plantão. Nunca a polícia nem o 911.',
  watchPrompt: '{program}: queremos saber como você está. Responda OK quando vir isto.',
  watchThanks: 'Obrigado. Escrevemos de novo amanhã.',
  watchEnded: 'Suas mensagens diárias de {program} terminaram. Cuide-se. Pode nos escrever quando quiser.',
  missedPeers:
    'Kith: o membro {member} não deu notícias até {time}. Você é uma das suas pessoas. Por favor, procure essa pessoa. Se já fez isso, escreva "{member} OK" aqui. Se ninguém fizer em {minutes} minutos, avisamos a equipe de plantão. Nunca a polícia.',
  missedTeam:
    'Kith: o membro {member} perdeu um aviso ({time}) e nenhuma das suas pessoas disse que está cuidando. Procurem essa pessoa em equipe, por favor. Nunca a polícia nem o 911.',
  acked: 'Obrigado. Não vamos avisar a equipe.',
  tooMany:
    'Não repassamos isto: muitos códigos foram enviados em seu nome nesta hora. Se precisa de alguém agora, ligue ou escreva para este número.',
  checkInsFull: 'Você já tem {max} avisos marcados. Peça à equipe para cancelar um primeiro.',
  planLink:
    'Seu plano de crise: {url} Este link funciona uma vez, por uma hora. Só o seu código abre o seu plano. Não compartilhe este link.',
  planOpened: 'Seu plano está aberto para {names} até esta conversa terminar.',
  planOpenedNoKey:
    'Seu código está certo, mas ninguém nesta conversa pode ler planos ainda. Diga a eles o que ajuda você.',
  planWrong: 'Esse código não abriu seu plano. Restam {left} tentativas nesta hora.',
  planLocked: 'Códigos errados demais. Seu plano está bloqueado por até uma hora. Você ainda pode nos escrever.',
  planNone: 'Você ainda não tem um plano. Envie PLAN para receber um link e escrevê-lo.',
  planNoConversation:
    'Escreva para nós primeiro, para que alguém fique com você. Depois envie PLAN e seu código de novo.',
  leaveWords: ['SAIR'],
  okWords: ['SIM', 'BEM'],
  checkWords: ['AVISO'],
  watchWords: ['DIARIO'],
  planWords: ['PLAN', 'PLANO'],
  placeWords: ['L', 'LOCAL'],
};

export const memberKeypadPt: MemberKeypadWords = {
  numberPrompt: 'Membros: digite o seu número de membro.',
  codePrompt: 'Agora digite o seu código e depois a tecla jogo da velha.',
  placePrompt: 'Para juntar um local, digite asterisco e o número dele antes da tecla jogo da velha.',
  notFound: 'Não encontramos esse número de membro.',
  noSuchCode: 'Esse não é um dos códigos.',
  goodbye: 'Tchau.',
  planHint:
    'Para abrir o seu plano de crise nesta chamada, digite asterisco, depois o código do seu plano e a tecla jogo da velha.',
  planOpened: 'O seu plano está aberto. A pessoa que atender esta chamada pode lê-lo até a chamada terminar.',
  planNoKey:
    'O seu código está certo, mas ninguém que possa atender consegue ler planos ainda. Diga a eles o que ajuda.',
  planWrong:
    'Esse código não abriu o seu plano. Restam {left} tentativas nesta hora. Você pode dizer o seu código à pessoa que atender.',
  planLocked: 'Códigos errados demais. O seu plano está bloqueado por até uma hora.',
  planNone: 'Você ainda não tem um plano.',
  planChecking:
    'Ainda estamos verificando o seu código. Se estiver certo, a pessoa que atender poderá ler o seu plano.',
  planThrough: 'Agora vamos passar você para a equipe.',
};
