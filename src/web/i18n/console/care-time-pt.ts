import type { CareTimeText } from './care-time-types';

/** Draft translation from the English (care-time-en.ts); a fluent reader should check it. */
export const ptCareTime: CareTimeText = {
  home: {
    stepBack: 'Preciso me afastar',
    stepBackHint:
      'Você para de receber chamadas até o fim do seu turno. A coordenação de plantão é avisada para cobrir, mas não o motivo.',
    stepBackConfirm: 'Afastar-se até o fim do seu turno?',
    stepBackYes: 'Sim, me afastar',
    stepBackNo: 'Cancelar',
    steppedBack: 'Você se afastou. Sem chamadas para você até {time}.',
    coolingDown: 'Você está fora da linha até {time}.',
    markHard: 'Marcar minha última chamada como difícil',
    markHardHint: 'Só você vê isso. Nada da chamada é guardado.',
    markedHard: 'Marcada. Cuide-se.',
    offerHeading: 'Tirar alguns minutos?',
    offerHard: 'Essa chamada foi difícil. Você pode ficar {minutes} minutos fora da linha.',
    offerLong: 'Essa chamada foi longa. Você pode ficar {minutes} minutos fora da linha.',
    offerSupport: 'Para conversar sobre isso, procure: {names}.',
    offerNoSupport: 'Ninguém de apoio está de turno agora.',
    take: 'Ficar {minutes} minutos fora da linha',
    notNow: 'Agora não',
    offerClosed: 'Certo. Você continua na linha.',
  },
  settings: {
    heading: 'Descanso e pausa',
    intro:
      'As regras de descanso evitam que alguém fique de plantão por tempo demais. Um turno que quebra uma precisa de um motivo.',
    offHint: 'Deixe vazio para nenhuma regra.',
    rules: {
      weekHours: {
        label: 'Máximo de horas de plantão em 7 dias',
        hint: 'De 8 a 168 horas.',
        error: 'As horas em 7 dias devem ser um número inteiro de 8 a 168, ou vazio.',
      },
      restHours: {
        label: 'Mínimo de horas livres entre turnos',
        hint: 'De 1 a 24 horas.',
        error: 'As horas livres devem ser um número inteiro de 1 a 24, ou vazio.',
      },
      stretchHours: {
        label: 'Máximo de horas seguidas',
        hint: 'De 1 a 48 horas.',
        error: 'As horas seguidas devem ser um número inteiro de 1 a 48, ou vazio.',
      },
    },
    coolDown: {
      label: 'Oferecer uma pausa depois de uma chamada difícil ou longa',
      hint: 'A pessoa escolhe. Termina sozinha.',
    },
    coolDownMinutes: {
      label: 'Duração da pausa, em minutos',
      hint: 'De 1 a 60.',
      error: 'A pausa deve ser um número inteiro de minutos de 1 a 60.',
    },
    longCallMinutes: {
      label: 'Uma chamada longa dura, em minutos',
      hint: 'De 5 a 240.',
      error: 'Uma chamada longa deve ser um número inteiro de minutos de 5 a 240.',
    },
  },
  refusal: {
    rules: {
      weekHours: '{name} ficaria de plantão {hours} horas em 7 dias (a partir de {at}). O limite é {limit} horas.',
      restHours: '{name} teria só {hours} horas livres antes do turno de {at}. A regra é pelo menos {limit} horas.',
      stretchHours: '{name} ficaria de plantão {hours} horas seguidas (a partir de {at}). O limite é {limit} horas.',
    },
    overrideHeading: 'Salvar mesmo assim?',
    overrideHint: 'Escolha o motivo. O Kith guarda o motivo com o turno.',
    reasons: {
      'no-one-else': 'Ninguém mais pode pegar',
      'responder-asked': 'A pessoa pediu',
      'emergency-cover': 'Cobertura de emergência',
    },
    saveAnyway: 'Salvar mesmo assim',
    reasonMissing: 'Escolha um motivo para salvar mesmo assim.',
  },
};
