import type { BriefingText } from './briefing-types';

export const esBriefing: BriefingText = {
  home: {
    heading: 'Antes de su turno: el plan de emergencia',
    dueOnCall: 'No le llamaremos hasta que lea el plan de emergencia del equipo. Léalo ahora, por favor.',
    dueNext: 'El plan de emergencia cambió, o es momento de leerlo otra vez. Léalo antes de su próximo turno.',
    version: 'Versión {version}, guardada {time}',
    read: 'Lo he leído',
    done: 'Gracias. Ya le pueden llamar.',
    changed: 'El plan cambió mientras lo leía. Lea esta versión, por favor.',
  },
  settings: {
    everyShifts: {
      label: 'Pedir que todos lo lean otra vez cada … turnos',
      hint: '0 significa solo cuando el plan cambia. Hasta 52.',
      error: 'Escriba un número entero de 0 a 52.',
    },
    acksHeading: 'Quién ha leído el plan',
    current: 'El plan actual es la versión {version}, guardada {time}.',
    noPlan: 'Todavía no hay plan escrito, así que no hay nada que leer.',
    readCurrent: 'Versión actual',
    readOld: 'Versión {version} (anterior)',
    never: 'Aún no lo ha leído',
  },
};
