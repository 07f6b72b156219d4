import type { PublicCatalog } from './web-catalog';

/** Vietnamese, draft (src/i18n/languages.ts): the public pages only; the team's pages come later. */
export const vi: PublicCatalog = {
  lang: 'vi',
  dir: 'ltr',
  languageName: 'Tiếng Việt',
  layout: {
    brand: 'Kith',
    skipLink: 'Đi đến nội dung chính',
    languageNav: 'Ngôn ngữ',
  },
  front: {
    notSetUp: {
      title: 'Kith đang chạy',
      heading: 'Kith đang chạy, nhưng đường dây này chưa được cài đặt',
      body: 'Người khởi động Kith sẽ cài đặt nó, một lần. Tìm trong thông báo của máy chủ (cửa sổ lệnh hoặc nhật ký nơi Kith khởi động) đường dẫn cài đặt dùng một lần. Nó kết thúc bằng “/setup#token=” và một mã dài. Mở nó trong trình duyệt.',
      where: 'Nếu đường dẫn đã hơn 24 giờ, hoặc bạn không tìm thấy, hãy khởi động lại Kith: nó sẽ in đường dẫn mới.',
      never: 'Trang này không bao giờ hiện đường dẫn cài đặt: ai thấy nó cũng có thể cài đặt đường dây.',
    },
    title: '{program}',
    reachHeading: 'Cách liên lạc với chúng tôi',
    callOrText: 'Gọi hoặc nhắn tin đến {number}.',
    noNumber: 'Đường dây này chưa có số điện thoại.',
    chat: 'Trò chuyện với chúng tôi trên mạng',
    teamHeading: 'Dành cho nhóm',
    signIn: 'Đăng nhập bảng điều khiển',
    noAccount: 'Chưa có tài khoản? Hãy xin người điều phối một đường dẫn mời.',
  },
};
