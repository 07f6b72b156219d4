import type { TextCatalog } from '../texting';

/** Draft (see ../languages.ts). START stays in English: after an English STOP, carriers honour only START. */
export const textPt: TextCatalog = {
  languageOffer: 'Para português, responda PORTUGUÊS.',
  firstReply:
    'Você entrou em contato com {program}. Nunca chamamos a polícia. Uma pessoa da nossa equipe vai ler suas mensagens e responder aqui. ' +
    '{scope} Atendemos {hours}. Só nossa equipe pode ler suas mensagens. Esquecemos seu número {kept}. Responda AJUDA para ajuda, ou PARE para não receber mais mensagens.',
  offHours: 'Estamos fechados agora. Atendemos {hours}. Por favor, escreva de novo nesse horário.',
  joined: 'Uma pessoa da nossa equipe está aqui agora. Você pode escrever para ela nesta conversa.',
  noAnswer:
    'Sentimos muito. Ninguém da nossa equipe pode responder agora. Escreva de novo mais tarde, ou ligue para este número quando estivermos abertos.',
  closed:
    'Esta conversa terminou. Obrigado por entrar em contato. Você pode escrever para este número a qualquer hora para falar com a gente de novo.',
  help: '{program}: uma linha de apoio comunitário. Escreva aqui para falar com nossa equipe. Nunca chamamos a polícia. Responda PARE (ou STOP) para não receber mais mensagens, e START para receber de novo.',
  stopped: 'Você não vai receber mais mensagens de {program}. Responda START para receber de novo.',
  started: 'Você pode escrever para {program} de novo. Responda PARE para parar.',
  mediaNotReceived: 'Não conseguimos ver fotos nem arquivos aqui. Por favor, escreva com palavras.',
  languageSwitched: 'Vamos escrever para você em português.',
  slowDown: 'Você está mandando mensagens muito rápido. Espere um pouco, por favor. Já recebemos o que você mandou.',
  keptFor: '{hours} horas depois que a conversa terminar',
  keptForOne: 'uma hora depois que a conversa terminar',
  keptForNone: 'assim que a conversa terminar',

  alert: 'Kith: nova conversa por texto, {alias}. Responda "{alias}" para assumir, ou abra {url}',
  alertBackup: 'Kith: {alias} espera há {minutes} minutos sem ninguém. Responda "{alias}" para assumir, ou abra {url}',
  digest: 'Kith: mais {count} conversas por texto abertas no último minuto. Abra {url}',
  relayed: '{alias}: {body}',
  relayedMedia: '{alias}: (mandou uma foto, que o Kith não guarda)',
  taken: 'Kith: {name} assumiu {alias}. Obrigado.',
  yours:
    'Kith: {alias} é sua. Escreva "{alias} sua mensagem" para responder, "{alias} DONE" para fechar, "{alias} RELEASE" para devolver.',
  handedToYou: 'Kith: {name} passou {alias} para você. Abra {url}',
  notYours: 'Kith: {alias} não está aberta, ou é de outra pessoa.',
  notOnCall:
    'Kith: você não está de plantão para textos agora, então não pode assumir {alias}. Quem está de plantão cuida dela.',
  whichOne: 'Kith: comece sua mensagem com o nome da conversa, como "{alias} sua mensagem".',
  closedByYou: 'Kith: {alias} está fechada. Obrigado. Cuide-se.',
  released: 'Kith: {alias} voltou para a fila.',
  replyFailed: 'Kith: não foi possível enviar sua resposta para {alias}. Tente de novo, ou use o console.',
  chatInConsole: 'Kith: {alias} é um chat na web. Responda no console: {url}',
};
