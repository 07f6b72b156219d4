import { fill } from './catalog';

/**
 * The pager: every text field dispatch sends to responders' own phones, and the one spoken line of a
 * backup call. Short, because they are read (or heard) in a hurry on a small screen. They never carry
 * the place, anything about the person, or a number: the alias ("R4") is all a phone ever learns.
 */
export interface DispatchCatalog {
  /** A team is being formed: the pager ask. */
  ask: string;
  askSupport: string;
  emergency: string;
  crisis: string;
  /** The `language` need, as words: "Spanish". */
  languageNames: Record<string, string>;
  accepted: string;
  acceptedSupport: string;
  declined: string;
  full: string;
  timedOut: string;
  released: string;
  formed: string;
  noTeam: string;
  noSupport: string;
  status: string;
  onTheWay: string;
  onScene: string;
  leaving: string;
  clear: string;
  checkedIn: string;
  missedCheckIn: string;
  backup: string;
  backupAsked: string;
  /** Spoken when a backup call is answered. */
  backupSpoken: string;
  /** A check-in call: the question, then what a press did. */
  checkInAsk: string;
  checkInThanks: string;
  checkInBackup: string;
  checkInNone: string;
  notOpen: string;
  /** `R4 NO` from someone who already said yes: the pager cannot take them off a team on its way. */
  alreadyOn: string;
  /** To the requester: someone on the team cannot open the brief until a reader's console shares it. */
  lateJoiner: string;
  help: string;
}

export const dispatchEn: DispatchCatalog = {
  ask: 'Kith {alias}: {urgency} team needed ({needs}). Reply {alias} YES and your minutes away ({alias} YES 15), or {alias} NO. Console: {url}',
  askSupport:
    'Kith {alias}: {urgency} team forming; can you be its support person? Reply {alias} YES or {alias} NO. Console: {url}',
  emergency: 'emergency',
  crisis: 'crisis',
  languageNames: {
    en: 'English',
    es: 'Spanish',
    fr: 'French',
    ar: 'Arabic',
    zh: 'Chinese',
    vi: 'Vietnamese',
    ht: 'Haitian Creole',
  },
  accepted:
    'Kith {alias}: thank you, you are on the team. Text {alias} OTW and minutes when you leave, {alias} OK to check in.',
  acceptedSupport: 'Kith {alias}: thank you, you are the support person for this team.',
  declined: 'Kith {alias}: thank you, noted that you cannot go.',
  full: 'Kith {alias}: the team is full, thank you. You are not needed on this one.',
  timedOut: 'Kith {alias}: no answer in time, so we asked someone else. Thank you.',
  released: 'Kith {alias}: you are no longer needed on this one. Thank you.',
  formed:
    'Kith {alias}: the team is formed ({count} going). Check in every {minutes} min: text {alias} OK. Console: {url}',
  noTeam: 'Kith {alias}: no team could be formed in time. The console shows what to do now: {url}',
  noSupport: 'Kith {alias}: a team is forming and no support person is on shift. Console: {url}',
  status: 'Kith {alias}: noted, {status}.',
  onTheWay: 'on the way, {eta} min',
  onScene: 'on scene',
  leaving: 'leaving',
  clear: 'clear',
  checkedIn: 'Kith {alias}: check-in noted. Next one within {minutes} min.',
  missedCheckIn: 'Kith {alias}: the team missed its check-in. Reach them now. Console: {url}',
  backup: 'Kith {alias}: team {alias} needs backup now. Open the console: {url}',
  backupAsked: 'Kith {alias}: backup asked; {count} on shift told.',
  backupSpoken: 'Kith: team {alias} needs backup now. Check your texts.',
  checkInAsk: 'Kith safety check-in for team {alias}. Press 1 if the team is safe. Press 9 if you need backup.',
  checkInThanks: 'Thank you. The team is checked in.',
  checkInBackup: 'Backup is being asked for now. Check your texts.',
  checkInNone: 'No check-in was recorded. Text {alias} OK when you can.',
  notOpen: 'Kith {alias}: that response is not open, or you are not on it.',
  alreadyOn: 'Kith {alias}: you are on the team. If you cannot go, tell the team and the coordinator now.',
  lateJoiner:
    'Kith {alias}: {name} joined the team after the brief was written. Open the console so it shares the brief with them: {url}',
  help: 'Kith pager: text the team code and a word: R4 YES 15, R4 NO, R4 OTW 10, R4 HERE, R4 LEAVING, R4 CLEAR, R4 OK, R4 BACKUP.',
};

