import type { LoadText } from './load-types';

export const tlLoad: LoadText = {
  nav: 'Dami ng trabaho',
  title: 'Dami ng trabaho',
  heading: 'Dami ng trabaho, bawat buwan',
  intro:
    'Oras na naka-on call at trabahong kinuha, bilang lang: walang tungkol sa kung sino ang tumawag o nag-text. Nagsisimula ang buwan sa hatinggabi ({zone}).',
  previous: 'Nakaraang buwan',
  next: 'Susunod na buwan',
  thisMonth: 'Ngayong buwan',
  mineHeading: 'Ang buwan mo',
  teamHeading: 'Ang team',
  teamIntro:
    'Sino ang pinakamaraming dinala, para maipamahagi ang trabaho. Ipinapakita ng mga bar ang oras na naka-on call; nasa talahanayan ang mga bilang.',
  caption: 'Dami ng trabaho sa {month}',
  name: 'Pangalan',
  hours: 'Oras na naka-on call',
  calls: 'Tawag na sinagot',
  texts: 'Text na kinuha',
  field: 'Field response',
  hoursValue: '{hours} oras',
  none: 'Wala pang tao sa team.',
  homeLink: 'Ang buwan mo: oras na naka-on call at trabahong kinuha',
};
