import type { GridText } from './grid-types';

export const enGrid: GridText = {
  label: 'Week grid, {first} to {last}',
  legend:
    'Each shift says Primary (solid edge, ■) or Backup (dashed edge, ◇). Gaps are striped and say Gap. A shift over a rest rule says so.',
  primary: 'Primary',
  backup: 'Backup',
  rest: {
    weekHours: 'Over a rest rule: {hours} h in 7 days (limit {limit} h)',
    restHours: 'Over a rest rule: only {hours} h off before it (rule {limit} h)',
    stretchHours: 'Over a rest rule: {hours} h in one stretch (limit {limit} h)',
  },
  allowed: 'Allowed: {reason}',
  restNone: 'No shift this week is over a rest rule.',
  restOne: '1 shift this week is over a rest rule.',
  restMany: '{count} shifts this week are over a rest rule.',
};
