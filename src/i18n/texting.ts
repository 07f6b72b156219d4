import { textAr } from './ar/texts';
import { textHt } from './ht/texts';
import { textTl } from './tl/texts';
import { textRu } from './ru/texts';
import { textZh } from './zh/texts';
import { textVi } from './vi/texts';
import { textPt } from './pt/texts';
import { textFr } from './fr/texts';

/**
 * Every text Kith sends by SMS, to a person who wrote to the line and to responders' own phones.
 * Short and plain: an SMS is read on a small screen, often in a hurry. Placeholders are filled by
 * `fill()`. A person's messages are never quoted back to them, and no number ever appears here.
 */
/** The automatic texts a person may get (the rest of a catalog is for responders' phones). */
export const PERSON_TEXT_KEYS = [
  'firstReply',
  'offHours',
  'joined',
  'noAnswer',
  'closed',
  'help',
  'stopped',
  'started',
  'mediaNotReceived',
  'languageSwitched',
  'slowDown',
] as const;
export type PersonTextKey = (typeof PERSON_TEXT_KEYS)[number];

export interface TextCatalog {
  /** Offered, in this language, in the first reply of every other language. */
  languageOffer: string;
  /** Once per conversation, before anything else. */
  firstReply: string;
  offHours: string;
  joined: string;
  noAnswer: string;
  closed: string;
  help: string;
  stopped: string;
  started: string;
  mediaNotReceived: string;
  languageSwitched: string;
  slowDown: string;
  /** When the number is forgotten, for the first reply: after {hours} hours, after one hour, or at once. */
  keptFor: string;
  keptForOne: string;
  keptForNone: string;

  /** To a responder's phone. */
  alert: string;
  alertBackup: string;
  /** Instead of one alert each, when many conversations open at once. */
  digest: string;
  relayed: string;
  relayedMedia: string;
  taken: string;
  yours: string;
  handedToYou: string;
  notYours: string;
  /** Taking a conversation needs someone on call for texts now, or a coordinator. */
  notOnCall: string;
  whichOne: string;
  closedByYou: string;
  released: string;
  replyFailed: string;
  /** Web chat words are sealed in the console; a phone cannot send them. */
  chatInConsole: string;
}

export const textEn: TextCatalog = {
  languageOffer: 'For English, reply ENGLISH.',
  firstReply:
    'You have reached {program}. We never call the police. A person from our team will read your messages and reply here. ' +
    '{scope} We answer {hours}. Only our team can read your messages. We forget your number {kept}. Reply HELP for help or STOP to stop texts.',
  offHours: 'We are closed right now. We answer {hours}. Please text us again then.',
  joined: 'Someone from our team is here now. You can write to them in this conversation.',
  noAnswer:
    'We are sorry. No one on our team can reply right now. Please text again later, or call this number when we are open.',
  closed:
    'This conversation has ended. Thank you for reaching out. You can text this number any time to reach us again.',
  help: '{program}: a community support line. Text here to reach our team. We never call the police. Reply STOP to stop texts and START to get them again.',
  stopped: 'You will not get more texts from {program}. Reply START to get them again.',
  started: 'You can text {program} again. Reply STOP to stop.',
  mediaNotReceived: 'We cannot see pictures or files here. Please write in words.',
  languageSwitched: 'We will write to you in English.',
  slowDown: 'You are sending messages very fast. Please wait a moment. We have what you sent.',
  keptFor: '{hours} hours after we finish talking',
  keptForOne: 'one hour after we finish talking',
  keptForNone: 'as soon as we finish talking',

  alert: 'Kith: a new text conversation, {alias}. Reply "{alias}" to take it, or open {url}',
  alertBackup: 'Kith: {alias} has waited {minutes} minutes with no one. Reply "{alias}" to take it, or open {url}',
  digest: 'Kith: {count} more text conversations opened in the last minute. Open {url}',
  relayed: '{alias}: {body}',
  relayedMedia: '{alias}: (sent a picture, which Kith does not keep)',
  taken: 'Kith: {alias} was taken by {name}. Thank you.',
  yours:
    'Kith: {alias} is yours. Write "{alias} your message" to reply, "{alias} DONE" to close, "{alias} RELEASE" to give it back.',
  handedToYou: 'Kith: {name} handed {alias} to you. Open {url}',
  notYours: 'Kith: {alias} is not open, or is someone else’s.',
  notOnCall: 'Kith: you are not on call for texts now, so you cannot take {alias}. The people on call have it.',
  whichOne: 'Kith: start your message with the conversation’s name, like "{alias} your message".',
  closedByYou: 'Kith: {alias} is closed. Thank you. Take care of yourself.',
  released: 'Kith: {alias} is back in the queue.',
  replyFailed: 'Kith: your reply to {alias} could not be sent. Try again, or use the console.',
  chatInConsole: 'Kith: {alias} is a web chat. Reply in the console: {url}',
};

