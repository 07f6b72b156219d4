import type { BriefingText } from './briefing-types';

export const htBriefing: BriefingText = {
  home: {
    heading: 'Anvan woulman ou: plan ijans lan',
    dueOnCall: 'Nou p ap rele w jiskaske ou li plan ijans ekip la. Tanpri li l kounye a.',
    dueNext: 'Plan ijans lan chanje, oswa li lè pou li l ankò. Tanpri li l anvan pwochen woulman ou.',
    version: 'Vèsyon {version}, anrejistre {time}',
    read: 'Mwen li l',
    done: 'Mèsi. Yo ka rele w kounye a.',
    changed: 'Plan lan chanje pandan w t ap li. Tanpri li vèsyon sa a.',
  },
  settings: {
    everyShifts: {
      label: 'Mande tout moun li l ankò chak … woulman',
      hint: '0 vle di sèlman lè plan lan chanje. Jiska 52.',
      error: 'Antre yon nonm antye ant 0 ak 52.',
    },
    acksHeading: 'Ki moun ki li plan lan',
    current: 'Plan aktyèl la se vèsyon {version}, anrejistre {time}.',
    noPlan: 'Pa gen plan ki ekri ankò, kidonk pa gen anyen pou li.',
    readCurrent: 'Vèsyon aktyèl',
    readOld: 'Vèsyon {version} (ansyen)',
    never: 'Poko li l',
  },
};
