import type { LoadText } from './load-types';

export const viLoad: LoadText = {
  nav: 'Khối lượng',
  title: 'Khối lượng',
  heading: 'Khối lượng công việc theo tháng',
  intro:
    'Số giờ trực và công việc đã nhận, chỉ là con số: không có gì về người gọi hay nhắn tin. Tháng bắt đầu lúc nửa đêm ({zone}).',
  previous: 'Tháng trước',
  next: 'Tháng sau',
  thisMonth: 'Tháng này',
  mineHeading: 'Tháng của bạn',
  teamHeading: 'Cả nhóm',
  teamIntro: 'Ai đã gánh nhiều nhất, để chia đều công việc. Thanh biểu đồ cho thấy số giờ trực; con số có trong bảng.',
  caption: 'Khối lượng tháng {month}',
  name: 'Tên',
  hours: 'Giờ trực',
  calls: 'Cuộc gọi đã nhận',
  texts: 'Tin nhắn đã nhận',
  field: 'Lần ra hiện trường',
  hoursValue: '{hours} giờ',
  none: 'Chưa có ai trong nhóm.',
  homeLink: 'Tháng của bạn: giờ trực và công việc đã nhận',
};
