/**
 * The member's plan page (src/web/plan-page.ts), in the languages members can have (src/i18n/members.ts):
 * plain words for someone writing down what they want in a crisis, perhaps on a small phone.
 * Spanish uses usted.
 */
export interface PlanPageText {
  title: string;
  gone: { heading: string; body: string };
  intro: string;
  fields: Record<'helps' | 'avoid' | 'people' | 'never' | 'naloxone' | 'other', { label: string; hint: string }>;
  secret: { label: string; hint: string; again: string };
  save: string;
  saved: { heading: string; body: string };
  open: { heading: string; body: string; label: string; button: string };
  destroy: { heading: string; body: string; confirm: string; button: string };
  destroyed: { heading: string; body: string };
  history: { heading: string; none: string; wrongTotal: string; lockedUntil: string; changed: string };
  event: Record<'written' | 'opened' | 'wrong' | 'locked', string>;
  channel: Record<'page' | 'sms' | 'keypad' | 'phrase', string>;
  scope: Record<'call' | 'conversation' | 'response', string>;
  /** The page's script, which locks the plan in the browser (docs/CRYPTO.md, "Members' plans"). */
  sealing: { note: string; working: string; still: string; progress: string; failed: string };
  problems: Record<
    'wrongCode' | 'locked' | 'mismatch' | 'short' | 'empty' | 'tooLong' | 'confirm' | 'notSaved',
    string
  >;
  problemHeading: string;
  never: string;
}

export const planPageEn: PlanPageText = {
  title: 'Your crisis plan',
  gone: {
    heading: 'This link does not work any more',
    body: 'Links to your plan work once, for an hour. Text PLAN to the line for a new one.',
  },
  intro:
    'Write what you want people to do if you are in crisis. Only your code opens it. When you give your code (on a call, by text, or by telling a responder), the people helping you can read it until that call, conversation or visit ends.',
  fields: {
    helps: { label: 'What helps me', hint: 'For example: talk to me quietly, give me water, stay with me.' },
    avoid: { label: 'What not to do', hint: 'For example: do not touch me without asking.' },
    people: { label: 'My people to call', hint: 'Names and how to reach them.' },
    never: { label: 'Never', hint: 'For example: never call the police. No hospital unless I ask.' },
    naloxone: { label: 'Where my naloxone is', hint: 'For example: the front pocket of my bag.' },
    other: { label: 'Anything else', hint: '' },
  },
  secret: {
    label: 'Your code or phrase',
    hint: 'A code of 6 to 12 digits (you can type it on a phone keypad), or a phrase of at least 12 characters. A longer phrase is much harder to guess. We cannot recover it: if you forget it, write a new plan.',
    again: 'The same code or phrase again',
  },
  save: 'Save my plan',
  saved: {
    heading: 'Your plan is saved',
    body: 'This link is now used. Text PLAN to the line when you want to change it.',
  },
  open: {
    heading: 'See or change your plan',
    body: 'Type your code or phrase to see your plan and change it.',
    label: 'Your code or phrase',
    button: 'Open my plan',
  },
  destroy: {
    heading: 'Destroy your plan',
    body: 'This deletes your plan and its history at once. No one can read it after that.',
    confirm: 'Yes, destroy my plan',
    button: 'Destroy my plan',
  },
  destroyed: {
    heading: 'Your plan is destroyed',
    body: 'Nothing of it is left with us. You can write a new one any time.',
  },
  history: {
    heading: 'Who opened your plan',
    none: 'No one has opened it.',
    wrongTotal: 'Wrong codes tried, ever: {count}.',
    lockedUntil: 'Locked after too many wrong codes until {time}.',
    changed: 'Last written: {time}.',
  },
  event: {
    written: 'Written',
    opened: 'Opened',
    wrong: 'A wrong code',
    locked: 'A try while locked',
  },
  channel: { page: 'on this page', sms: 'by text', keypad: 'by phone keypad', phrase: 'told to a responder' },
  scope: { call: 'for a call', conversation: 'for a text conversation', response: 'for a visit' },
  sealing: {
    note: 'Your plan and your code are locked here, on this phone or computer. Only the locked plan is sent to us.',
    working: 'Locking your plan on this device. This can take a few seconds. Please keep this page open.',
    still: 'Still locking your plan. On an older phone this can take up to a minute. Please keep this page open.',
    progress: 'Locking your plan',
    failed:
      'This device could not lock your plan (it may not have enough memory). Nothing was sent. Press Save again and our server will lock it instead.',
  },
  problems: {
    wrongCode: 'That code or phrase did not open your plan. Tries left this hour: {left}.',
    locked: 'Too many wrong codes. Your plan is locked for up to an hour.',
    mismatch: 'The two codes are not the same.',
    short: 'Use a code of 6 to 12 digits, or a phrase of at least 12 characters.',
    empty: 'Write at least one thing in your plan.',
    tooLong: 'One of the boxes is too long (1000 characters at most).',
    confirm: 'Tick the box to say you want to destroy your plan.',
    notSaved: 'Your plan was not saved. Please try again.',
  },
  problemHeading: 'Please check this',
  never: 'We never share your plan with the police.',
};

