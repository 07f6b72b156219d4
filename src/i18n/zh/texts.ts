import type { TextCatalog } from '../texting';

/** Draft (see ../languages.ts). START stays in English: after an English STOP, carriers honour only START. */
export const textZh: TextCatalog = {
  languageOffer: '需要中文，请回复 中文。',
  firstReply:
    '您已联系{program}。我们从不报警。我们团队的人会阅读您的信息，并在这里回复。' +
    '{scope}我们的服务时间是{hours}。只有我们的团队能看到您的信息。我们会在{kept}忘记您的号码。回复 帮助 获得帮助，或回复 停止 不再接收短信。',
  offHours: '我们现在不在服务时间。我们的服务时间是{hours}。请到时再发短信给我们。',
  joined: '我们团队的人现在在这里了。您可以在这个对话里给他们写信息。',
  noAnswer: '很抱歉，我们团队现在没有人能回复。请稍后再发短信，或在服务时间打这个号码。',
  closed: '这个对话已经结束。谢谢您联系我们。您随时可以给这个号码发短信再联系我们。',
  help: '{program}：社区支持热线。在这里发短信联系我们的团队。我们从不报警。回复 停止（或 STOP）不再接收短信，回复 START 重新接收。',
  stopped: '您不会再收到{program}的短信。回复 START 重新接收。',
  started: '您可以再给{program}发短信了。回复 停止 即可停止。',
  mediaNotReceived: '我们在这里看不到图片或文件。请用文字写。',
  languageSwitched: '我们会用中文给您写信息。',
  slowDown: '您发信息太快了。请稍等一下。我们已经收到您发的内容。',
  keptFor: '对话结束{hours}小时后',
  keptForOne: '对话结束一小时后',
  keptForNone: '对话一结束就',

  alert: 'Kith：新的短信对话 {alias}。回复 "{alias}" 接手，或打开 {url}',
  alertBackup: 'Kith：{alias} 已等了 {minutes} 分钟，没有人接。回复 "{alias}" 接手，或打开 {url}',
  digest: 'Kith：过去一分钟又有 {count} 个短信对话开始。打开 {url}',
  relayed: '{alias}: {body}',
  relayedMedia: '{alias}:（发了一张图片，Kith 不保存）',
  taken: 'Kith：{name} 接手了 {alias}。谢谢。',
  yours: 'Kith：{alias} 由您负责。写 "{alias} 您的信息" 回复，"{alias} DONE" 结束，"{alias} RELEASE" 交还。',
  handedToYou: 'Kith：{name} 把 {alias} 交给了您。打开 {url}',
  notYours: 'Kith：{alias} 没有开放，或属于别人。',
  notOnCall: 'Kith：您现在不在短信值班，所以不能接手 {alias}。值班的人会处理。',
  whichOne: 'Kith：信息开头请写对话名称，例如 "{alias} 您的信息"。',
  closedByYou: 'Kith：{alias} 已结束。谢谢。请照顾好自己。',
  released: 'Kith：{alias} 已回到队列。',
  replyFailed: 'Kith：您给 {alias} 的回复没能发出。请再试一次，或使用控制台。',
  chatInConsole: 'Kith：{alias} 是网页聊天。请在控制台回复：{url}',
};
