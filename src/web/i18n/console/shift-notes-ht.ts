import type { ShiftNotesText } from './shift-notes-types';

export const htShiftNotes: ShiftNotesText = {
  heading: 'Nòt pou ekip la',
  intro:
    'Se sèlman moun ki nan ekip la ki ka li nòt sa yo. Yo efase lè ekip la fini, oswa pi bonè si moun ki ekri yo efase yo.',
  none: 'Pa gen nòt pou ekip ou yo.',
  by: '{name}, {time}',
  goneAt: 'Y ap efase a {time}, lè ekip la fini.',
  unreadable: {
    one: 'Gen 1 nòt pou ekip ou a ki te ekri anvan ou te antre. Li sele pou moun ki te nan ekip la lè sa a, donk ou pa ka li l. Mande yon kòlèg sa l te di.',
    other:
      'Gen {count} nòt pou ekip ou a ki te ekri anvan ou te antre. Yo sele pou moun ki te nan ekip la lè sa a, donk ou pa ka li yo. Mande yon kòlèg sa yo te di.',
  },
  cannotOpen: 'Nou pa t ka louvri nòt sa a.',
  needsUnlock: 'Konekte ankò ak fraz sekrè ou pou li epi ekri nòt pou ekip la.',
  write: {
    heading: 'Ekri yon nòt pou ekip la',
    label: 'Nòt',
    hint: 'Tèks senp, jiska 500 karaktè. Pa ekri non oswa nimewo yon moun ki rele.',
    windowLegend: 'Ki ekip',
    window: 'Depi {start} jiska {end}',
    readers: 'Se sèlman moun sa yo ki ka li l: {names}.',
    noKey: '{names} poko konekte, donk yo p ap ka li l.',
    save: 'Anrejistre nòt la',
    saving: 'N ap anrejistre nòt la…',
    saved: 'Nòt la anrejistre. Se sèlman moun ki nan ekip la ki ka li l.',
    missing: 'Ekri nòt la anvan.',
    tooLong: 'Nòt la twò long: 500 karaktè pi plis.',
    remaining: { one: 'Rete {count} karaktè', other: 'Rete {count} karaktè' },
    tooMany: { one: '{count} karaktè twòp', other: '{count} karaktè twòp' },
    changed: 'Moun ki nan ekip la chanje. Gade ki moun ki ka li l, epi anrejistre ankò.',
  },
  remove: {
    button: 'Efase nòt sa a',
    heading: 'Efase nòt sa a?',
    consequence:
      'Apre sa, pèsonn p ap ka li l nan Kith ankò. Moun ki te deja li l ka toujou sonje l. Ou pa ka defè sa.',
    confirm: 'Wi, efase nòt la',
    deleted: 'Nòt la efase. Pèsonn pa ka li l nan Kith kounye a.',
    gone: 'Nòt sa a te deja efase.',
  },
};
