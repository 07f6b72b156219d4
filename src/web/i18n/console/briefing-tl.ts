import type { BriefingText } from './briefing-types';

export const tlBriefing: BriefingText = {
  home: {
    heading: 'Bago ang iyong shift: ang emergency plan',
    dueOnCall: 'Hindi ka tatawagan hangga’t hindi mo nababasa ang emergency plan ng team. Pakibasa ito ngayon.',
    dueNext: 'Nagbago ang emergency plan, o oras na para basahin ito ulit. Pakibasa bago ang susunod mong shift.',
    version: 'Bersyon {version}, na-save {time}',
    read: 'Nabasa ko na',
    done: 'Salamat. Maaari ka nang tawagan.',
    changed: 'Nagbago ang plan habang nagbabasa ka. Pakibasa ang bersyong ito.',
  },
  settings: {
    everyShifts: {
      label: 'Hilingin sa lahat na basahin ulit tuwing … shift',
      hint: 'Ang 0 ay kapag nagbago lang ang plan. Hanggang 52.',
      error: 'Maglagay ng buong numero mula 0 hanggang 52.',
    },
    acksHeading: 'Sino ang nakabasa ng plan',
    current: 'Ang kasalukuyang plan ay bersyon {version}, na-save {time}.',
    noPlan: 'Wala pang naisusulat na plan, kaya walang babasahin.',
    readCurrent: 'Kasalukuyang bersyon',
    readOld: 'Bersyon {version} (luma)',
    never: 'Hindi pa nababasa',
  },
};
