import type { ChatText } from './types';

const client = {
  waiting: 'Su mensaje fue enviado. Espere aquí, por favor: una persona de nuestro equipo se unirá pronto.',
  noAnswer: 'Lo sentimos. Nadie de nuestro equipo puede responder ahora. Intente de nuevo más tarde.',
  joined: 'Una persona de nuestro equipo se unió. Puede escribirle aquí.',
  closed: 'Este chat terminó. Gracias por comunicarse. Puede empezar un chat nuevo cuando quiera escribiendo abajo.',
  blocked: 'Ya no puede enviar mensajes en este chat. Gracias por su comprensión.',
  slowDown: 'Está enviando mensajes muy rápido. Espere un minuto y vuelva a enviar. Ya tenemos lo que envió.',
  busy: 'Muchas personas están empezando chats ahora. Espere un minuto e intente de nuevo.',
  empty: 'Escriba un mensaje antes de enviarlo.',
  tooLong: 'Su mensaje es muy largo. Envíelo en partes más cortas (hasta {max} caracteres cada una).',
  expired:
    'No encontramos su chat en este navegador. Esto pasa cuando el navegador bloquea las cookies y la página se recargó. Envíe su mensaje otra vez, por favor.',
  lineWait:
    'Muchas personas nos están escribiendo ahora. Estamos preparando la línea para usted. Podrá enviar su mensaje en unos {seconds} segundos.',
  lineReadying:
    'Muchas personas nos están escribiendo ahora. Preparando la línea para usted… Tarda unos segundos. Mientras tanto, puede escribir su mensaje.',
  lineReady: 'La línea está lista. Puede enviar su mensaje.',
  notYet:
    'Todavía estamos preparando la línea para usted. Espere unos {seconds} segundos y vuelva a enviar. Su mensaje sigue aquí.',
  proofNeeded:
    'Muchas personas nos están escribiendo ahora. Estamos preparando la línea para usted. Espere unos {seconds} segundos y vuelva a enviar. Su mensaje sigue aquí.',
  failed: 'No se pudo enviar su mensaje. Intente de nuevo.',
  noCookies:
    'Su navegador no guarda cookies de este sitio. El chat funciona mientras esta página siga abierta, pero si la recarga o la cierra, el chat termina. Para no perderlo al recargar, permita las cookies de este sitio.',
  noWasm:
    'Este navegador no puede cerrar con llave sus palabras en su aparato (WebAssembly está apagado). El chat funciona igual: nuestro servidor ve sus palabras un momento antes de cerrarlas con llave, como cuando JavaScript está apagado. Para ver respuestas nuevas, oprima "Ver respuestas nuevas".',
  newReply: 'Llegó una respuesta nueva. Oprima "Ver respuestas nuevas" para leerla.',
  teamWrote: 'Nuestro equipo escribió: {words}',
  escapeAgain: 'Oprima Escape otra vez para salir ya.',
  sending: 'Enviando…',
  sent: 'Enviado.',
  you: 'Usted',
  team: 'Nuestro equipo',
  cannotShow: 'Este mensaje no se puede mostrar en este navegador.',
  errorPrefix: 'Error:',
};

export const chatEs: ChatText = {
  title: 'Chatee con nosotros',
  heading: 'Chat con {program}',
  promisesHeading: 'Antes de empezar',
  neverPolice: 'Nunca llamamos a la policía. Nadie irá a donde usted está si usted no lo pide.',
  whoReads:
    'Una persona de nuestro equipo lee sus mensajes y le responde aquí. Sus mensajes van cerrados con llave: solo nuestro equipo y usted pueden leerlos.',
  hours: 'Atendemos {hours}.',
  kept: 'Nuestro servidor guarda sus mensajes solo cerrados con llave, y no puede leerlos. {kept} después de que termine el chat, olvidamos desde qué navegador llegó.',
  keptFor: '{hours} horas',
  noAccount: 'No necesita una cuenta ni un número de teléfono. No guardamos su dirección IP.',
  closedNow: 'Ahora estamos cerrados. Atendemos {hours}. Vuelva a esa hora, por favor.',
  noScriptHeading: 'JavaScript está apagado',
  noScript:
    'El chat funciona igual. Pero sin JavaScript, nuestro servidor ve sus palabras por un momento antes de cerrarlas con llave. Con JavaScript encendido, sus palabras se cierran con llave en su aparato antes de enviarse.',
  lockNote:
    'Esta página todavía se está preparando para cerrar con llave sus palabras en su aparato. Si envía ahora, nuestro servidor ve sus palabras por un momento antes de cerrarlas con llave, como cuando JavaScript está apagado. Para evitarlo, espere a que desaparezca esta nota.',
  leave: 'Salir ya',
  leaveHint: 'Salir ya termina este chat, lo borra de este navegador y abre otro sitio web.',
  leaveKey: 'También puede oprimir la tecla Escape dos veces para salir ya.',
  autoRefresh:
    'Esta página busca respuestas nuevas sola cada {seconds} segundos. Lo que escribió y no envió se pierde cuando lo hace.',
  stopRefresh: 'Dejar de buscar sola',
  pressCheck: 'Para ver respuestas nuevas, oprima "Ver respuestas nuevas".',
  noCookiesForm:
    'Su navegador no guarda cookies de este sitio. El chat funciona, pero solo en esta página: no la recargue ni vuelva atrás. Para ver respuestas nuevas, oprima "Ver respuestas nuevas". Para no perder el chat al recargar, permita las cookies de este sitio.',
  otherWays: 'También puede llamarnos o escribirnos por texto al {number}.',
  threadHeading: 'Su chat',
  you: client.you,
  team: client.team,
  cannotShow: client.cannotShow,
  messageLabel: 'Su mensaje',
  messageHint: 'No tiene que dar su nombre.',
  send: 'Enviar',
  check: 'Ver respuestas nuevas',
  errorPrefix: client.errorPrefix,
  client,
};
