import type { ShiftNotesText } from './shift-notes-types';

export const esShiftNotes: ShiftNotesText = {
  heading: 'Notas para el turno',
  intro: 'Solo las personas del turno pueden leer estas notas. Se borran cuando termina el turno.',
  none: 'No hay notas para tus turnos.',
  by: '{name}, {time}',
  goneAt: 'Se borra a las {time}, cuando termina el turno.',
  unreadable: {
    one: 'Hay 1 nota para tu turno escrita antes de que te unieras. Está sellada para quienes estaban en el turno entonces, así que no puedes leerla. Pregunta a un compañero qué decía.',
    other:
      'Hay {count} notas para tu turno escritas antes de que te unieras. Están selladas para quienes estaban en el turno entonces, así que no puedes leerlas. Pregunta a un compañero qué decían.',
  },
  cannotOpen: 'No se pudo abrir esta nota.',
  needsUnlock: 'Vuelve a entrar con tu frase de acceso para leer y escribir notas del turno.',
  write: {
    heading: 'Escribir una nota para el turno',
    label: 'Nota',
    hint: 'Texto simple, hasta 500 caracteres. No escribas el nombre ni el número de quien llama.',
    windowLegend: 'Qué turno',
    window: 'De {start} a {end}',
    readers: 'Solo estas personas pueden leerla: {names}.',
    noKey: '{names} todavía no han entrado, así que no podrán leerla.',
    save: 'Guardar la nota',
    saving: 'Guardando la nota…',
    saved: 'Nota guardada. Solo las personas del turno pueden leerla.',
    missing: 'Primero escribe la nota.',
    tooLong: 'La nota es demasiado larga: 500 caracteres como máximo.',
    remaining: { one: 'Queda 1 carácter', other: 'Quedan {count} caracteres' },
    tooMany: { one: '1 carácter de más', other: '{count} caracteres de más' },
    changed: 'Cambiaron las personas del turno. Revisa quién puede leerla y vuelve a guardar.',
  },
};
