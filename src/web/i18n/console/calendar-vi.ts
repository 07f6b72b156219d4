import type { CalendarText } from './calendar-types';

/** Draft, translated from English; not yet read by a fluent speaker. */
export const viCalendar: CalendarText = {
  title: 'Lịch và nhắc nhở của tôi',
  intro: 'Đưa ca trực vào lịch trên điện thoại, và chọn cách chúng tôi nhắc bạn trước ca trực.',
  mine: {
    heading: 'Ca trực của tôi trong lịch',
    warning:
      'Ai có đường dẫn này đều thấy giờ ca trực của bạn. Hãy giữ kín. Thêm vào ứng dụng lịch dưới dạng đường dẫn (đăng ký).',
  },
  rota: {
    heading: 'Toàn bộ lịch trực',
    warning: 'Ai có đường dẫn này đều thấy mọi ca trực và ai trực. Hãy giữ kín. Chỉ đưa cho điều phối viên.',
  },
  linkLabel: 'Đường dẫn lịch',
  copy: 'Sao chép',
  copied: 'Đã sao chép.',
  copyFailed: 'Không sao chép được. Hãy chọn đường dẫn và tự sao chép.',
  isOn: 'Có một đường dẫn đang bật. Tạo lúc {time}.',
  isOff: 'Không có đường dẫn nào đang bật.',
  make: 'Tạo đường dẫn',
  replace: 'Tạo đường dẫn mới',
  turnOff: 'Tắt đường dẫn',
  made: 'Đây là đường dẫn của bạn. Nó chỉ hiện lúc này. Hãy sao chép trước khi rời trang. Đường dẫn cũ đã ngừng hoạt động.',
  turnedOff: 'Đường dẫn đã tắt. Nó không còn hoạt động.',
  remindHeading: 'Nhắc trước ca trực',
  whenLegend: 'Khi nào',
  leads: {
    '15': 'Trước 15 phút',
    '30': 'Trước 30 phút',
    '60': 'Trước 1 giờ',
    '120': 'Trước 2 giờ',
    '240': 'Trước 4 giờ',
    '720': 'Trước 12 giờ',
  },
  evening: 'Tối hôm trước',
  eveningAt: { label: 'Giờ tối hôm trước', hint: 'Từ 12:00 đến 23:45.' },
  howLegend: 'Bằng cách nào',
  bySms: 'Tin nhắn đến điện thoại của tôi',
  byPush: 'Thông báo trên các thiết bị tôi đã bật',
  save: 'Lưu nhắc nhở',
  saved: 'Đã lưu nhắc nhở.',
  deviceHeading: 'Thiết bị này',
  deviceOn: 'Thiết bị này nhận nhắc nhở.',
  deviceOff: 'Thiết bị này không nhận nhắc nhở.',
  remindHere: 'Nhắc tôi trên thiết bị này',
  stopHere: 'Dừng nhắc trên thiết bị này',
  hereOn: 'Xong. Thiết bị này sẽ nhắc bạn.',
  hereOff: 'Thiết bị này sẽ không nhắc bạn nữa.',
  cannot: {
    noWorker: 'Trình duyệt này không hiện được nhắc nhở. Hãy chọn tin nhắn đến điện thoại.',
    noPush: 'Trình duyệt này không nhận được nhắc nhở. Hãy chọn tin nhắn đến điện thoại.',
    denied:
      'Thông báo bị chặn cho trang này. Để nhận nhắc nhở ở đây, hãy cho phép thông báo trong cài đặt trình duyệt.',
    failed: 'Trình duyệt này không bật được nhắc nhở. Hãy thử lại, hoặc chọn tin nhắn.',
  },
};