export const planPageEs: PlanPageText = {
  title: 'Su plan de crisis',
  gone: {
    heading: 'Este enlace ya no funciona',
    body: 'Los enlaces a su plan sirven una vez, durante una hora. Escriba PLAN a la línea para recibir otro.',
  },
  intro:
    'Escriba lo que quiere que hagan si usted está en crisis. Solo su código lo abre. Cuando usted da su código (en una llamada, por mensaje o diciéndolo a quien le atiende), las personas que le ayudan pueden leerlo hasta que termine esa llamada, conversación o visita.',
  fields: {
    helps: { label: 'Lo que me ayuda', hint: 'Por ejemplo: hábleme con calma, deme agua, quédese conmigo.' },
    avoid: { label: 'Lo que no deben hacer', hint: 'Por ejemplo: no me toquen sin preguntar.' },
    people: { label: 'Mi gente a quien llamar', hint: 'Nombres y cómo encontrarlos.' },
    never: { label: 'Nunca', hint: 'Por ejemplo: nunca llamen a la policía. Nada de hospital si yo no lo pido.' },
    naloxone: { label: 'Dónde está mi naloxona', hint: 'Por ejemplo: el bolsillo de adelante de mi mochila.' },
    other: { label: 'Algo más', hint: '' },
  },
  secret: {
    label: 'Su código o frase',
    hint: 'Un código de 6 a 12 dígitos (puede marcarlo en el teclado del teléfono), o una frase de al menos 12 caracteres. Una frase más larga es mucho más difícil de adivinar. No podemos recuperarlo: si lo olvida, escriba un plan nuevo.',
    again: 'El mismo código o frase otra vez',
  },
  save: 'Guardar mi plan',
  saved: {
    heading: 'Su plan está guardado',
    body: 'Este enlace ya se usó. Escriba PLAN a la línea cuando quiera cambiarlo.',
  },
  open: {
    heading: 'Ver o cambiar su plan',
    body: 'Escriba su código o frase para ver su plan y cambiarlo.',
    label: 'Su código o frase',
    button: 'Abrir mi plan',
  },
  destroy: {
    heading: 'Destruir su plan',
    body: 'Esto borra su plan y su historial de inmediato. Nadie podrá leerlo después.',
    confirm: 'Sí, destruir mi plan',
    button: 'Destruir mi plan',
  },
  destroyed: {
    heading: 'Su plan fue destruido',
    body: 'No nos queda nada de él. Puede escribir uno nuevo cuando quiera.',
  },
  history: {
    heading: 'Quién abrió su plan',
    none: 'Nadie lo ha abierto.',
    wrongTotal: 'Códigos equivocados probados, en total: {count}.',
    lockedUntil: 'Bloqueado por demasiados códigos equivocados hasta las {time}.',
    changed: 'Escrito por última vez: {time}.',
  },
  event: {
    written: 'Escrito',
    opened: 'Abierto',
    wrong: 'Un código equivocado',
    locked: 'Un intento mientras estaba bloqueado',
  },
  channel: {
    page: 'en esta página',
    sms: 'por mensaje',
    keypad: 'con el teclado del teléfono',
    phrase: 'dicho a quien le atendió',
  },
  scope: { call: 'para una llamada', conversation: 'para una conversación por mensajes', response: 'para una visita' },
  sealing: {
    note: 'Su plan y su código se cierran aquí, en este teléfono o computadora. Solo se nos envía el plan cerrado.',
    working: 'Cerrando su plan en este aparato. Puede tardar unos segundos. Por favor, no cierre esta página.',
    still:
      'Todavía estamos cerrando su plan. En un teléfono viejo puede tardar hasta un minuto. Por favor, no cierre esta página.',
    progress: 'Cerrando su plan',
    failed:
      'Este aparato no pudo cerrar su plan (puede que no tenga suficiente memoria). No se envió nada. Pulse Guardar otra vez y nuestro servidor lo cerrará.',
  },
  problems: {
    wrongCode: 'Ese código o frase no abrió su plan. Intentos que le quedan en esta hora: {left}.',
    locked: 'Demasiados códigos equivocados. Su plan está bloqueado hasta por una hora.',
    mismatch: 'Los dos códigos no son iguales.',
    short: 'Use un código de 6 a 12 dígitos, o una frase de al menos 12 caracteres.',
    empty: 'Escriba al menos una cosa en su plan.',
    tooLong: 'Uno de los cuadros es demasiado largo (1000 caracteres como máximo).',
    confirm: 'Marque la casilla para confirmar que quiere destruir su plan.',
    notSaved: 'Su plan no se guardó. Por favor, inténtelo otra vez.',
  },
  problemHeading: 'Revise esto, por favor',
  never: 'Nunca compartimos su plan con la policía.',
};

export function planPageText(lang: string): PlanPageText {
  return lang === 'es' ? planPageEs : planPageEn;
}
