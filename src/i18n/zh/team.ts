import type { BriefingTexts } from '../briefing';
import type { CareTeamCatalog } from '../care-team';
import type { RotaTexts } from '../rota';
import type { SwapTexts } from '../swaps';

/**
 * Draft (see ../languages.ts): the team's own texts in Simplified Chinese — shift reminders, gap
 * alerts, calendar titles, swaps, the shift-start briefing and stepping back. The words a responder
 * texts (接班, 暂停, 回来) are recognised in every language; a take keeps its space: "接班 S12".
 */
export const rotaZh: RotaTexts = {
  myShift: '{program}：{role}班次（{tier}）',
  rotaShift: '{name}：{role}（{tier}）',
  rotaName: '{program}：团队班次',
  reminder: 'Kith：您在{program}的{role}班次（{tier}）将于{when}开始。打开控制台：{url}',
  pushTitle: '您的班次即将开始',
  pushBody: '{role}班次（{tier}），{when}',
  gap: 'Kith：{from}至{to}没有人接电话（{hours}小时后）。有空的人：{names}。班次：{url}',
  nobodyFree: '没有人',
  more: '等另外{count}人',
  roles: { phone: '电话', field: '外勤', support: '支持', coordinator: '协调' },
  tiers: { primary: '优先接听', backup: '后备' },
};

export const swapsZh: SwapTexts = {
  offered: 'Kith：{name}让出一个{role}班次，{when}至{until}。要接，请回复 接班 S{code}。先回复者得。控制台：{url}',
  offeredTitle: '一个您可以接的班次',
  taken: 'Kith：{taker}接了{giver}的{role}班次，{when}至{until}。',
  takenAwaiting: 'Kith：{taker}想接{giver}的{role}班次，{when}至{until}。等待协调员批准：{url}',
  yourShiftTaken: 'Kith：{taker}接了您的{role}班次，{when}至{until}。您已不在这个班次上。',
  yourSwapDeclined: 'Kith：协调员没有同意您{role}班次（{when}）的调换。班次仍是您的。',
  youTookIt: 'Kith：{role}班次，{when}至{until}，现在是您的了。谢谢。',
  youTookItAwaiting: 'Kith：您申请接{role}班次，{when}至{until}。协调员会答复同意与否。',
  takeApproved: 'Kith：协调员同意了。{role}班次，{when}至{until}，现在是您的了。',
  takeDeclined: 'Kith：协调员没有同意。{role}班次（{when}）仍由{giver}负责。',
  gone: 'Kith：抱歉，这个班次已经没有了。别人接了，或已被收回。',
  cannotTake: 'Kith：您不能接这个班次：您那时已在班上、在休假，或会违反休息规定。',
  unknownCode: 'Kith：没有这个编号的空缺班次。请查看您收到的短信，或打开控制台。',
  awayAsked: 'Kith：{name}申请休假，{when}至{until}。请答复同意与否：{url}',
  awayApproved: 'Kith：您的休假，{when}至{until}，已批准。',
  awayDeclined: 'Kith：您的休假，{when}至{until}，未获批准。请与协调员谈谈。',
  takeWords: ['接班'],
  roles: { phone: '电话', field: '外勤', support: '支持', coordinator: '协调' },
};

export const briefingZh: BriefingTexts = {
  due: 'Kith：您在{program}的班次已开始。请阅读团队的应急预案并点击“我已读过”：{url} ——读完之前不会呼叫您。',
  nobodyBriefed:
    'Kith：现在电话班上没有人可以被呼叫：{names}须先阅读应急预案。在此之前，来电会听到无人接听的留言。控制台：{url}',
  page: {
    title: '班次开始前：应急预案',
    intro: '请阅读{program}的应急预案。确认读过后就可以呼叫您。',
    version: '第{version}版，保存于{time}',
    button: '我已读过',
    done: '谢谢。现在可以呼叫您了。',
    gone: '此链接已用过或已过期。请打开控制台阅读预案。',
    changed: '您阅读时预案有了变更。请阅读这一版。',
    empty: '预案是空的。',
  },
};

export const careTeamZh: CareTeamCatalog = {
  steppedBack: 'Kith：{name}暂时退出{role}班次，直到{end}。请找人顶替。控制台：{url}',
  youSteppedBack: 'Kith：在您的班次于{end}结束前，您已离线。已通知协调员。请保重。回复 回来 即可回到线上。',
  notOnShift: 'Kith：您现在不在班上，没有可以退出的班次。',
  youAreBack: 'Kith：欢迎回来。现在可以再呼叫您了。',
  stepBackWords: ['暂停', '暂时退下'],
  backWords: ['回来'],
};
