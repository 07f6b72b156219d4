import type { ShiftNotesText } from './shift-notes-types';

export const zhShiftNotes: ShiftNotesText = {
  heading: '本班次的备注',
  intro: '只有本班次的人能读这些备注。班次结束时它们会被删除。',
  none: '你的班次没有备注。',
  by: '{name}，{time}',
  goneAt: '将在 {time} 班次结束时删除。',
  unreadable: {
    one: '你的班次有 1 条备注是在你加入之前写的。它只密封给当时在班的人，所以你无法阅读。请问问队友内容。',
    other: '你的班次有 {count} 条备注是在你加入之前写的。它们只密封给当时在班的人，所以你无法阅读。请问问队友内容。',
  },
  cannotOpen: '无法打开这条备注。',
  needsUnlock: '请用你的密码短语重新登录，才能阅读和撰写班次备注。',
  write: {
    heading: '为本班次写备注',
    label: '备注',
    hint: '纯文本，最多 500 个字符。不要写来电者的姓名或号码。',
    windowLegend: '哪个班次',
    window: '{start} 至 {end}',
    readers: '只有这些人能读：{names}。',
    noKey: '{names} 还没有登录，所以无法阅读。',
    save: '保存备注',
    saving: '正在保存备注…',
    saved: '备注已保存。只有本班次的人能读。',
    missing: '请先写备注。',
    tooLong: '备注太长：最多 500 个字符。',
    remaining: { one: '还剩 {count} 个字符', other: '还剩 {count} 个字符' },
    tooMany: { one: '超出 {count} 个字符', other: '超出 {count} 个字符' },
    changed: '本班次的人员有变化。请确认谁能阅读，然后再次保存。',
  },
};
