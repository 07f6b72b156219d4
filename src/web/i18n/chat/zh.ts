import type { ChatText } from './types';

/** Draft (src/i18n/languages.ts): not yet read by a fluent speaker. */
const client = {
  waiting: '您的信息已发送。请在这里等待：我们团队的人很快会加入。',
  noAnswer: '很抱歉，我们团队现在没有人能回复。请稍后再试。',
  joined: '我们团队的人已经加入。您可以在这里给他们写信息。',
  closed: '这次聊天已经结束。谢谢您联系我们。您随时可以在下面写字，开始新的聊天。',
  blocked: '您不能再在这个聊天里发信息了。谢谢您的理解。',
  slowDown: '您发信息太快了。请等一分钟再发。我们已经收到您发的内容。',
  busy: '现在很多人在开始聊天。请等一分钟再试。',
  empty: '请先写信息再发送。',
  tooLong: '您的信息太长了。请分成几段发送（每段最多 {max} 个字符）。',
  expired: '在这个浏览器里找不到您的聊天。请再发一次您的信息。',
  failed: '您的信息没能发出。请再试一次。',
  sending: '正在发送…',
  sent: '已发送。',
  you: '您',
  team: '我们的团队',
  cannotShow: '这条信息无法在这个浏览器里显示。',
  errorPrefix: '错误：',
};

export const chatZh: ChatText = {
  title: '和我们聊天',
  heading: '与{program}聊天',
  promisesHeading: '开始之前',
  neverPolice: '我们从不报警。除非您要求，不会有人去找您。',
  whoReads: '我们团队的人会阅读您的信息，并在这里回复。您的信息是锁住的：只有我们的团队和您能看到。',
  hours: '我们的服务时间是{hours}。',
  kept: '我们的服务器只保存锁住的信息，无法阅读。聊天结束{kept}后，我们会忘记它来自哪个浏览器。',
  keptFor: '{hours}小时',
  noAccount: '您不需要账号，也不需要电话号码。我们不保存您的 IP 地址。',
  closedNow: '我们现在不在服务时间。我们的服务时间是{hours}。请到时再来。',
  noScriptHeading: 'JavaScript 已关闭',
  noScript:
    '聊天仍然可以用。但没有 JavaScript 时，我们的服务器会在锁住您的文字之前短暂看到它们。打开 JavaScript 后，您的文字会在发送前就在您的设备上锁住。',
  lockNote:
    '这个页面还在准备在您的设备上锁住您的文字。如果现在发送，我们的服务器会在锁住前短暂看到您的文字，就像关闭 JavaScript 时一样。为了避免这样，请等这条提示消失。',
  leave: '马上离开',
  leaveHint: '“马上离开”会结束这次聊天，从这个浏览器里清除它，并打开另一个网站。',
  threadHeading: '您的聊天',
  you: client.you,
  team: client.team,
  cannotShow: client.cannotShow,
  messageLabel: '您的信息',
  messageHint: '您不需要提供姓名。',
  send: '发送',
  check: '查看新回复',
  errorPrefix: client.errorPrefix,
  client,
};
