import type { Catalog } from '../catalog';

/** Draft (see ../languages.ts): plain Brazilian Portuguese, not yet read by a fluent speaker. */
export const pt: Catalog = {
  greeting: 'Você ligou para {program}, uma linha de apoio comunitário.',
  languageChoice: 'Para português, aperte {digit}.',
  disclosures:
    'Esta linha nunca chama a polícia. Ninguém vai até você se você não pedir. Sua ligação não é gravada. {scope} Atendemos {hours}.',
  scopeIntro: 'Podemos ajudar com',
  scope: {
    emergency: 'uma emergência',
    crisis: 'uma crise',
    prevention: 'planejar para ficar em segurança',
    aftercare: 'apoio depois de uma crise',
  },
  notEmergencyService: 'Não somos um serviço médico de emergência.',
  offHours:
    'Estamos fechados agora. Atendemos {hours}. Por favor, ligue de novo nesse horário. ' +
    'Você também pode mandar uma mensagem de texto para este número. Obrigado por entrar em contato. Tchau.',
  noAnswer:
    'Sentimos muito. Ninguém da nossa equipe pôde atender agora. ' +
    'Por favor, tente ligar de novo em alguns minutos, ou mande uma mensagem de texto para este número. ' +
    'Obrigado por entrar em contato. Tchau.',
  hold: 'Estamos chamando alguém da nossa equipe. Por favor, fique na linha.',
  holdStill: 'Ainda estamos chamando alguém. Por favor, fique na linha.',
  holdTrouble: 'Desculpe, algo deu errado do nosso lado. Por favor, fique na linha. Ainda estamos chamando alguém.',
  connected: 'Conectando você agora.',
  callEnded: 'Esta ligação terminou. Se precisar de apoio de novo, ligue para nós.',
  responderEnded:
    'A pessoa que estava ajudando você teve que encerrar a ligação. Se ainda precisar de apoio, ligue de novo.',
  hoursAlways: 'todos os dias, a qualquer hora',
  hoursNone: 'em horários que vamos informar em breve',
  hoursDay: '{days}, {spans}',
  hoursSpan: 'das {start} às {end}',
  midnight: 'meia-noite',
  whisper:
    'Ligação do Kith para {program}. Aperte 1 para aceitar. Aperte 2 se não puder atender. Depois de conectar, aperte asterisco para encerrar a ligação.',
  whisperCallerLanguage: 'A pessoa escolheu {language}.',
  whisperTaken: 'Outra pessoa já atendeu esta ligação. Obrigado.',
  whisperGone: 'A pessoa não está mais esperando. Obrigado.',
  whisperEarly:
    'Obrigado. A pessoa ainda está ouvindo o que esta linha promete. Fique na linha: você será conectado assim que terminar. Aperte asterisco para encerrar a ligação.',
  whisperHungUp: 'A pessoa desligou antes da conexão. Você pode desligar. Obrigado.',
  whisperNotConnected:
    'Não conseguimos conectar você com a pessoa. Vamos continuar procurando alguém para ela. Você pode desligar. Obrigado.',
  whisperDeclined: 'Certo. Vamos chamar outra pessoa. Obrigado.',
  afterCall:
    'A ligação terminou. Se esta ligação chegou a você por engano, aperte 1. Se você teve que encerrá-la, aperte 2. Se não, pode desligar.',
  afterCallThanks: 'Obrigado. Está anotado. Cuide-se.',
};
