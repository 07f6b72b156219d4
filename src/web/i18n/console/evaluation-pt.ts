import type { EvaluationText } from './evaluation-types';

export const ptEvaluation: EvaluationText = {
  nav: 'Avaliação',
  boardLink: 'Números para avaliação',
  title: 'Números para avaliação',
  heading: 'Números para avaliação',
  intro:
    'Quantos atendimentos de campo houve, e o que aconteceu, para o seu programa olhar para trás. Só números: sem nomes, sem lugares, sem palavras.',
  from: { label: 'De', hint: 'O primeiro dia, incluído. Os dias contam no horário da linha.' },
  to: { label: 'Até', hint: 'O último dia, incluído.' },
  show: 'Mostrar',
  counting: 'Contando…',
  period: 'De {from} até {to}',
  empty: 'Nada foi registrado neste período.',
  number: 'Número',
  total: 'Total',
  responses: {
    heading: 'Atendimentos',
    byState: 'Atendimentos por situação',
    byOutcome: 'Atendimentos encerrados por resultado',
    byUrgency: 'Atendimentos por urgência',
    state: 'Situação',
    outcome: 'Resultado',
    urgency: 'Urgência',
    states: {
      forming: 'Equipe sendo formada',
      formed: 'Em campo',
      no_team: 'Não foi possível formar uma equipe',
      closed: 'Encerrado',
    },
  },
  emergency: {
    heading: 'Serviços de emergência com o consentimento da pessoa',
    intro: 'Só quando a pessoa pediu ou concordou.',
    byReason: 'Serviços de emergência por motivo',
    reason: 'Motivo',
  },
  police: {
    heading: 'Contato com a polícia',
    intro:
      'O Kith nunca chama a polícia nem outro serviço; quando a polícia se envolveu mesmo assim, a equipe registra aqui para que o programa possa ver e conversar sobre isso.',
    byCategory: 'Contato com a polícia, por como aconteceu',
    category: 'Como aconteceu',
  },
  debriefs: { heading: 'Debriefings', done: 'Feito', notDone: 'Ainda não feito' },
  followUps: {
    heading: 'Acompanhamentos',
    done: 'Feitos',
    missed: 'Perdidos',
    pending: 'A fazer',
    hint: 'Acompanhamentos com prazo neste período. Perdido quer dizer não feito dois dias depois do prazo.',
  },
  errors: {
    fromMissing: 'Digite o primeiro dia',
    toMissing: 'Digite o último dia',
    fromInvalid: 'Digite o primeiro dia como uma data real',
    toInvalid: 'Digite o último dia como uma data real',
    fromAfterTo: 'O primeiro dia tem que ser igual ou anterior ao último',
    general: 'Essas datas não funcionaram. Confira e tente de novo',
    failed: 'Algo deu errado do nosso lado ou com a conexão. Tente de novo',
  },
};
