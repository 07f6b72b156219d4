import type { BurnText, RetentionSettingsText } from './retention-types';

export const enRetentionSettings: RetentionSettingsText = {
  heading: 'How long we keep things',
  intro:
    'Kith deletes these by itself when their time is up. Shorter is safer: what the team does not keep cannot be taken, asked for or shared.',
  fields: {
    wordsDays: {
      label: 'Message and note words, in days',
      hint: 'Message and note words: deleted this many days after the conversation closed or the note last changed. From 1 to 90 days.',
    },
    evaluationDays: {
      label: 'Call and conversation records, in days',
      hint: 'When calls and conversations happened and how they ended, with no words and no numbers: deleted this many days after they ended. From 7 to 365 days.',
    },
    blocksDays: {
      label: 'Blocks on senders, in days',
      hint: 'A block on someone who sent unwanted texts: lifted and deleted this many days after it was made. From 1 to 365 days.',
    },
  },
  numbersBefore:
    'Caller numbers are erased a few hours after a conversation closes. You choose how many hours under Texting: ',
  numbersAfter: '.',
  errors: {
    wordsDays: 'Enter a whole number of days from 1 to 90',
    evaluationDays: 'Enter a whole number of days from 7 to 365',
    blocksDays: 'Enter a whole number of days from 1 to 365',
  },
};

export const enBurn: BurnText = {
  heading: 'Burn',
  intro:
    'For an emergency: if the server may be taken, or someone may have broken in. Burn destroys, at once, everything that opens what the team wrote.',
  destroysHeading: 'What burn destroys',
  destroys: [
    'Every key that opens notes and texts: everyone’s sign-in and private key, and each note’s and message’s own key.',
    'The sealed notes and messages themselves, and the record of who opened them.',
    'Every caller’s and texter’s number Kith holds, and the list of blocked senders. Conversations still open are closed.',
    'Everyone’s sign-in, yours too: everyone is signed out at once.',
  ],
  keepsHeading: 'What stays',
  keeps: [
    'The program’s settings and the emergency plan.',
    'The team list, with names and phone numbers, and the shifts.',
    'Records of calls and conversations, with no words and no numbers.',
    'Opt-outs: people who texted STOP still get no texts.',
  ],
  lineKeepsAnswering: 'The line keeps answering: calls still ring the team, and texts still arrive.',
  cannotUndo:
    'This cannot be undone. Nobody, not even you, can open a burnt note or message again. Afterwards everyone joins again with a new invite; you get yours on the next screen.',
  confirm: {
    label: 'To confirm, type the program’s name: {name}',
    hint: 'Exactly as it is written here, with the same capitals and spaces.',
  },
  button: 'Burn now',
  burning: 'Burning…',
  errors: {
    confirmMissing: 'Type the program’s name to confirm the burn',
    confirmWrong: 'That is not the program’s name. Type it exactly as it is written, with the same capitals and spaces',
    failed: 'The burn could not be done. Nothing was destroyed if this page still shows the settings. Try again.',
  },
  done: {
    title: 'Burnt',
    heading: 'The program was burnt',
    burntAt: 'Burnt at {time}. Nothing sealed can be opened any more.',
    keyHeading: 'Set up your new key',
    keyBody:
      'Your old key is gone too. This link lets you set up a new one. It works once, for {hours} hours (until {time}).',
    onceOnly: 'Copy it now: it is shown only here, and reloading or closing this page loses it.',
    linkLabel: 'Your invite link',
    copy: 'Copy the link',
    copied: 'Link copied.',
    copyFailed: 'Could not copy. The link is selected: copy it yourself.',
    setUpNow: 'Set up my new key now',
    teamHeading: 'Your teammates',
    teamBody:
      'Everyone else was signed out and their keys are gone. Once you have your new key, send each of them a new invite from Team.',
  },
};
