import type { MemberPlacesText } from './member-places-types';

export const enMemberPlaces: MemberPlacesText = {
  heading: 'Place book',
  intro:
    'Numbered places a member can name after a code. By text: GH P2. On a call: the code’s keys, then star, the place’s number and the pound key. Kith passes the place on with the code, only to the people the code tells, and never keeps it with a member.',
  none: 'No places yet.',
  numberColumn: 'Number',
  wordsColumn: 'Place',
  numberFor: 'Number in row {row}',
  wordsFor: 'Place in row {row}',
  remove: 'Remove row {row}',
  add: 'Add a place',
  save: 'Save place book',
  saved: 'Place book saved.',
  errors: {
    number: 'Use a number from 1 to 99, each only once.',
    words: 'Write the place on one line, up to 60 characters.',
    general: 'Check what you entered and try again.',
  },
};
