import type { LoadText } from './load-types';

export const enLoad: LoadText = {
  nav: 'Load',
  title: 'Load',
  heading: 'Load, month by month',
  intro:
    'Hours on call and work taken, counted only: nothing about who called or texted. Months begin at midnight in {zone}.',
  previous: 'Previous month',
  next: 'Next month',
  thisMonth: 'This month',
  mineHeading: 'Your month',
  teamHeading: 'The team',
  teamIntro:
    'Who has carried the most, so you can spread the load. The bars show hours on call; the numbers are in the table.',
  caption: 'Load in {month}',
  name: 'Name',
  hours: 'Hours on call',
  calls: 'Calls answered',
  texts: 'Texts taken',
  field: 'Field responses',
  hoursValue: '{hours} h',
  none: 'No one on the team yet.',
  homeLink: 'Your month: hours on call and work taken',
};
