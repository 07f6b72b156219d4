import type { GridText } from './grid-types';

export const tlGrid: GridText = {
  label: 'Grid ng linggo, {first} hanggang {last}',
  legend:
    'Bawat shift ay may nakasulat na Primary (buong gilid, ■) o Backup (putol-putol na gilid, ◇). Ang mga puwang ay may guhit at nakasulat na Puwang. Ang shift na lampas sa tuntunin sa pahinga ay may nakasulat din.',
  primary: 'Primary',
  backup: 'Backup',
  rest: {
    weekHours: 'Lampas sa tuntunin sa pahinga: {hours} oras sa 7 araw (hangganan {limit} oras)',
    restHours: 'Lampas sa tuntunin sa pahinga: {hours} oras lang ng pahinga bago ito (tuntunin {limit} oras)',
    stretchHours: 'Lampas sa tuntunin sa pahinga: {hours} oras nang tuloy-tuloy (hangganan {limit} oras)',
  },
  allowed: 'Pinayagan: {reason}',
  restNone: 'Walang shift ngayong linggo na lampas sa tuntunin sa pahinga.',
  restOne: '1 shift ngayong linggo ang lampas sa tuntunin sa pahinga.',
  restMany: '{count} shift ngayong linggo ang lampas sa tuntunin sa pahinga.',
};
