import type { ShiftNotesText } from './shift-notes-types';

export const esShiftNotes: ShiftNotesText = {
  heading: 'Notas para el turno',
  intro:
    'Solo las personas del turno pueden leer estas notas. Se borran cuando termina el turno, o antes si quien la escribió la borra.',
  none: 'No hay notas para sus turnos.',
  by: '{name}, {time}',
  goneAt: 'Se borra a las {time}, cuando termina el turno.',
  unreadable: {
    one: 'Hay 1 nota para su turno escrita antes de que usted se uniera. Está sellada para quienes estaban en el turno entonces, así que no puede leerla. Pregunte a un compañero qué decía.',
    other:
      'Hay {count} notas para su turno escritas antes de que usted se uniera. Están selladas para quienes estaban en el turno entonces, así que no puede leerlas. Pregunte a un compañero qué decían.',
  },
  cannotOpen: 'No se pudo abrir esta nota.',
  needsUnlock: 'Vuelva a entrar con su frase de acceso para leer y escribir notas del turno.',
  write: {
    heading: 'Escribir una nota para el turno',
    label: 'Nota',
    hint: 'Texto simple, hasta 500 caracteres. No escriba el nombre ni el número de quien llama.',
    windowLegend: 'Qué turno',
    window: 'De {start} a {end}',
    readers: 'Solo estas personas pueden leerla: {names}.',
    noKey: '{names} todavía no han entrado, así que no podrán leerla.',
    save: 'Guardar la nota',
    saving: 'Guardando la nota…',
    saved: 'Nota guardada. Solo las personas del turno pueden leerla.',
    missing: 'Primero escriba la nota.',
    tooLong: 'La nota es demasiado larga: 500 caracteres como máximo.',
    remaining: { one: 'Queda {count} carácter', other: 'Quedan {count} caracteres' },
    tooMany: { one: '{count} carácter de más', other: '{count} caracteres de más' },
    changed: 'Cambiaron las personas del turno. Revise quién puede leerla y vuelva a guardar.',
  },
  remove: {
    button: 'Borrar esta nota',
    heading: '¿Borrar esta nota?',
    consequence: 'Después de esto nadie podrá leerla en Kith. Quien ya la leyó puede recordarla. No se puede deshacer.',
    confirm: 'Sí, borrar la nota',
    deleted: 'Nota borrada. Ya nadie puede leerla en Kith.',
    gone: 'Esta nota ya estaba borrada.',
  },
};
