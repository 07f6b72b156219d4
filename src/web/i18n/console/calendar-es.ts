import type { CalendarText } from './calendar-types';

export const esCalendar: CalendarText = {
  title: 'Mi calendario y avisos',
  intro: 'Ponga sus turnos en el calendario de su teléfono y elija cómo le avisamos antes de un turno.',
  mine: {
    heading: 'Mis turnos en mi calendario',
    warning:
      'Quien tenga este enlace ve las horas de sus turnos. No lo comparta. Agréguelo a su calendario como enlace (suscribirse).',
  },
  rota: {
    heading: 'Todos los turnos',
    warning:
      'Quien tenga este enlace ve todos los turnos y quién está en cada uno. No lo comparta. Déselo solo a coordinadores.',
  },
  linkLabel: 'Enlace del calendario',
  copy: 'Copiar',
  copied: 'Copiado.',
  copyFailed: 'No se pudo copiar. Seleccione el enlace y cópielo usted.',
  isOn: 'Hay un enlace activo. Se hizo {time}.',
  isOff: 'No hay ningún enlace activo.',
  make: 'Hacer un enlace',
  replace: 'Hacer un enlace nuevo',
  turnOff: 'Apagar el enlace',
  made: 'Aquí está su enlace. Solo se muestra ahora. Cópielo antes de salir de esta página. El enlace anterior ya no funciona.',
  turnedOff: 'El enlace está apagado. Ya no funciona.',
  remindHeading: 'Avisos antes de un turno',
  whenLegend: 'Cuándo',
  leads: {
    '15': '15 minutos antes',
    '30': '30 minutos antes',
    '60': '1 hora antes',
    '120': '2 horas antes',
    '240': '4 horas antes',
    '720': '12 horas antes',
  },
  evening: 'La noche anterior',
  eveningAt: { label: 'Hora de la noche anterior', hint: 'Entre las 12:00 y las 23:45.' },
  howLegend: 'Cómo',
  bySms: 'Un mensaje de texto a mi teléfono',
  byPush: 'Un aviso en mis aparatos donde lo active',
  save: 'Guardar avisos',
  saved: 'Avisos guardados.',
  deviceHeading: 'Este aparato',
  deviceOn: 'Este aparato recibe avisos.',
  deviceOff: 'Este aparato no recibe avisos.',
  remindHere: 'Avisarme en este aparato',
  stopHere: 'Dejar de avisar en este aparato',
  hereOn: 'Listo. Este aparato le avisará.',
  hereOff: 'Este aparato ya no le avisará.',
  cannot: {
    noWorker: 'Este navegador no puede mostrar avisos. Elija mejor un mensaje de texto a su teléfono.',
    noPush: 'Este navegador no puede recibir avisos. Elija mejor un mensaje de texto a su teléfono.',
    denied:
      'Los avisos están bloqueados para este sitio. Para recibirlos aquí, permita los avisos en la configuración de su navegador.',
    failed: 'Este navegador no pudo activar los avisos. Intente de nuevo, o elija un mensaje de texto a su teléfono.',
  },
};
