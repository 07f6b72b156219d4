import type { AccessText } from './access-types';

export const zhAccess: AccessText = {
  heading: '谁打开过',
  hint: '团队中谁打开过它，以及什么时候（十分钟内多次打开只算一次）。它被删除时，这些记录也一起删除。',
  none: '还没有人打开过。',
  entry: '{name} · {time}',
  formerTeammate: '一位以前的队友',
  you: '（您）',
};
