import type { BurnText, RetentionSettingsText } from './retention-types';

export const ptRetentionSettings: RetentionSettingsText = {
  heading: 'Por quanto tempo guardamos as coisas',
  intro:
    'O Kith apaga isto sozinho quando o prazo acaba. Menos tempo é mais seguro: o que a equipe não guarda não pode ser levado, pedido nem compartilhado.',
  fields: {
    wordsDays: {
      label: 'Texto de mensagens e anotações, em dias',
      hint: 'Texto de mensagens e anotações: apagado esse número de dias depois que a conversa foi encerrada ou a anotação mudou pela última vez. De 1 a 90 dias.',
    },
    evaluationDays: {
      label: 'Registros de ligações e conversas, em dias',
      hint: 'Quando as ligações e conversas aconteceram e como terminaram, sem palavras e sem números: apagados esse número de dias depois que terminaram. De 7 a 365 dias.',
    },
    blocksDays: {
      label: 'Bloqueios de remetentes, em dias',
      hint: 'Um bloqueio a quem mandou mensagens indesejadas: retirado e apagado esse número de dias depois de feito. De 1 a 365 dias.',
    },
  },
  numbersBefore:
    'Os números de quem liga são apagados poucas horas depois que a conversa é encerrada. Você escolhe quantas horas em Mensagens de texto: ',
  numbersAfter: '.',
  errors: {
    wordsDays: 'Digite um número inteiro de dias de 1 a 90',
    evaluationDays: 'Digite um número inteiro de dias de 7 a 365',
    blocksDays: 'Digite um número inteiro de dias de 1 a 365',
  },
};

export const ptBurn: BurnText = {
  heading: 'Queimar',
  intro:
    'Para uma emergência: se o servidor pode ser apreendido, ou se alguém pode ter invadido. Queimar destrói, de uma vez, tudo o que abre o que a equipe escreveu.',
  destroysHeading: 'O que queimar destrói',
  destroys: [
    'Todas as chaves que abrem anotações e mensagens: o acesso e a chave privada de cada pessoa, e a chave própria de cada anotação e mensagem.',
    'As próprias anotações e mensagens trancadas, e o registro de quem as abriu.',
    'Todos os números de quem ligou ou mandou mensagem que o Kith guarda, e a lista de remetentes bloqueados. As conversas ainda abertas são encerradas.',
    'O acesso de todos, inclusive o seu: todos são desconectados de uma vez.',
  ],
  keepsHeading: 'O que fica',
  keeps: [
    'As configurações do programa e o plano de emergência.',
    'A lista da equipe, com nomes e números de telefone, e os plantões.',
    'Os registros de ligações e conversas, sem palavras e sem números.',
    'Os pedidos de saída: quem mandou STOP continua sem receber mensagens.',
  ],
  lineKeepsAnswering: 'A linha continua atendendo: as ligações ainda tocam para a equipe, e as mensagens ainda chegam.',
  cannotUndo:
    'Isto não pode ser desfeito. Ninguém, nem você, poderá abrir de novo uma anotação ou mensagem queimada. Depois, todos entram de novo com um novo convite; você recebe o seu na próxima tela.',
  confirm: {
    label: 'Para confirmar, digite o nome do programa: {name}',
    hint: 'Exatamente como está escrito aqui, com as mesmas maiúsculas e espaços.',
  },
  button: 'Queimar agora',
  burning: 'Queimando…',
  errors: {
    confirmMissing: 'Digite o nome do programa para confirmar a queima',
    confirmWrong:
      'Esse não é o nome do programa. Digite exatamente como está escrito, com as mesmas maiúsculas e espaços',
    failed: 'Não foi possível queimar. Nada foi destruído se esta página ainda mostra as configurações. Tente de novo.',
  },
  done: {
    title: 'Queimado',
    heading: 'O programa foi queimado',
    burntAt: 'Queimado às {time}. Nada trancado pode mais ser aberto.',
    keyHeading: 'Crie sua nova chave',
    keyBody:
      'Sua chave antiga também se foi. Este link deixa você criar uma nova. Ele funciona uma vez, por {hours} horas (até {time}).',
    onceOnly: 'Copie agora: ele só aparece aqui, e recarregar ou fechar esta página faz ele se perder.',
    linkLabel: 'Seu link de convite',
    copy: 'Copiar o link',
    copied: 'Link copiado.',
    copyFailed: 'Não foi possível copiar. O link está selecionado: copie você mesmo.',
    setUpNow: 'Criar minha nova chave agora',
    teamHeading: 'Seus colegas',
    teamBody:
      'Todos os outros foram desconectados e as chaves deles se foram. Quando você tiver sua nova chave, envie um novo convite para cada um em Equipe.',
  },
};
