import type { Catalog } from './catalog';

export const es: Catalog = {
  greeting: 'Se ha comunicado con {program}, una línea de apoyo comunitario.',
  languageChoice: 'Para español, marque {digit}.',
  disclosures:
    'Esta línea nunca llama a la policía. Nadie irá a donde usted está a menos que lo pida. Su llamada no se graba. {scope} Atendemos {hours}.',
  scopeIntro: 'Podemos ayudar con',
  scope: {
    emergency: 'una emergencia',
    crisis: 'una crisis',
    prevention: 'planear con tiempo para estar a salvo',
    aftercare: 'apoyo después de una crisis',
  },
  notEmergencyService: 'No somos un servicio médico de emergencia.',
  offHours:
    'En este momento estamos cerrados. Atendemos {hours}. Por favor, llámenos de nuevo a esa hora. ' +
    'También puede enviar un mensaje de texto a este número. Gracias por comunicarse. Adiós.',
  noAnswer:
    'Lo sentimos. Nadie de nuestro equipo pudo contestar en este momento. ' +
    'Por favor, intente llamar de nuevo en unos minutos o envíe un mensaje de texto a este número. ' +
    'Gracias por comunicarse. Adiós.',
  hold: 'Estamos buscando a alguien de nuestro equipo. Por favor, no cuelgue.',
  holdStill: 'Seguimos buscando a alguien. Por favor, no cuelgue.',
  holdTrouble: 'Disculpe, tuvimos un problema de nuestro lado. Por favor, no cuelgue. Seguimos buscando a alguien.',
  connected: 'Le estamos conectando.',
  callEnded: 'Esta llamada terminó. Si necesita apoyo de nuevo, llámenos.',
  responderEnded:
    'La persona que le ayudaba tuvo que terminar esta llamada. Si todavía necesita apoyo, llámenos de nuevo.',
  hoursAlways: 'todos los días, a cualquier hora',
  hoursNone: 'en horarios que compartiremos pronto',
  hoursDay: '{days}, {spans}',
  hoursSpan: 'de {start} a {end}',
  midnight: 'medianoche',
  whisper:
    'Llamada de Kith para {program}. Marque 1 para aceptar, 2 para rechazarla. Durante la llamada, marque asterisco para terminarla.',
  whisperCallerLanguage: 'La persona eligió {language}.',
  whisperTaken: 'Otra persona ya tomó esta llamada. Gracias.',
  whisperGone: 'La persona ya no está esperando. Gracias.',
  whisperEarly:
    'Gracias. La persona todavía está escuchando lo que esta línea le promete. Por favor, no cuelgue: le conectaremos en cuanto termine. Marque asterisco para terminar la llamada.',
  whisperHungUp: 'La persona colgó antes de que pudiéramos conectarle. Puede colgar. Gracias.',
  whisperNotConnected:
    'No pudimos conectarle con la persona. Seguiremos buscando a alguien para ella. Puede colgar. Gracias.',
  whisperDeclined: 'De acuerdo. Buscaremos a otra persona. Gracias.',
  afterCall:
    'La llamada terminó. Si esta llamada le llegó por error, marque 1. Si tuvo que terminarla, marque 2. Si no, puede colgar.',
  afterCallThanks: 'Gracias. Quedó anotado. Cuídese.',
};
