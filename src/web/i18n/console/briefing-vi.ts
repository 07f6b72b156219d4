import type { BriefingText } from './briefing-types';

export const viBriefing: BriefingText = {
  home: {
    heading: 'Trước ca trực: kế hoạch khẩn cấp',
    dueOnCall: 'Bạn sẽ không được gọi cho đến khi đọc kế hoạch khẩn cấp của nhóm. Vui lòng đọc ngay.',
    dueNext: 'Kế hoạch khẩn cấp đã thay đổi, hoặc đã đến lúc đọc lại. Vui lòng đọc trước ca trực tới.',
    version: 'Phiên bản {version}, lưu lúc {time}',
    read: 'Tôi đã đọc',
    done: 'Cảm ơn. Bây giờ bạn có thể được gọi.',
    changed: 'Kế hoạch đã thay đổi khi bạn đang đọc. Vui lòng đọc phiên bản này.',
  },
  settings: {
    everyShifts: {
      label: 'Yêu cầu mọi người đọc lại sau mỗi … ca',
      hint: '0 nghĩa là chỉ khi kế hoạch thay đổi. Tối đa 52.',
      error: 'Nhập một số nguyên từ 0 đến 52.',
    },
    acksHeading: 'Ai đã đọc kế hoạch',
    current: 'Kế hoạch hiện tại là phiên bản {version}, lưu lúc {time}.',
    noPlan: 'Chưa có kế hoạch nào, nên chưa có gì để đọc.',
    readCurrent: 'Phiên bản hiện tại',
    readOld: 'Phiên bản {version} (cũ)',
    never: 'Chưa đọc',
  },
};
