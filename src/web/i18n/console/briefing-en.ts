import type { BriefingText } from './briefing-types';

export const enBriefing: BriefingText = {
  home: {
    heading: 'Before your shift: the emergency plan',
    dueOnCall: 'You will not be rung until you have read the team’s emergency plan. Please read it now.',
    dueNext: 'The emergency plan has changed, or it is time to read it again. Please read it before your next shift.',
    version: 'Version {version}, saved {time}',
    read: 'I have read it',
    done: 'Thank you. You can be rung now.',
    changed: 'The plan changed while you were reading. Please read this version.',
  },
  settings: {
    everyShifts: {
      label: 'Ask everyone to read it again every … shifts',
      hint: '0 means only when the plan changes. Up to 52.',
      error: 'Enter a whole number from 0 to 52.',
    },
    acksHeading: 'Who has read the plan',
    current: 'The current plan is version {version}, saved {time}.',
    noPlan: 'No plan has been written yet, so there is nothing to read.',
    readCurrent: 'Current version',
    readOld: 'Version {version} (older)',
    never: 'Not read yet',
  },
};
