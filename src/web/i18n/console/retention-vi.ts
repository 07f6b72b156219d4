import type { BurnText, RetentionSettingsText } from './retention-types';

export const viRetentionSettings: RetentionSettingsText = {
  heading: 'Chúng tôi giữ mọi thứ bao lâu',
  intro:
    'Kith tự xóa những thứ này khi hết hạn. Càng ngắn càng an toàn: thứ gì nhóm không giữ thì không thể bị lấy, bị đòi hay bị chia sẻ.',
  fields: {
    wordsDays: {
      label: 'Nội dung tin nhắn và ghi chú, tính bằng ngày',
      hint: 'Nội dung tin nhắn và ghi chú: bị xóa sau số ngày này kể từ khi cuộc trò chuyện đóng hoặc ghi chú được sửa lần cuối. Từ 1 đến 90 ngày.',
    },
    evaluationDays: {
      label: 'Hồ sơ cuộc gọi và cuộc trò chuyện, tính bằng ngày',
      hint: 'Cuộc gọi và cuộc trò chuyện diễn ra khi nào và kết thúc ra sao, không có nội dung và không có số điện thoại: bị xóa sau số ngày này kể từ khi kết thúc. Từ 7 đến 365 ngày.',
    },
    blocksDays: {
      label: 'Chặn người gửi, tính bằng ngày',
      hint: 'Lệnh chặn một người đã gửi tin nhắn không mong muốn: được gỡ và xóa sau số ngày này kể từ khi chặn. Từ 1 đến 365 ngày.',
    },
  },
  numbersBefore:
    'Số điện thoại của người gọi bị xóa vài giờ sau khi cuộc trò chuyện đóng. Bạn chọn số giờ trong mục Nhắn tin: ',
  numbersAfter: '.',
  errors: {
    wordsDays: 'Nhập một số nguyên ngày từ 1 đến 90',
    evaluationDays: 'Nhập một số nguyên ngày từ 7 đến 365',
    blocksDays: 'Nhập một số nguyên ngày từ 1 đến 365',
  },
};

export const viBurn: BurnText = {
  heading: 'Hủy',
  intro:
    'Dành cho lúc khẩn cấp: nếu máy chủ có thể bị lấy đi, hoặc có thể đã có người đột nhập. Hủy sẽ phá bỏ ngay lập tức mọi thứ có thể mở những gì nhóm đã viết.',
  destroysHeading: 'Những gì bị hủy',
  destroys: [
    'Mọi khóa mở ghi chú và tin nhắn: thông tin đăng nhập và khóa riêng của mọi người, và khóa riêng của từng ghi chú và tin nhắn.',
    'Chính các ghi chú và tin nhắn đã khóa, và hồ sơ ai đã mở chúng.',
    'Mọi số điện thoại của người gọi và người nhắn tin mà Kith đang giữ, và danh sách người gửi bị chặn. Các cuộc trò chuyện còn mở sẽ bị đóng.',
    'Đăng nhập của mọi người, kể cả của bạn: mọi người bị đăng xuất ngay lập tức.',
  ],
  keepsHeading: 'Những gì còn lại',
  keeps: [
    'Cài đặt của chương trình và kế hoạch khẩn cấp.',
    'Danh sách nhóm, với tên và số điện thoại, và các ca trực.',
    'Hồ sơ cuộc gọi và cuộc trò chuyện, không có nội dung và không có số điện thoại.',
    'Các yêu cầu ngừng nhận: người đã nhắn STOP vẫn không nhận tin nhắn.',
  ],
  lineKeepsAnswering: 'Đường dây vẫn tiếp tục trả lời: cuộc gọi vẫn đổ chuông cho nhóm, và tin nhắn vẫn đến.',
  cannotUndo:
    'Không thể hoàn tác. Không ai, kể cả bạn, có thể mở lại một ghi chú hay tin nhắn đã bị hủy. Sau đó mọi người tham gia lại bằng lời mời mới; bạn sẽ nhận lời mời của mình ở màn hình tiếp theo.',
  confirm: {
    label: 'Để xác nhận, hãy gõ tên chương trình: {name}',
    hint: 'Đúng như được viết ở đây, cùng chữ hoa và khoảng trắng.',
  },
  button: 'Hủy ngay',
  burning: 'Đang hủy…',
  errors: {
    confirmMissing: 'Gõ tên chương trình để xác nhận việc hủy',
    confirmWrong: 'Đó không phải tên chương trình. Hãy gõ đúng như được viết, cùng chữ hoa và khoảng trắng',
    failed: 'Không hủy được. Nếu trang này vẫn hiện phần cài đặt thì chưa có gì bị phá bỏ. Hãy thử lại.',
  },
  done: {
    title: 'Đã hủy',
    heading: 'Chương trình đã bị hủy',
    burntAt: 'Đã hủy lúc {time}. Không còn mở được thứ gì đã khóa nữa.',
    keyHeading: 'Tạo khóa mới của bạn',
    keyBody:
      'Khóa cũ của bạn cũng không còn. Đường dẫn này giúp bạn tạo khóa mới. Nó dùng được một lần, trong {hours} giờ (đến {time}).',
    onceOnly: 'Hãy sao chép ngay: nó chỉ hiện ở đây, và tải lại hoặc đóng trang này sẽ làm mất nó.',
    linkLabel: 'Đường dẫn mời của bạn',
    copy: 'Sao chép đường dẫn',
    copied: 'Đã sao chép đường dẫn.',
    copyFailed: 'Không sao chép được. Đường dẫn đã được chọn: hãy tự sao chép.',
    setUpNow: 'Tạo khóa mới của tôi ngay',
    teamHeading: 'Đồng đội của bạn',
    teamBody:
      'Mọi người khác đã bị đăng xuất và khóa của họ không còn. Khi bạn đã có khóa mới, hãy gửi cho từng người một lời mời mới từ trang Nhóm.',
  },
};
