import type { ShiftNotesText } from './shift-notes-types';

export const viShiftNotes: ShiftNotesText = {
  heading: 'Ghi chú cho ca trực',
  intro:
    'Chỉ những người trong ca trực mới đọc được các ghi chú này. Chúng bị xóa khi ca trực kết thúc, hoặc sớm hơn nếu người viết xóa đi.',
  none: 'Không có ghi chú nào cho các ca trực của bạn.',
  by: '{name}, {time}',
  goneAt: 'Sẽ bị xóa lúc {time}, khi ca trực kết thúc.',
  unreadable: {
    one: 'Có 1 ghi chú cho ca trực của bạn được viết trước khi bạn tham gia. Ghi chú được niêm phong cho những người trong ca lúc đó, nên bạn không đọc được. Hãy hỏi đồng đội nội dung.',
    other:
      'Có {count} ghi chú cho ca trực của bạn được viết trước khi bạn tham gia. Chúng được niêm phong cho những người trong ca lúc đó, nên bạn không đọc được. Hãy hỏi đồng đội nội dung.',
  },
  cannotOpen: 'Không mở được ghi chú này.',
  needsUnlock: 'Hãy đăng nhập lại bằng cụm mật khẩu để đọc và viết ghi chú cho ca trực.',
  write: {
    heading: 'Viết ghi chú cho ca trực',
    label: 'Ghi chú',
    hint: 'Văn bản thường, tối đa 500 ký tự. Đừng viết tên hoặc số điện thoại của người gọi.',
    windowLegend: 'Ca trực nào',
    window: 'Từ {start} đến {end}',
    readers: 'Chỉ những người này đọc được: {names}.',
    noKey: '{names} chưa đăng nhập, nên sẽ không đọc được.',
    save: 'Lưu ghi chú',
    saving: 'Đang lưu ghi chú…',
    saved: 'Đã lưu ghi chú. Chỉ những người trong ca trực mới đọc được.',
    missing: 'Hãy viết ghi chú trước.',
    tooLong: 'Ghi chú quá dài: tối đa 500 ký tự.',
    remaining: { one: 'Còn {count} ký tự', other: 'Còn {count} ký tự' },
    tooMany: { one: 'Thừa {count} ký tự', other: 'Thừa {count} ký tự' },
    changed: 'Người trong ca trực đã thay đổi. Hãy xem ai đọc được rồi lưu lại.',
  },
  remove: {
    button: 'Xóa ghi chú này',
    heading: 'Xóa ghi chú này?',
    consequence:
      'Sau đó, không ai có thể đọc nó trong Kith nữa. Người đã đọc rồi vẫn có thể nhớ nội dung. Không thể hoàn tác.',
    confirm: 'Có, xóa ghi chú',
    deleted: 'Đã xóa ghi chú. Giờ không ai có thể đọc nó trong Kith.',
    gone: 'Ghi chú này đã bị xóa trước đó.',
  },
};
