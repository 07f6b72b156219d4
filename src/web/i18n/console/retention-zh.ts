import type { BurnText, RetentionSettingsText } from './retention-types';

export const zhRetentionSettings: RetentionSettingsText = {
  heading: '我们保留多久',
  intro: '时间一到，Kith 会自己删除这些内容。越短越安全：团队没有保留的东西，就不会被拿走、被索取或被分享。',
  fields: {
    wordsDays: {
      label: '消息和笔记的文字，以天计',
      hint: '消息和笔记的文字：在对话结束或笔记最后一次修改后这么多天删除。1 到 90 天。',
    },
    evaluationDays: {
      label: '通话和对话记录，以天计',
      hint: '通话和对话发生的时间以及如何结束，不含文字和号码：在结束后这么多天删除。7 到 365 天。',
    },
    blocksDays: {
      label: '对发送者的屏蔽，以天计',
      hint: '对发送骚扰短信的人的屏蔽：设置后这么多天解除并删除。1 到 365 天。',
    },
  },
  numbersBefore: '来电者的号码在对话结束几小时后清除。小时数在“短信”下选择：',
  numbersAfter: '。',
  errors: {
    wordsDays: '请输入 1 到 90 之间的整数天数',
    evaluationDays: '请输入 7 到 365 之间的整数天数',
    blocksDays: '请输入 1 到 365 之间的整数天数',
  },
};

export const zhBurn: BurnText = {
  heading: '销毁',
  intro: '用于紧急情况：如果服务器可能被拿走，或有人可能闯入了。销毁会立即毁掉所有能打开团队所写内容的东西。',
  destroysHeading: '销毁会毁掉什么',
  destroys: [
    '所有能打开笔记和短信的密钥：每个人的登录和私人密钥，以及每条笔记和每条消息自己的密钥。',
    '加密的笔记和消息本身，以及谁打开过它们的记录。',
    'Kith 保存的每个来电者和发短信者的号码，以及被屏蔽的发送者名单。仍在进行的对话会被结束。',
    '每个人的登录，包括您的：所有人会立刻被登出。',
  ],
  keepsHeading: '会保留什么',
  keeps: [
    '项目的设置和紧急预案。',
    '团队名单（含姓名和电话号码）以及值班表。',
    '通话和对话的记录，不含文字和号码。',
    '退订：发过 STOP 的人仍然不会收到短信。',
  ],
  lineKeepsAnswering: '热线会继续接听：来电仍然会打给团队，短信仍然会到达。',
  cannotUndo:
    '这无法撤销。任何人，包括您，都无法再打开已销毁的笔记或消息。之后每个人都要用新的邀请重新加入；您的邀请会在下一个画面给您。',
  confirm: {
    label: '要确认，请输入项目名称：{name}',
    hint: '与这里写的完全一样，大小写和空格都相同。',
  },
  button: '立即销毁',
  burning: '正在销毁…',
  errors: {
    confirmMissing: '请输入项目名称来确认销毁',
    confirmWrong: '这不是项目名称。请完全照写，大小写和空格都相同',
    failed: '无法完成销毁。如果这个页面仍显示设置，就说明什么都没有被毁掉。请再试一次。',
  },
  done: {
    title: '已销毁',
    heading: '项目已被销毁',
    burntAt: '于 {time} 销毁。任何加密的内容都无法再打开。',
    keyHeading: '设置您的新密钥',
    keyBody: '您的旧密钥也没有了。这个链接让您设置一个新密钥。它只能用一次，有效 {hours} 小时（到 {time}）。',
    onceOnly: '现在就复制：它只在这里显示，重新加载或关闭这个页面就会丢失。',
    linkLabel: '您的邀请链接',
    copy: '复制链接',
    copied: '链接已复制。',
    copyFailed: '无法复制。链接已选中：请自己复制。',
    setUpNow: '现在设置我的新密钥',
    teamHeading: '您的队友',
    teamBody: '其他人都已被登出，他们的密钥也没有了。您有了新密钥后，请在“团队”页给他们每人发一个新邀请。',
  },
};
