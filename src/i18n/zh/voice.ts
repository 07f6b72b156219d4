import type { Catalog } from '../catalog';

/** Draft (see ../languages.ts): plain Simplified Chinese (Mandarin voice), not yet read by a fluent speaker. */
export const zh: Catalog = {
  greeting: '您已接通{program}，这是一条社区支持热线。',
  languageChoice: '中文服务，请按{digit}。',
  disclosures: '这条热线从不报警。除非您要求，不会有人去找您。您的通话不会被录音。{scope}我们的服务时间是{hours}。',
  scopeIntro: '我们可以帮助处理',
  scope: {
    emergency: '紧急情况',
    crisis: '危机',
    prevention: '提前计划以保持安全',
    aftercare: '危机之后的支持',
  },
  notEmergencyService: '我们不是紧急医疗服务。',
  offHours:
    '我们现在不在服务时间。我们的服务时间是{hours}。请到时再打来。' +
    '您也可以给这个号码发短信。谢谢您联系我们。再见。',
  noAnswer: '很抱歉，我们团队现在没有人能接听。' + '请过几分钟再打来，或给这个号码发短信。' + '谢谢您联系我们。再见。',
  hold: '我们正在联系团队成员。请不要挂断。',
  holdStill: '我们还在联系团队成员。请不要挂断。',
  holdTrouble: '抱歉，我们这边出了问题。请不要挂断。我们还在联系团队成员。',
  connected: '正在为您接通。',
  callEnded: '通话已结束。如果您还需要支持，请再打给我们。',
  responderEnded: '帮助您的人不得不结束通话。如果您还需要支持，请再打给我们。',
  hoursAlways: '每天全天',
  hoursNone: '我们很快会公布的时间',
  hoursDay: '{days}，{spans}',
  hoursSpan: '从{start}到{end}',
  midnight: '午夜',
  whisper: '这是{program}的Kith来电。接听请按1。如果不能接听，请按2。接通后，按星号键结束通话。',
  whisperCallerLanguage: '来电者选择了{language}。',
  whisperTaken: '其他人已经接了这个电话。谢谢。',
  whisperGone: '来电者已经不在等待了。谢谢。',
  whisperEarly: '谢谢。来电者还在听热线的承诺。请不要挂断：结束后会马上为您接通。按星号键结束通话。',
  whisperHungUp: '来电者在接通前挂断了。您可以挂断了。谢谢。',
  whisperNotConnected: '我们没能为您接通来电者。我们会继续为对方找人。您可以挂断了。谢谢。',
  whisperDeclined: '好的。我们会联系其他人。谢谢。',
  afterCall: '通话已结束。如果这个电话是误接的，请按1。如果您不得不结束通话，请按2。否则，您可以挂断了。',
  afterCallThanks: '谢谢，已记录。请照顾好自己。',
};
