import type { EvaluationText } from './evaluation-types';

export const esEvaluation: EvaluationText = {
  nav: 'Evaluación',
  boardLink: 'Cifras para la evaluación',
  title: 'Cifras para la evaluación',
  heading: 'Cifras para la evaluación',
  intro:
    'Cuántas respuestas en terreno hubo y qué pasó, para que su programa pueda mirar atrás. Solo números: sin nombres, sin lugares, sin palabras.',
  from: { label: 'Desde', hint: 'El primer día, incluido. Los días se cuentan donde está la línea.' },
  to: { label: 'Hasta', hint: 'El último día, incluido.' },
  show: 'Mostrar',
  counting: 'Contando…',
  period: 'Del {from} al {to}',
  empty: 'No se registró nada en este periodo.',
  number: 'Número',
  total: 'Total',
  responses: {
    heading: 'Respuestas',
    byState: 'Respuestas por estado',
    byOutcome: 'Respuestas cerradas por resultado',
    byUrgency: 'Respuestas por urgencia',
    state: 'Estado',
    outcome: 'Resultado',
    urgency: 'Urgencia',
    states: {
      forming: 'Formando equipo',
      formed: 'En terreno',
      no_team: 'No se pudo formar un equipo',
      closed: 'Cerrada',
    },
  },
  emergency: {
    heading: 'Servicios de emergencia con el consentimiento de la persona',
    intro: 'Solo cuando la persona los pidió o estuvo de acuerdo.',
    byReason: 'Servicios de emergencia por motivo',
    reason: 'Motivo',
  },
  police: {
    heading: 'Contacto con la policía',
    intro:
      'Kith nunca contacta a la policía ni a ningún otro servicio; si la policía intervino de todos modos, el equipo lo registra aquí para que el programa lo vea y lo hable.',
    byCategory: 'Contacto con la policía según cómo pasó',
    category: 'Cómo pasó',
  },
  debriefs: { heading: 'Reuniones de cierre', done: 'Hechas', notDone: 'Sin hacer todavía' },
  followUps: {
    heading: 'Seguimientos',
    done: 'Hechos',
    missed: 'No hechos a tiempo',
    pending: 'Por hacer',
    hint: 'Seguimientos previstos en este periodo. «No hechos a tiempo» quiere decir que no se hicieron en los dos días siguientes.',
  },
  errors: {
    fromMissing: 'Escriba el primer día',
    toMissing: 'Escriba el último día',
    fromInvalid: 'Escriba el primer día como una fecha real',
    toInvalid: 'Escriba el último día como una fecha real',
    fromAfterTo: 'El primer día tiene que ser igual o anterior al último',
    general: 'Esas fechas no funcionaron. Revíselas y vuelva a intentarlo',
    failed: 'Algo falló de nuestro lado o con la conexión. Vuelva a intentarlo',
  },
};
