import type { AccessText } from './access-types';

export const viAccess: AccessText = {
  heading: 'Ai đã mở',
  hint: 'Ai trong nhóm đã mở mục này, và khi nào (mở nhiều lần trong mười phút chỉ tính một lần). Danh sách này bị xóa cùng với nó.',
  none: 'Chưa ai mở.',
  entry: '{name} · {time}',
  formerTeammate: 'Một người từng ở trong nhóm',
  you: '(bạn)',
};
