import type { MemberPlansText } from './member-plans-types';

export const zhMemberPlans: MemberPlansText = {
  nav: '打开成员的计划',
  title: '成员的计划',
  heading: '成员的计划',
  intro:
    '成员的计划写明他们在危机中希望怎样被对待。只有他们本人能用自己的代码或短语打开。只有在您参与他们的通话、对话或上门时，您才能阅读。',
  openHeading: '用成员的短语打开计划',
  forScope: {
    call: '用于您正在接听的通话。',
    conversation: '用于您正在处理的短信对话。',
    response: '用于您参与的现场响应。',
  },
  noScope: '请从您参与的通话、对话或现场响应中打开此页面，才能为其打开计划。',
  number: { label: '成员编号', hint: '四位数字。请询问成员。' },
  secret: {
    label: '他们的代码或短语',
    hint: '请准确输入他们告诉您的内容。一小时内错误五次会锁定计划，成员能看到每一次尝试。',
  },
  open: '打开计划',
  opened: '计划已向以下人员打开：{names}。',
  openedNoKey: '代码正确，但这里还没有人有读取计划的密钥。',
  listHeading: '现在向您打开的计划',
  none: '现在没有向您打开的计划。',
  planOf: '成员 {number} 的计划',
  fields: {
    helps: '有帮助的事',
    avoid: '不要做的事',
    people: '要联系的亲友',
    never: '绝不',
    naloxone: '纳洛酮放在哪里',
    other: '其他',
  },
  cannotOpen: '无法用您的密钥打开此计划。',
  errors: {
    number: '没有这个编号的成员。',
    secret: '未能打开计划。请与成员确认后再试。',
    locked: '错误次数过多：计划已锁定，最长一小时。',
    notOn: '您不在此通话、对话或响应中，或它已结束。',
    general: '无法打开计划。请再试一次。',
  },
};
