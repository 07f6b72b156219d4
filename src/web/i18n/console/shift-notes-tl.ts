import type { ShiftNotesText } from './shift-notes-types';

export const tlShiftNotes: ShiftNotesText = {
  heading: 'Mga tala para sa shift',
  intro:
    'Ang mga nasa shift lang ang makakabasa ng mga talang ito. Binubura ang mga ito pagtapos ng shift, o mas maaga kung buburahin ng sumulat.',
  none: 'Walang tala para sa mga shift mo.',
  by: '{name}, {time}',
  goneAt: 'Buburahin sa {time}, pagtapos ng shift.',
  unreadable: {
    one: 'May 1 tala para sa shift mo na isinulat bago ka sumali. Selyado ito para sa mga nasa shift noon, kaya hindi mo ito mabasa. Tanungin ang isang kasama kung ano ang sinabi nito.',
    other:
      'May {count} tala para sa shift mo na isinulat bago ka sumali. Selyado ang mga ito para sa mga nasa shift noon, kaya hindi mo mabasa. Tanungin ang isang kasama kung ano ang sinabi ng mga ito.',
  },
  cannotOpen: 'Hindi mabuksan ang talang ito.',
  needsUnlock: 'Mag-sign in ulit gamit ang passphrase mo para makabasa at makasulat ng mga tala ng shift.',
  write: {
    heading: 'Sumulat ng tala para sa shift',
    label: 'Tala',
    hint: 'Simpleng teksto, hanggang 500 character. Huwag isulat ang pangalan o numero ng tumatawag.',
    windowLegend: 'Aling shift',
    window: 'Mula {start} hanggang {end}',
    readers: 'Ang mga taong ito lang ang makakabasa: {names}.',
    noKey: 'Hindi pa nakaka-sign in si {names}, kaya hindi nila ito mababasa.',
    save: 'I-save ang tala',
    saving: 'Sine-save ang tala…',
    saved: 'Na-save ang tala. Ang mga nasa shift lang ang makakabasa nito.',
    missing: 'Isulat muna ang tala.',
    tooLong: 'Masyadong mahaba ang tala: hanggang 500 character lang.',
    remaining: { one: '{count} character na lang', other: '{count} character na lang' },
    tooMany: { one: 'Sobra ng {count} character', other: 'Sobra ng {count} character' },
    changed: 'Nagbago ang mga nasa shift. Tingnan kung sino ang makakabasa, saka i-save ulit.',
  },
  remove: {
    button: 'Burahin ang tala na ito',
    heading: 'Burahin ang tala na ito?',
    consequence:
      'Pagkatapos nito, wala nang makakabasa nito sa Kith. Maaaring maalala pa ito ng mga nakabasa na. Hindi na ito maibabalik.',
    confirm: 'Oo, burahin ang tala',
    deleted: 'Nabura ang tala. Wala nang makakabasa nito sa Kith.',
    gone: 'Nabura na ang tala na ito.',
  },
};
