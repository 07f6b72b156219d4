import type { LineCheckText } from './line-check-types';

export const viLineCheck: LineCheckText = {
  heading: 'Kiểm tra đường dây điện thoại',
  intro:
    'Nhà cung cấp điện thoại có chuyển cuộc gọi và tin nhắn của đường dây đến Kith hay không. Kith hỏi nhà cung cấp mỗi lần trang này mở.',
  checking: 'Đang hỏi nhà cung cấp điện thoại…',
  failed: 'Kith không kiểm tra xong được. Hãy thử lại sau một phút.',
  again: 'Kiểm tra lại',
  allOk: 'Mọi thứ đều đã kết nối.',
  needsFixing: 'Cần sửa: {count}.',
  ok: 'Tốt',
  fix: 'Cần sửa',
  labels: {
    credentials: 'Tài khoản nhà cung cấp',
    number: 'Số điện thoại ở nhà cung cấp',
    'public-url': 'Địa chỉ công khai của Kith',
    voice: 'Cuộc gọi đến',
    status: 'Tình trạng cuộc gọi',
    fallback: 'Lời nhắn dự phòng khi Kith không trả lời được',
    texts: 'Tin nhắn đến',
  },
  problems: {
    'no-provider':
      'Chưa cài đặt nhà cung cấp điện thoại nào. Người quản lý máy chủ điền thông tin tài khoản của nhà cung cấp (KITH_PROVIDER_…) rồi khởi động lại Kith.',
    refused:
      'Nhà cung cấp không chấp nhận thông tin tài khoản của Kith. Người quản lý máy chủ chép lại từ trang web của nhà cung cấp rồi khởi động lại Kith.',
    unreachable: 'Kith không liên lạc được với nhà cung cấp. Hãy kiểm tra máy chủ có vào được internet không.',
    'provider-error': 'Nhà cung cấp trả lời bằng một lỗi. Hãy thử lại sau vài phút.',
    'account-suspended':
      'Nhà cung cấp đã tạm ngưng tài khoản, nên cuộc gọi và tin nhắn sẽ không đến. Hãy giải quyết với nhà cung cấp.',
    'account-closed': 'Tài khoản nhà cung cấp đã đóng. Hãy dùng một tài khoản đang mở.',
    'trial-account':
      'Đây là tài khoản dùng thử: nhà cung cấp phát thông báo riêng cho mọi người gọi và chỉ gọi đến các số đã xác minh với họ. Hãy nâng cấp tài khoản ở nhà cung cấp.',
    'no-number': 'Kith chưa biết số của đường dây. Hãy thêm số ở mục “Đường dây” phía trên.',
    'not-on-account':
      'Số của đường dây không thuộc tài khoản nhà cung cấp này. Hãy kiểm tra số ở trên, hoặc dùng tài khoản có số đó.',
    'not-https': 'Địa chỉ này không an toàn (https). Nhà cung cấp cần một địa chỉ an toàn.',
    loopback: 'Địa chỉ này chỉ dùng được trên chính máy chủ: nhà cung cấp không đến được.',
    private: 'Địa chỉ này chỉ dùng được trong mạng riêng: nhà cung cấp không đến được.',
    'not-set': 'Chưa đặt.',
    'wrong-url': 'Nó đi đến sai địa chỉ.',
    'wrong-method': 'Nó dùng sai phương thức.',
    'voice-application':
      'Một ứng dụng khác ở nhà cung cấp đang nhận cuộc gọi thay vào đó. Hãy đổi điều này trên trang web của nhà cung cấp.',
    'sms-application':
      'Một ứng dụng khác ở nhà cung cấp đang nhận tin nhắn thay vào đó. Hãy đổi điều này trên trang web của nhà cung cấp.',
    trunk:
      'Một hệ thống điện thoại (SIP trunk) ở nhà cung cấp đang nhận cuộc gọi thay vào đó. Hãy đổi điều này trên trang web của nhà cung cấp.',
    fax: 'Số này được đặt để nhận fax. Hãy đặt nó sang cuộc gọi thoại trên trang web của nhà cung cấp.',
    'points-at-kith':
      'Nó nằm trên chính máy chủ của Kith: khi Kith không trả lời được thì nó cũng không. Hãy đặt nó ở nơi khác.',
    'not-checked': 'Chưa kiểm tra cho đến khi các vấn đề ở trên được sửa.',
  },
  now: 'Hiện tại:',
  mustBe: 'Phải là:',
  howToFix:
    'Để sửa các địa chỉ, hãy chạy kith provider connect trên một máy tính đã đăng nhập Kith: nó cho xem từng thay đổi và hỏi trước. Lời nhắn dự phòng là một trang bạn đặt ở nơi khác, không có số điện thoại của ai trong đó; mục “Connect a phone number” trong README giải thích cách làm.',
};
