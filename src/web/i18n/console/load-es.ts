import type { LoadText } from './load-types';

export const esLoad: LoadText = {
  nav: 'Carga',
  title: 'Carga',
  heading: 'Carga, mes a mes',
  intro:
    'Horas de guardia y trabajo atendido, solo en números: nada sobre quién llamó o escribió. Los meses empiezan a medianoche en {zone}.',
  previous: 'Mes anterior',
  next: 'Mes siguiente',
  thisMonth: 'Este mes',
  mineHeading: 'Su mes',
  teamHeading: 'El equipo',
  teamIntro:
    'Quién ha cargado más, para que usted reparta la carga. Las barras muestran las horas de guardia; los números están en la tabla.',
  caption: 'Carga en {month}',
  name: 'Nombre',
  hours: 'Horas de guardia',
  calls: 'Llamadas atendidas',
  texts: 'Mensajes atendidos',
  field: 'Salidas de campo',
  hoursValue: '{hours} h',
  none: 'Todavía no hay nadie en el equipo.',
  homeLink: 'Su mes: horas de guardia y trabajo atendido',
};
