import type { CalendarText } from './calendar-types';

/** Draft, translated from English; not yet read by a fluent speaker. */
export const tlCalendar: CalendarText = {
  title: 'Aking kalendaryo at paalala',
  intro:
    'Ilagay ang mga shift mo sa kalendaryo ng telepono mo, at piliin kung paano ka namin paaalalahanan bago ang shift.',
  mine: {
    heading: 'Mga shift ko sa kalendaryo ko',
    warning:
      'Makikita ng sinumang may link na ito ang oras ng mga shift mo. Ilihim ito. Idagdag ito sa kalendaryo mo bilang link (subscribe).',
  },
  rota: {
    heading: 'Buong iskedyul',
    warning:
      'Makikita ng sinumang may link na ito ang lahat ng shift at kung sino ang naka-shift. Ilihim ito. Ibigay lang sa mga coordinator.',
  },
  linkLabel: 'Link ng kalendaryo',
  copy: 'Kopyahin',
  copied: 'Nakopya.',
  copyFailed: 'Hindi makopya. Piliin ang link at ikaw ang kumopya.',
  isOn: 'May link na bukas. Ginawa ito {time}.',
  isOff: 'Walang link na bukas.',
  make: 'Gumawa ng link',
  replace: 'Gumawa ng bagong link',
  turnOff: 'Patayin ang link',
  made: 'Heto ang link mo. Ngayon lang ito ipapakita. Kopyahin bago umalis sa pahinang ito. Hindi na gumagana ang lumang link.',
  turnedOff: 'Patay na ang link. Hindi na ito gumagana.',
  remindHeading: 'Paalala bago ang shift',
  whenLegend: 'Kailan',
  leads: {
    '15': '15 minuto bago',
    '30': '30 minuto bago',
    '60': '1 oras bago',
    '120': '2 oras bago',
    '240': '4 na oras bago',
    '720': '12 oras bago',
  },
  evening: 'Sa gabi bago nito',
  eveningAt: { label: 'Oras sa gabi bago nito', hint: 'Mula 12:00 hanggang 23:45.' },
  howLegend: 'Paano',
  bySms: 'Text sa telepono ko',
  byPush: 'Abiso sa mga device kung saan ko ito binuksan',
  save: 'I-save ang paalala',
  saved: 'Na-save ang paalala.',
  deviceHeading: 'Ang device na ito',
  deviceOn: 'Nakakatanggap ng paalala ang device na ito.',
  deviceOff: 'Hindi nakakatanggap ng paalala ang device na ito.',
  remindHere: 'Paalalahanan ako sa device na ito',
  stopHere: 'Itigil ang paalala sa device na ito',
  hereOn: 'Tapos na. Paaalalahanan ka ng device na ito.',
  hereOff: 'Hindi ka na paaalalahanan ng device na ito.',
  cannot: {
    noWorker: 'Hindi makapagpakita ng paalala ang browser na ito. Piliin na lang ang text sa telepono mo.',
    noPush: 'Hindi makatanggap ng paalala ang browser na ito. Piliin na lang ang text sa telepono mo.',
    denied:
      'Naka-block ang mga abiso para sa site na ito. Para sa paalala rito, payagan ang abiso sa settings ng browser.',
    failed: 'Hindi nabuksan ng browser na ito ang paalala. Subukan ulit, o piliin ang text.',
  },
};
