import type { MemberPlacesText } from './member-places-types';

export const zhMemberPlaces: MemberPlacesText = {
  heading: '地点册',
  intro:
    '成员可以在代码后面说出的编号地点。短信：GH D2。通话中：先按代码的键，再按星号键、地点号码和井号键。Kith 只把地点和代码一起告诉代码所指的人，绝不把它和某个成员一起保存。',
  none: '还没有地点。',
  numberColumn: '号码',
  wordsColumn: '地点',
  numberFor: '第 {row} 行的号码',
  wordsFor: '第 {row} 行的地点',
  remove: '删除第 {row} 行',
  add: '添加地点',
  save: '保存地点册',
  saved: '地点册已保存。',
  errors: {
    number: '请用 1 到 99 的号码，每个只能用一次。',
    words: '请把地点写成一行，最多 60 个字符。',
    general: '请检查您输入的内容，然后再试一次。',
  },
};