export const dispatchEs: DispatchCatalog = {
  ask: 'Kith {alias}: se necesita equipo ({urgency}; {needs}). Responda {alias} SI y sus minutos de distancia ({alias} SI 15), o {alias} NO. Consola: {url}',
  askSupport:
    'Kith {alias}: se forma un equipo ({urgency}); ¿puede ser su persona de apoyo? Responda {alias} SI o {alias} NO. Consola: {url}',
  emergency: 'emergencia',
  crisis: 'crisis',
  languageNames: {
    en: 'inglés',
    es: 'español',
    fr: 'francés',
    ar: 'árabe',
    zh: 'chino',
    vi: 'vietnamita',
    ht: 'criollo haitiano',
  },
  accepted:
    'Kith {alias}: gracias, está en el equipo. Escriba {alias} OTW y minutos al salir, {alias} OK para reportarse.',
  acceptedSupport: 'Kith {alias}: gracias, usted es la persona de apoyo de este equipo.',
  declined: 'Kith {alias}: gracias, anotamos que no puede ir.',
  full: 'Kith {alias}: el equipo está completo, gracias. No se le necesita en esta.',
  timedOut: 'Kith {alias}: no hubo respuesta a tiempo y pedimos a otra persona. Gracias.',
  released: 'Kith {alias}: ya no se le necesita en esta. Gracias.',
  formed:
    'Kith {alias}: el equipo está formado (van {count}). Repórtense cada {minutes} min: escriba {alias} OK. Consola: {url}',
  noTeam: 'Kith {alias}: no se pudo formar un equipo a tiempo. La consola dice qué hacer ahora: {url}',
  noSupport: 'Kith {alias}: se forma un equipo y no hay persona de apoyo en turno. Consola: {url}',
  status: 'Kith {alias}: anotado, {status}.',
  onTheWay: 'en camino, {eta} min',
  onScene: 'en el lugar',
  leaving: 'saliendo',
  clear: 'libre',
  checkedIn: 'Kith {alias}: reporte anotado. El próximo en menos de {minutes} min.',
  missedCheckIn: 'Kith {alias}: el equipo no se reportó a tiempo. Contáctelo ahora. Consola: {url}',
  backup: 'Kith {alias}: el equipo {alias} necesita refuerzo ya. Abra la consola: {url}',
  backupAsked: 'Kith {alias}: refuerzo pedido; avisamos a {count} en turno.',
  backupSpoken: 'Kith: el equipo {alias} necesita refuerzo ya. Revise sus mensajes.',
  checkInAsk:
    'Kith, control de seguridad del equipo {alias}. Marque 1 si el equipo está bien. Marque 9 si necesita refuerzo.',
  checkInThanks: 'Gracias. El equipo quedó registrado como bien.',
  checkInBackup: 'Estamos pidiendo refuerzo ahora. Revise sus mensajes.',
  checkInNone: 'No se registró el control. Escriba {alias} OK cuando pueda.',
  notOpen: 'Kith {alias}: esa respuesta no está abierta, o usted no está en ella.',
  alreadyOn: 'Kith {alias}: usted está en el equipo. Si no puede ir, avise ya al equipo y a la coordinación.',
  lateJoiner:
    'Kith {alias}: {name} se unió al equipo después de que se escribiera el resumen. Abra la consola para que se lo comparta: {url}',
  help: 'Kith: escriba el código del equipo y una palabra: R4 SI 15, R4 NO, R4 OTW 10, R4 HERE, R4 LEAVING, R4 CLEAR, R4 OK, R4 BACKUP.',
};

const catalogs: Readonly<Record<string, DispatchCatalog>> = { en: dispatchEn, es: dispatchEs };

/** The language to page a responder in: theirs where the pager has words in it, else English. */
export function dispatchLanguage(language: string): string {
  return Object.hasOwn(catalogs, language) ? language : 'en';
}

export function dispatchCatalogFor(language: string): DispatchCatalog {
  return catalogs[language] ?? dispatchEn;
}

export type DispatchTextKey = Exclude<
  keyof DispatchCatalog,
  'languageNames' | 'emergency' | 'crisis' | 'onTheWay' | 'onScene' | 'leaving' | 'clear'
>;

export function dispatchText(language: string, key: DispatchTextKey, values: Record<string, string | number>): string {
  return fill(dispatchCatalogFor(language)[key], values);
}
