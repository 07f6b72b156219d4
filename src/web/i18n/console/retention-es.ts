import type { BurnText, RetentionSettingsText } from './retention-types';

export const esRetentionSettings: RetentionSettingsText = {
  heading: 'Cuánto tiempo guardamos las cosas',
  intro:
    'Kith las borra por sí solo cuando se cumple su tiempo. Menos tiempo es más seguro: lo que el equipo no guarda no se lo pueden llevar, pedir ni contar.',
  fields: {
    wordsDays: {
      label: 'Palabras de mensajes y notas, en días',
      hint: 'Palabras de mensajes y notas: se borran estos días después de que se cerró la conversación o de que la nota cambió por última vez. De 1 a 90 días.',
    },
    evaluationDays: {
      label: 'Registros de llamadas y conversaciones, en días',
      hint: 'Cuándo hubo llamadas y conversaciones y cómo terminaron, sin palabras y sin números: se borran estos días después de que terminaron. De 7 a 365 días.',
    },
    blocksDays: {
      label: 'Bloqueos de remitentes, en días',
      hint: 'Un bloqueo a alguien que mandó mensajes no deseados: se quita y se borra estos días después de hacerlo. De 1 a 365 días.',
    },
  },
  numbersBefore:
    'Los números de quien llama o escribe se borran unas horas después de que se cierra la conversación. Usted elige cuántas horas en Mensajes de texto: ',
  numbersAfter: '.',
  errors: {
    wordsDays: 'Escriba un número entero de días, de 1 a 90',
    evaluationDays: 'Escriba un número entero de días, de 7 a 365',
    blocksDays: 'Escriba un número entero de días, de 1 a 365',
  },
};

export const esBurn: BurnText = {
  heading: 'Quemar',
  intro:
    'Para una emergencia: si se pueden llevar el servidor, o si alguien pudo haber entrado. Quemar destruye, de una vez, todo lo que abre lo que el equipo escribió.',
  destroysHeading: 'Lo que quemar destruye',
  destroys: [
    'Todas las llaves que abren notas y mensajes: el acceso y la llave privada de cada persona, y la llave propia de cada nota y cada mensaje.',
    'Las notas y los mensajes sellados, y el registro de quién los abrió.',
    'Todos los números de quien llama o escribe que Kith guarda, y la lista de remitentes bloqueados. Las conversaciones abiertas se cierran.',
    'El acceso de todas las personas, también el suyo: se cierran todas las sesiones a la vez.',
  ],
  keepsHeading: 'Lo que queda',
  keeps: [
    'La configuración del programa y el plan de emergencia.',
    'La lista del equipo, con nombres y teléfonos, y los turnos.',
    'Los registros de llamadas y conversaciones, sin palabras y sin números.',
    'Las bajas: quien escribió STOP sigue sin recibir mensajes.',
  ],
  lineKeepsAnswering:
    'La línea sigue contestando: las llamadas siguen sonando al equipo y los mensajes siguen llegando.',
  cannotUndo:
    'No se puede deshacer. Nadie, ni usted, podrá volver a abrir una nota o un mensaje quemado. Después, todas las personas vuelven a entrar con una invitación nueva; la suya aparece en la siguiente pantalla.',
  confirm: {
    label: 'Para confirmar, escriba el nombre del programa: {name}',
    hint: 'Exactamente como está escrito aquí, con las mismas mayúsculas y espacios.',
  },
  button: 'Quemar ahora',
  burning: 'Quemando…',
  errors: {
    confirmMissing: 'Escriba el nombre del programa para confirmar',
    confirmWrong:
      'Ese no es el nombre del programa. Escríbalo exactamente como está escrito, con las mismas mayúsculas y espacios',
    failed:
      'No se pudo quemar. Si esta página sigue mostrando la configuración, no se destruyó nada. Inténtelo de nuevo.',
  },
  done: {
    title: 'Quemado',
    heading: 'El programa se quemó',
    burntAt: 'Quemado el {time}. Ya no se puede abrir nada de lo sellado.',
    keyHeading: 'Cree su llave nueva',
    keyBody:
      'Su llave anterior también se destruyó. Este enlace le deja crear una nueva. Sirve una sola vez, durante {hours} horas (hasta {time}).',
    onceOnly: 'Cópielo ahora: solo se muestra aquí, y si recarga o cierra esta página se pierde.',
    linkLabel: 'Su enlace de invitación',
    copy: 'Copiar el enlace',
    copied: 'Enlace copiado.',
    copyFailed: 'No se pudo copiar. El enlace está seleccionado: cópielo usted.',
    setUpNow: 'Crear mi llave nueva ahora',
    teamHeading: 'Su equipo',
    teamBody:
      'Las demás personas también salieron y sus llaves se destruyeron. Cuando tenga su llave nueva, mande a cada una una invitación nueva desde Equipo.',
  },
};
