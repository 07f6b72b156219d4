import type { ChatText } from './types';

/** Draft (src/i18n/languages.ts): not yet read by a fluent speaker. */
const client = {
  waiting: 'Sua mensagem foi enviada. Por favor, espere aqui: uma pessoa da nossa equipe vai entrar logo.',
  noAnswer: 'Sentimos muito. Ninguém da nossa equipe pode responder agora. Tente de novo mais tarde.',
  joined: 'Uma pessoa da nossa equipe entrou. Você pode escrever para ela aqui.',
  closed:
    'Este chat terminou. Obrigado por entrar em contato. Você pode começar um novo chat a qualquer hora escrevendo abaixo.',
  blocked: 'Você não pode mais enviar mensagens neste chat. Obrigado pela compreensão.',
  slowDown: 'Você está mandando mensagens muito rápido. Espere um minuto e mande de novo. Já temos o que você mandou.',
  busy: 'Muitas pessoas estão começando chats agora. Espere um minuto e tente de novo.',
  empty: 'Escreva uma mensagem antes de enviar.',
  tooLong: 'Sua mensagem é muito longa. Mande em partes menores (até {max} caracteres cada).',
  expired: 'Não encontramos seu chat neste navegador. Por favor, mande sua mensagem de novo.',
  lineWait:
    'Muitas pessoas estão escrevendo para nós agora. Estamos preparando a linha para você. Você poderá enviar sua mensagem em cerca de {seconds} segundos.',
  lineReadying:
    'Muitas pessoas estão escrevendo para nós agora. Preparando a linha para você… Isso leva alguns segundos. Você pode escrever sua mensagem enquanto isso.',
  lineReady: 'A linha está pronta. Você pode enviar sua mensagem.',
  notYet:
    'Ainda estamos preparando a linha para você. Espere cerca de {seconds} segundos e envie de novo. Sua mensagem continua aqui.',
  proofNeeded:
    'Muitas pessoas estão escrevendo para nós agora. Estamos preparando a linha para você. Espere cerca de {seconds} segundos e envie de novo. Sua mensagem continua aqui.',
  failed: 'Não foi possível enviar sua mensagem. Tente de novo.',
  noCookies:
    'Seu navegador não guarda cookies para este site. O chat funciona enquanto esta página ficar aberta, mas se você recarregar ou fechar, o chat termina. Para manter o chat depois de recarregar, permita cookies para este site.',
  noWasm:
    'Este navegador não consegue trancar suas palavras no seu aparelho (o WebAssembly está desligado). O chat funciona assim mesmo: nosso servidor vê suas palavras por um momento antes de trancá-las, como quando o JavaScript está desligado. Para ver respostas novas, aperte "Ver respostas novas".',
  newReply: 'Chegou uma resposta nova. Aperte "Ver respostas novas" para ler.',
  teamWrote: 'Nossa equipe escreveu: {words}',
  escapeAgain: 'Aperte Esc de novo para sair agora.',
  sending: 'Enviando…',
  sent: 'Enviada.',
  you: 'Você',
  team: 'Nossa equipe',
  cannotShow: 'Esta mensagem não pode ser mostrada neste navegador.',
  errorPrefix: 'Erro:',
};

export const chatPt: ChatText = {
  title: 'Converse com a gente',
  heading: 'Chat com {program}',
  promisesHeading: 'Antes de começar',
  neverPolice: 'Nunca chamamos a polícia. Ninguém vai até você se você não pedir.',
  whoReads:
    'Uma pessoa da nossa equipe lê suas mensagens e responde aqui. Suas mensagens ficam trancadas: só nossa equipe e você podem ler.',
  hours: 'Atendemos {hours}.',
  kept: 'Nosso servidor guarda suas mensagens só trancadas, e não consegue ler. {kept} depois que o chat termina, esquecemos de qual navegador ele veio.',
  keptFor: '{hours} horas',
  noAccount: 'Você não precisa de conta nem de número de telefone. Não guardamos seu endereço IP.',
  closedNow: 'Estamos fechados agora. Atendemos {hours}. Por favor, volte nesse horário.',
  noScriptHeading: 'O JavaScript está desligado',
  noScript:
    'O chat funciona mesmo assim. Mas sem JavaScript, nosso servidor vê suas palavras por um momento antes de trancá-las. Com JavaScript ligado, suas palavras são trancadas no seu aparelho antes de serem enviadas.',
  lockNote:
    'Esta página ainda está se preparando para trancar suas palavras no seu aparelho. Se você enviar agora, nosso servidor vê suas palavras por um momento antes de trancá-las, como quando o JavaScript está desligado. Para evitar isso, espere esta nota sumir.',
  leave: 'Sair agora',
  leaveHint: 'Sair agora encerra este chat, apaga ele deste navegador e abre outro site.',
  threadHeading: 'Seu chat',
  you: client.you,
  team: client.team,
  cannotShow: client.cannotShow,
  messageLabel: 'Sua mensagem',
  messageHint: 'Você não precisa dizer seu nome.',
  send: 'Enviar',
  check: 'Ver respostas novas',
  leaveKey: 'Você também pode apertar a tecla Esc duas vezes para sair agora.',
  autoRefresh:
    'Esta página procura respostas novas sozinha a cada {seconds} segundos. Palavras que você ainda não enviou se perdem quando isso acontece.',
  stopRefresh: 'Parar de procurar sozinha',
  pressCheck: 'Para ver respostas novas, aperte "Ver respostas novas".',
  noCookiesForm:
    'Seu navegador não guarda cookies para este site. O chat funciona, mas só nesta página: não recarregue nem volte. Para ver respostas novas, aperte "Ver respostas novas". Para manter o chat depois de recarregar, permita cookies para este site.',
  otherWays: 'Você também pode ligar ou mandar mensagem para {number}.',
  errorPrefix: client.errorPrefix,
  client,
};
