import type { WebCatalog } from './web-catalog';
import { viConsole } from './console/vi';

/** Vietnamese, draft (src/i18n/languages.ts): every page, the team's too. */
export const vi: WebCatalog = {
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
  setup: {
    title: 'Cài đặt Kith',
    heading: 'Cài đặt đường dây của bạn',
    intro: 'Tạo chương trình của bạn và tài khoản điều phối của riêng bạn. Bạn chỉ làm việc này một lần.',
    needsScript: {
      heading: 'Trang này cần JavaScript',
      body: 'Việc cài đặt chạy trong trình duyệt của bạn để mã cài đặt không bao giờ vào nhật ký của máy chủ. Hãy bật JavaScript và mở lại đường dẫn cài đặt.',
      cliIntro: 'Hoặc cài đặt từ cửa sổ lệnh:',
      cliCommand: 'npx kith setup --url {url} --token SETUP_TOKEN --program "Our Line" --name "Your Name"',
      tokenHint: 'Thay SETUP_TOKEN bằng mã cài đặt của bạn: đó là phần của đường dẫn cài đặt sau “token=”.',
    },
    noToken: {
      heading: 'Đường dẫn này không có mã cài đặt',
      body: 'Hãy mở toàn bộ đường dẫn cài đặt mà Kith đã in ra khi khởi động. Nó kết thúc bằng “#token=” và một mã dài. Nếu bạn không còn nó, hãy khởi động lại Kith và nó sẽ in đường dẫn mới.',
    },
    alreadySetUp: {
      title: 'Đã cài đặt',
      heading: 'Đường dây này đã được cài đặt',
      body: 'Đường dẫn cài đặt đã được dùng, nên trang này không còn việc gì để làm. Hãy đăng nhập vào bảng điều khiển.',
      signIn: 'Đăng nhập',
      noAccount: 'Chưa có tài khoản? Hãy xin người điều phối một đường dẫn mời.',
    },
    badToken: {
      heading: 'Đường dẫn cài đặt này không còn dùng được',
      body: 'Nó đã được dùng, đã quá 24 giờ, hoặc Kith đã khởi động lại sau khi in nó. Hãy khởi động lại Kith để có đường dẫn mới.',
      alreadySetUp: 'Nếu đường dây của bạn đã được cài đặt, bạn không cần trang này: hãy đăng nhập.',
    },
    form: {
      programName: {
        label: 'Tên chương trình của bạn',
        hint: 'Người gọi nghe tên này khi họ gọi. Ví dụ: Đường dây Chăm sóc Khu Bắc.',
      },
      name: { label: 'Tên của bạn', hint: 'Nhóm của bạn thấy tên này. Người gọi không bao giờ thấy.' },
      phone: {
        label: 'Số điện thoại của bạn (không bắt buộc)',
        hint: 'Chỉ cần nếu bạn sẽ tự nghe cuộc gọi. Người gọi không bao giờ thấy.',
      },
      languages: { legend: 'Ngôn ngữ bạn nói', hint: 'Chọn tất cả những gì phù hợp.' },
      otherLanguages: {
        label: 'Ngôn ngữ khác (không bắt buộc)',
        hint: 'Mã ngôn ngữ ngắn, cách nhau bằng dấu phẩy. Ví dụ: pt, fr.',
      },
      submit: 'Cài đặt Kith',
      errorSummaryTitle: 'Có một vấn đề',
    },
    client: {
      errorPrefix: 'Lỗi:',
      errorTitlePrefix: 'Lỗi: ',
      fieldErrors: {
        programName: 'Nhập tên chương trình của bạn (tối đa 120 ký tự).',
        name: 'Nhập tên của bạn (tối đa 120 ký tự).',
        phone:
          'Nhập số điện thoại như 202 555 0111, hoặc để trống. Với số ngoài Hoa Kỳ, hãy bắt đầu bằng + và mã quốc gia.',
        languages: 'Chọn ít nhất một ngôn ngữ bạn nói.',
        otherLanguages: 'Viết mỗi ngôn ngữ khác bằng một mã ngắn, như pt hoặc fr, cách nhau bằng dấu phẩy.',
      },
      otherProblem: 'Có điều gì đó trong biểu mẫu chưa đúng. Hãy kiểm tra từng câu trả lời rồi thử lại.',
      failed: 'Có lỗi ở phía chúng tôi. Hãy đợi một lát rồi thử lại.',
      created: 'Đường dây của bạn đã được tạo. Tiếp theo, hãy tạo đăng nhập…',
    },
  },
  console: viConsole,
};