export const textEs: TextCatalog = {
  languageOffer: 'Para español, responda ESPAÑOL.',
  firstReply:
    'Se ha comunicado con {program}. Nunca llamamos a la policía. Una persona de nuestro equipo leerá sus mensajes y le responderá aquí. ' +
    '{scope} Atendemos {hours}. Solo nuestro equipo puede leer sus mensajes. Olvidamos su número {kept}. Responda AYUDA para ayuda o PARAR para dejar de recibir mensajes.',
  offHours: 'Ahora estamos cerrados. Atendemos {hours}. Por favor, escríbanos de nuevo a esa hora.',
  joined: 'Ya hay una persona de nuestro equipo aquí. Puede escribirle en esta conversación.',
  noAnswer:
    'Lo sentimos. Nadie de nuestro equipo puede responder ahora. Escriba de nuevo más tarde, o llame a este número cuando estemos abiertos.',
  closed:
    'Esta conversación terminó. Gracias por comunicarse. Puede escribir a este número cuando quiera para hablar con nosotros otra vez.',
  help: '{program}: una línea de apoyo comunitario. Escriba aquí para hablar con nuestro equipo. Nunca llamamos a la policía. Responda PARAR (o STOP) para dejar de recibir mensajes y START para recibirlos otra vez.',
  stopped: 'Ya no recibirá mensajes de {program}. Responda START para recibirlos otra vez.',
  started: 'Puede escribir a {program} otra vez. Responda PARAR para dejar de recibir mensajes.',
  mediaNotReceived: 'Aquí no podemos ver fotos ni archivos. Por favor, escriba con palabras.',
  languageSwitched: 'Le escribiremos en español.',
  slowDown: 'Está enviando mensajes muy rápido. Espere un momento, por favor. Ya tenemos lo que envió.',
  keptFor: '{hours} horas después de terminar la conversación',
  keptForOne: 'una hora después de terminar la conversación',
  keptForNone: 'en cuanto termina la conversación',

  alert: 'Kith: una nueva conversación por texto, {alias}. Responda "{alias}" para tomarla, o abra {url}',
  alertBackup: 'Kith: {alias} lleva {minutes} minutos sin nadie. Responda "{alias}" para tomarla, o abra {url}',
  digest: 'Kith: {count} conversaciones por texto más se abrieron en el último minuto. Abra {url}',
  relayed: '{alias}: {body}',
  relayedMedia: '{alias}: (envió una foto, que Kith no guarda)',
  taken: 'Kith: {name} tomó {alias}. Gracias.',
  yours:
    'Kith: {alias} es suya. Escriba "{alias} su mensaje" para responder, "{alias} DONE" para cerrarla, "{alias} RELEASE" para devolverla.',
  handedToYou: 'Kith: {name} le pasó {alias}. Abra {url}',
  notYours: 'Kith: {alias} no está abierta, o es de otra persona.',
  notOnCall:
    'Kith: ahora no está de guardia para mensajes, así que no puede tomar {alias}. La tienen quienes están de guardia.',
  whichOne: 'Kith: empiece su mensaje con el nombre de la conversación, como "{alias} su mensaje".',
  closedByYou: 'Kith: {alias} está cerrada. Gracias. Cuídese.',
  released: 'Kith: {alias} volvió a la cola.',
  replyFailed: 'Kith: no se pudo enviar su respuesta a {alias}. Inténtelo otra vez, o use la consola.',
  chatInConsole: 'Kith: {alias} es un chat web. Responda en la consola: {url}',
};

const textCatalogs: Readonly<Record<string, TextCatalog>> = {
  en: textEn,
  es: textEs,
  ar: textAr,
  fr: textFr,
  pt: textPt,
  vi: textVi,
  zh: textZh,
  ru: textRu,
  tl: textTl,
  ht: textHt,
};

export function hasTextCatalog(language: string): boolean {
  return Object.hasOwn(textCatalogs, language);
}

/** Kith's texts in a language it has them in; never English in their place (see `catalogFor`). */
export function textCatalogFor(language: string): TextCatalog {
  const catalog = textCatalogs[language];
  if (!catalog) throw new Error(`no text catalog for "${language}"`);
  return catalog;
}

/** For a responder's own phone: their language where Kith has it, else English. */
export function teamTextCatalogFor(language: string): TextCatalog {
  return textCatalogs[language] ?? textEn;
}

export function textLanguages(): string[] {
  return Object.keys(textCatalogs);
}
