import type { GridText } from './grid-types';

export const zhGrid: GridText = {
  label: '本周网格，{first}至{last}',
  legend:
    '每个班次都标明“主值班”（实线边框，■）或“后备”（虚线边框，◇）。空档有斜纹并标明“空档”。超出休息规则的班次会用文字注明。',
  primary: '主值班',
  backup: '后备',
  rest: {
    weekHours: '超出休息规则：7天内{hours}小时（上限{limit}小时）',
    restHours: '超出休息规则：之前只休息了{hours}小时（规则为{limit}小时）',
    stretchHours: '超出休息规则：连续{hours}小时（上限{limit}小时）',
  },
  allowed: '已允许：{reason}',
  restNone: '本周没有班次超出休息规则。',
  restOne: '本周有1个班次超出休息规则。',
  restMany: '本周有{count}个班次超出休息规则。',
};
