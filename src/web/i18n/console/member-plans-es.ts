import type { MemberPlansText } from './member-plans-types';

export const esMemberPlans: MemberPlansText = {
  nav: 'Abrir el plan de un miembro',
  title: 'Planes de los miembros',
  heading: 'Planes de los miembros',
  intro:
    'El plan de un miembro dice lo que quiere en una crisis. Solo esa persona puede abrirlo, con su código o frase. Usted puede leerlo solo mientras atiende su llamada, conversación o visita.',
  openHeading: 'Abrir un plan con la frase del miembro',
  forScope: {
    call: 'Para la llamada que usted atiende.',
    conversation: 'Para la conversación por mensajes que usted atiende.',
    response: 'Para la respuesta en terreno en la que usted está.',
  },
  noScope:
    'Abra esta página desde una llamada, conversación o respuesta en terreno que usted atiende para abrir un plan para ella.',
  number: { label: 'Número de miembro', hint: 'Cuatro dígitos. Pregúnteselo al miembro.' },
  secret: {
    label: 'Su código o frase',
    hint: 'Escriba exactamente lo que le diga. Cinco intentos equivocados en una hora bloquean su plan, y esa persona ve cada intento.',
  },
  open: 'Abrir el plan',
  opened: 'El plan está abierto para: {names}.',
  openedNoKey: 'El código era correcto, pero nadie aquí tiene todavía una llave para leer planes.',
  listHeading: 'Planes abiertos para usted ahora',
  none: 'No hay ningún plan abierto para usted ahora.',
  planOf: 'Plan del miembro {number}',
  fields: {
    helps: 'Lo que le ayuda',
    avoid: 'Lo que no deben hacer',
    people: 'Su gente a quien llamar',
    never: 'Nunca',
    naloxone: 'Dónde está su naloxona',
    other: 'Algo más',
  },
  cannotOpen: 'Este plan no se puede abrir con su llave.',
  errors: {
    number: 'No hay ningún miembro con ese número.',
    secret: 'Eso no abrió el plan. Confírmelo con el miembro e inténtelo otra vez.',
    locked: 'Demasiados intentos equivocados: el plan está bloqueado hasta por una hora.',
    notOn: 'Usted no atiende esta llamada, conversación o respuesta, o ya terminó.',
    general: 'No se pudo abrir el plan. Inténtelo otra vez.',
  },
};
