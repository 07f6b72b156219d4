import type { MemberKeypadWords } from '../member-keypad';
import type { MembersCatalog } from '../members';

/**
 * Draft (see ../languages.ts): texts to members and their people (Chinese, simplified), and what a member hears
 * keying a code on a call. Written without a fluent speaker's check; the words members type are
 * recognised in every language, so none may be a common word sent alone.
 */
export const membersZh: MembersCatalog = {
  meanings: {
    safe: '晚安：我很安全',
    meet: '回家：来见我',
    call: '给我打电话',
    naloxone: '带纳洛酮来',
  },
  welcome:
    '欢迎加入{program}。您的成员号码是{number}。代码：{codes}。发送“退出”即可离开，我们会立刻忘记您。我们从不报警。',
  codeItem: '{code} = {meaning}',
  sentPeers: '收到。我们已告诉您的人。',
  sentTeam: '收到。我们已告诉值班团队。',
  sentNoOne: '收到，但没能告诉任何人。请让团队加上您的人。',
  relay: 'Kith：成员 {member} 发送了 {code}：{meaning}。',
  relayPlace: ' 地点：{place}。',
  noSuchPlace: '列表中没有地点 {place}，所以代码已发送，但没有地点。',
  duressAlert:
    'Kith，静默警报：成员 {member} 发送了自己的危险词。他们可能不安全，也可能有人在看他们的手机。请不要就此给他们发信息。请先在团队内商量。',
  left: '您已离开{program}。我们已删除您的号码和关于您的一切。',
  checkInSet:
    '报平安已设好。如果 {time} 前没有收到您的 {code}，我们会先告诉您的人，再告诉值班团队。绝不报警，也不打 911。',
  watchSet:
    '我们会在 {days} 天内每天 {time} 给您发信息。请回复每一条。如果您漏掉两次，我们会先告诉您的人，再告诉值班团队。绝不报警，也不打 911。',
  watchPrompt: '{program}：问候您一下。看到后请回复 OK。',
  watchThanks: '谢谢。我们明天再给您发信息。',
  watchEnded: '{program} 的每日信息已结束。请保重。您随时可以给我们发信息。',
  missedPeers:
    'Kith：成员 {member} 在 {time} 前没有报平安。您是他们的人之一。请联系他们。如果您已在处理，请在这里回复“{member} OK”。如果 {minutes} 分钟内没有人回复，我们会告诉值班团队。绝不报警。',
  missedTeam:
    'Kith：成员 {member} 错过了一次报平安（{time}），他们的人也没有人说在处理。请团队一起联系他们。绝不报警，也不打 911。',
  acked: '谢谢。我们不会告诉团队。',
  tooMany: '我们没有转达这条：这一小时内以您的名义发送的代码太多了。如果您现在需要人，请打电话或发信息到这个号码。',
  checkInsFull: '您已设了 {max} 个报平安。请先让团队取消一个。',
  planLink: '您的危机计划：{url} 此链接只能用一次，有效一小时。只有您的密码能打开您的计划。请不要分享此链接。',
  planOpened: '在这次对话结束前，{names} 可以看到您的计划。',
  planOpenedNoKey: '您的密码正确，但这次对话中还没有人能读计划。请告诉他们什么对您有帮助。',
  planWrong: '这个密码没有打开您的计划。这一小时内还可以试 {left} 次。',
  planLocked: '错误的密码太多。您的计划最多锁定一小时。您仍然可以给我们发短信。',
  planNone: '您还没有计划。发送 PLAN 获取链接来写一个。',
  planNoConversation: '请先给我们发短信，让有人陪着您。然后再发送 PLAN 和您的密码。',
  leaveWords: ['退出'],
  okWords: ['好', '是'],
  checkWords: ['报平安'],
  watchWords: ['每日'],
  planWords: ['PLAN', '计划'],
  placeWords: ['D', '地点'],
};

export const memberKeypadZh: MemberKeypadWords = {
  numberPrompt: '成员：请按您的成员号码。',
  codePrompt: '现在请按您的代码，然后按井号键。',
  placePrompt: '如要加上地点，请在按井号键之前按星号键和地点号码。',
  notFound: '我们没有找到这个成员号码。',
  noSuchCode: '这不是一个代码。',
  goodbye: '再见。',
  planHint: '如要在这次通话中打开您的危机计划，请按星号键，然后按计划代码，再按井号键。',
  planOpened: '您的计划已打开。接听这次电话的人在通话结束前可以阅读它。',
  planNoKey: '您的代码正确，但可能接听的人还不能阅读计划。请告诉他们什么对您有帮助。',
  planWrong: '这个代码没有打开您的计划。这一小时还剩 {left} 次机会。您可以把代码告诉接听的人。',
  planLocked: '错误代码太多。您的计划被锁定，最多一小时。',
  planNone: '您还没有计划。',
  planChecking: '我们还在检查您的代码。如果正确，接听的人可以阅读您的计划。',
  planThrough: '现在为您接通团队。',
};
