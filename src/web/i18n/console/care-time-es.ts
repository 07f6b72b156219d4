import type { CareTimeText } from './care-time-types';

export const esCareTime: CareTimeText = {
  home: {
    stepBack: 'Necesito apartarme',
    stepBackHint:
      'Deja de recibir llamadas hasta que termine su turno. Se avisa a quien coordina para cubrirle, pero no el motivo.',
    stepBackConfirm: '¿Apartarse hasta que termine su turno?',
    stepBackYes: 'Sí, apartarme',
    stepBackNo: 'Cancelar',
    steppedBack: 'Usted se apartó. No recibe llamadas hasta las {time}.',
    coolingDown: 'Usted está fuera de la línea hasta las {time}.',
    markHard: 'Marcar mi última llamada como difícil',
    markHardHint: 'Solo usted lo ve. No se guarda nada de la llamada.',
    markedHard: 'Marcada. Cuídese.',
    offerHeading: '¿Toma unos minutos?',
    offerHard: 'Esa llamada fue difícil. Puede tomar {minutes} minutos fuera de la línea.',
    offerLong: 'Esa llamada fue larga. Puede tomar {minutes} minutos fuera de la línea.',
    offerSupport: 'Para hablarlo, puede buscar a: {names}.',
    offerNoSupport: 'Ahora no hay nadie de apoyo en turno.',
    take: 'Tomar {minutes} minutos fuera de la línea',
    notNow: 'Ahora no',
    offerClosed: 'Bien. Usted sigue en la línea.',
  },
  settings: {
    heading: 'Descanso y pausa',
    intro:
      'Las reglas de descanso evitan que alguien esté de guardia demasiado tiempo. Un turno que rompe una necesita un motivo para guardarse.',
    offHint: 'Déjelo vacío si no quiere regla.',
    rules: {
      weekHours: {
        label: 'Máximo de horas de guardia en 7 días',
        hint: 'De 8 a 168 horas.',
        error: 'Las horas en 7 días deben ser un número entero de 8 a 168, o vacío.',
      },
      restHours: {
        label: 'Mínimo de horas libres entre turnos',
        hint: 'De 1 a 24 horas.',
        error: 'Las horas libres deben ser un número entero de 1 a 24, o vacío.',
      },
      stretchHours: {
        label: 'Máximo de horas seguidas',
        hint: 'De 1 a 48 horas.',
        error: 'Las horas seguidas deben ser un número entero de 1 a 48, o vacío.',
      },
    },
    coolDown: {
      label: 'Ofrecer una pausa después de una llamada difícil o larga',
      hint: 'La persona decide. Termina sola.',
    },
    coolDownMinutes: {
      label: 'Duración de la pausa, en minutos',
      hint: 'De 1 a 60.',
      error: 'La pausa debe ser un número entero de minutos de 1 a 60.',
    },
    longCallMinutes: {
      label: 'Una llamada larga dura, en minutos',
      hint: 'De 5 a 240.',
      error: 'Una llamada larga debe ser un número entero de minutos de 5 a 240.',
    },
  },
  refusal: {
    rules: {
      weekHours: '{name} estaría de guardia {hours} horas en 7 días (desde {at}). El límite es {limit} horas.',
      restHours:
        '{name} tendría solo {hours} horas libres antes del turno de {at}. La regla es al menos {limit} horas.',
      stretchHours: '{name} estaría de guardia {hours} horas seguidas (desde {at}). El límite es {limit} horas.',
    },
    overrideHeading: '¿Guardarlo de todos modos?',
    overrideHint: 'Elija el motivo. Kith lo guarda con el turno.',
    reasons: {
      'no-one-else': 'Nadie más puede tomarlo',
      'responder-asked': 'La persona lo pidió',
      'emergency-cover': 'Cobertura de emergencia',
    },
    saveAnyway: 'Guardar de todos modos',
    reasonMissing: 'Elija un motivo para guardar de todos modos.',
  },
};
