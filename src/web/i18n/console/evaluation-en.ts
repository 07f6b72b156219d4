import type { EvaluationText } from './evaluation-types';

export const enEvaluation: EvaluationText = {
  nav: 'Evaluation',
  boardLink: 'Counts for evaluation',
  title: 'Counts for evaluation',
  heading: 'Counts for evaluation',
  intro:
    'How many field responses there were, and what happened, for your program to look back on. Numbers only: no names, no places, no words.',
  from: { label: 'From', hint: 'The first day, included. Days are counted where the line is.' },
  to: { label: 'To', hint: 'The last day, included.' },
  show: 'Show',
  counting: 'Counting…',
  period: 'From {from} to {to}',
  empty: 'Nothing was recorded in this period.',
  number: 'Number',
  total: 'Total',
  responses: {
    heading: 'Responses',
    byState: 'Responses by state',
    byOutcome: 'Closed responses by outcome',
    byUrgency: 'Responses by urgency',
    state: 'State',
    outcome: 'Outcome',
    urgency: 'Urgency',
    states: { forming: 'Being formed', formed: 'Out', no_team: 'No team could be formed', closed: 'Closed' },
  },
  emergency: {
    heading: 'Emergency services with the person’s consent',
    intro: 'Only ever when the person asked for them or agreed to them.',
    byReason: 'Emergency services by reason',
    reason: 'Reason',
  },
  police: {
    heading: 'Police contact',
    intro:
      'Kith never contacts police or any other service; when police were involved anyway, the team records it here so the program can see it and talk about it.',
    byCategory: 'Police contact by how it happened',
    category: 'How it happened',
  },
  debriefs: { heading: 'Debriefs', done: 'Done', notDone: 'Not done yet' },
  followUps: {
    heading: 'Follow-ups',
    done: 'Done',
    missed: 'Missed',
    pending: 'Still to do',
    hint: 'Follow-ups due in this period. Missed means not done two days after it was due.',
  },
  errors: {
    fromMissing: 'Enter the first day',
    toMissing: 'Enter the last day',
    fromInvalid: 'Enter the first day as a real date',
    toInvalid: 'Enter the last day as a real date',
    fromAfterTo: 'The first day must be on or before the last day',
    general: 'Those dates did not work. Check them and try again',
    failed: 'Something went wrong on our side or with the connection. Try again',
  },
};
