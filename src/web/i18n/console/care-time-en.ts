import type { CareTimeText } from './care-time-types';

export const enCareTime: CareTimeText = {
  home: {
    stepBack: 'I need to step back',
    stepBackHint:
      'You stop getting calls until your shift ends. The coordinator on call is told to cover, but not why.',
    stepBackConfirm: 'Step back until your shift ends?',
    stepBackYes: 'Yes, step back',
    stepBackNo: 'Cancel',
    steppedBack: 'You stepped back. No calls for you until {time}.',
    coolingDown: 'You are taking time off the line until {time}.',
    markHard: 'Mark my last call hard',
    markHardHint: 'Only you see this. Nothing about the call is kept.',
    markedHard: 'Marked. Take care of yourself.',
    offerHeading: 'Take a few minutes?',
    offerHard: 'That call was hard. You can take {minutes} minutes off the line.',
    offerLong: 'That was a long call. You can take {minutes} minutes off the line.',
    offerSupport: 'To talk it over, you can reach: {names}.',
    offerNoSupport: 'No support person is on shift right now.',
    take: 'Take {minutes} minutes off the line',
    notNow: 'Not now',
    offerClosed: 'Okay. You stay on the line.',
  },
  settings: {
    heading: 'Rest and cool-down',
    intro: 'Rest rules keep people from being on call too long. A shift that breaks one needs a reason to save.',
    offHint: 'Leave empty for no rule.',
    rules: {
      weekHours: {
        label: 'Most hours on call in 7 days',
        hint: 'From 8 to 168 hours.',
        error: 'Hours in 7 days must be a whole number from 8 to 168, or empty.',
      },
      restHours: {
        label: 'Fewest hours off between shifts',
        hint: 'From 1 to 24 hours.',
        error: 'Hours off must be a whole number from 1 to 24, or empty.',
      },
      stretchHours: {
        label: 'Most hours in one stretch',
        hint: 'From 1 to 48 hours.',
        error: 'Hours in one stretch must be a whole number from 1 to 48, or empty.',
      },
    },
    coolDown: {
      label: 'Offer a cool-down after a hard or long call',
      hint: 'The responder chooses. It ends by itself.',
    },
    coolDownMinutes: {
      label: 'Cool-down length, in minutes',
      hint: 'From 1 to 60.',
      error: 'Cool-down must be a whole number of minutes from 1 to 60.',
    },
    longCallMinutes: {
      label: 'A long call is, in minutes',
      hint: 'From 5 to 240.',
      error: 'A long call must be a whole number of minutes from 5 to 240.',
    },
  },
  refusal: {
    rules: {
      weekHours: '{name} would be on call {hours} hours in 7 days (from {at}). The limit is {limit} hours.',
      restHours:
        '{name} would have only {hours} hours off before the shift at {at}. The rule is at least {limit} hours.',
      stretchHours: '{name} would be on call {hours} hours in one stretch (from {at}). The limit is {limit} hours.',
    },
    overrideHeading: 'Save it anyway?',
    overrideHint: 'Choose why. Kith keeps the reason with the shift.',
    reasons: {
      'no-one-else': 'No one else can take it',
      'responder-asked': 'The responder asked for it',
      'emergency-cover': 'Emergency cover',
    },
    saveAnyway: 'Save anyway',
    reasonMissing: 'Choose a reason to save anyway.',
  },
};
