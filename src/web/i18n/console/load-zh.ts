import type { LoadText } from './load-types';

export const zhLoad: LoadText = {
  nav: '工作量',
  title: '工作量',
  heading: '每月工作量',
  intro: '值班时数和接手的工作，只有数字：不涉及任何来电或发信人。每月从午夜开始（{zone}）。',
  previous: '上个月',
  next: '下个月',
  thisMonth: '本月',
  mineHeading: '您的本月',
  teamHeading: '团队',
  teamIntro: '谁承担得最多，便于分担工作量。横条显示值班时数；数字见表格。',
  caption: '{month}工作量',
  name: '姓名',
  hours: '值班时数',
  calls: '接听的电话',
  texts: '接手的短信',
  field: '外出支援',
  hoursValue: '{hours}小时',
  none: '团队里还没有人。',
  homeLink: '您的本月：值班时数和接手的工作',
};
