import type { CareTimeText } from './care-time-types';

/** Draft translation from the English (care-time-en.ts); a fluent reader should check it. */
export const zhCareTime: CareTimeText = {
  home: {
    stepBack: '我需要暂时退下',
    stepBackHint: '在您的班次结束前，您不会再接到来电。值班协调员会收到通知来顶替，但不会被告知原因。',
    stepBackConfirm: '在班次结束前暂时退下？',
    stepBackYes: '是，暂时退下',
    stepBackNo: '取消',
    steppedBack: '您已暂时退下。{time} 前不会有来电给您。',
    coolingDown: '您正在离线休息，直到 {time}。',
    markHard: '把我的上一通电话标为艰难',
    markHardHint: '只有您能看到。不会保存这通电话的任何内容。',
    markedHard: '已标记。请照顾好自己。',
    offerHeading: '休息几分钟？',
    offerHard: '那通电话很艰难。您可以离线休息 {minutes} 分钟。',
    offerLong: '那通电话很长。您可以离线休息 {minutes} 分钟。',
    offerSupport: '想聊一聊，可以找：{names}。',
    offerNoSupport: '现在没有支持人员在班。',
    take: '离线休息 {minutes} 分钟',
    notNow: '现在不用',
    offerClosed: '好的。您继续在线。',
  },
  settings: {
    heading: '休息与缓冲',
    intro: '休息规则防止有人值班太久。违反规则的班次需要说明原因才能保存。',
    offHint: '留空表示不设规则。',
    rules: {
      weekHours: {
        label: '7 天内最多值班小时数',
        hint: '8 到 168 小时。',
        error: '7 天内的小时数必须是 8 到 168 的整数，或留空。',
      },
      restHours: {
        label: '两个班次之间最少休息小时数',
        hint: '1 到 24 小时。',
        error: '休息小时数必须是 1 到 24 的整数，或留空。',
      },
      stretchHours: {
        label: '连续值班最多小时数',
        hint: '1 到 48 小时。',
        error: '连续小时数必须是 1 到 48 的整数，或留空。',
      },
    },
    coolDown: { label: '艰难或很长的电话后提供缓冲休息', hint: '由值班人员决定。到时自动结束。' },
    coolDownMinutes: { label: '缓冲时长（分钟）', hint: '1 到 60。', error: '缓冲时长必须是 1 到 60 的整数分钟。' },
    longCallMinutes: { label: '多长算长电话（分钟）', hint: '5 到 240。', error: '长电话必须是 5 到 240 的整数分钟。' },
  },
  refusal: {
    rules: {
      weekHours: '{name} 将在 7 天内值班 {hours} 小时（从 {at} 起）。上限是 {limit} 小时。',
      restHours: '{name} 在 {at} 的班次前只有 {hours} 小时休息。规则是至少 {limit} 小时。',
      stretchHours: '{name} 将连续值班 {hours} 小时（从 {at} 起）。上限是 {limit} 小时。',
    },
    overrideHeading: '仍然保存？',
    overrideHint: '请选择原因。Kith 会把原因和班次一起保存。',
    reasons: {
      'no-one-else': '没有其他人能接',
      'responder-asked': '值班人员自己要求',
      'emergency-cover': '紧急顶班',
    },
    saveAnyway: '仍然保存',
    reasonMissing: '请选择原因才能仍然保存。',
  },
};
