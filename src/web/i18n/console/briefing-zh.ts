import type { BriefingText } from './briefing-types';

export const zhBriefing: BriefingText = {
  home: {
    heading: '值班前：应急预案',
    dueOnCall: '在您阅读团队的应急预案之前，不会有电话转给您。请现在阅读。',
    dueNext: '应急预案已更新，或需要重新阅读。请在下次值班前阅读。',
    version: '第 {version} 版，保存于 {time}',
    read: '我已阅读',
    done: '谢谢。现在可以给您转接电话了。',
    changed: '您阅读时预案已更新。请阅读此版本。',
  },
  settings: {
    everyShifts: {
      label: '每隔 … 个班次请大家重新阅读',
      hint: '0 表示仅在预案更新时。最多 52。',
      error: '请输入 0 到 52 的整数。',
    },
    acksHeading: '谁已阅读预案',
    current: '当前预案为第 {version} 版，保存于 {time}。',
    noPlan: '尚未编写预案，没有需要阅读的内容。',
    readCurrent: '当前版本',
    readOld: '第 {version} 版（旧）',
    never: '尚未阅读',
  },
};
