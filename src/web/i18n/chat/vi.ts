import type { ChatText } from './types';

/** Draft (src/i18n/languages.ts): not yet read by a fluent speaker. */
const client = {
  waiting: 'Tin nhắn của bạn đã được gửi. Xin chờ ở đây: một người trong nhóm sẽ vào sớm.',
  noAnswer: 'Xin lỗi. Bây giờ không ai trong nhóm trả lời được. Xin thử lại sau.',
  joined: 'Một người trong nhóm đã vào. Bạn có thể nhắn cho họ ở đây.',
  closed:
    'Cuộc trò chuyện đã kết thúc. Cảm ơn bạn đã liên lạc. Bạn có thể bắt đầu cuộc trò chuyện mới bất cứ lúc nào bằng cách viết bên dưới.',
  blocked: 'Bạn không thể gửi tin nhắn trong cuộc trò chuyện này nữa. Cảm ơn bạn đã thông cảm.',
  slowDown: 'Bạn đang gửi tin rất nhanh. Xin chờ một phút rồi gửi lại. Chúng tôi đã có những gì bạn gửi.',
  busy: 'Bây giờ có nhiều người đang bắt đầu trò chuyện. Xin chờ một phút rồi thử lại.',
  empty: 'Hãy viết tin nhắn trước khi gửi.',
  tooLong: 'Tin nhắn quá dài. Xin gửi thành nhiều phần ngắn hơn (mỗi phần tối đa {max} ký tự).',
  expired: 'Không tìm thấy cuộc trò chuyện của bạn trong trình duyệt này. Xin gửi lại tin nhắn.',
  lineWait:
    'Lúc này có nhiều người đang nhắn cho chúng tôi. Chúng tôi đang chuẩn bị đường dây cho bạn. Bạn có thể gửi tin nhắn sau khoảng {seconds} giây.',
  lineReadying:
    'Lúc này có nhiều người đang nhắn cho chúng tôi. Đang chuẩn bị đường dây cho bạn… Việc này mất vài giây. Bạn có thể viết tin nhắn trong lúc chờ.',
  lineReady: 'Đường dây đã sẵn sàng. Bạn có thể gửi tin nhắn.',
  notYet:
    'Chúng tôi vẫn đang chuẩn bị đường dây cho bạn. Vui lòng chờ khoảng {seconds} giây, rồi gửi lại. Tin nhắn của bạn vẫn còn đây.',
  proofNeeded:
    'Lúc này có nhiều người đang nhắn cho chúng tôi. Chúng tôi đang chuẩn bị đường dây cho bạn. Vui lòng chờ khoảng {seconds} giây, rồi gửi lại. Tin nhắn của bạn vẫn còn đây.',
  failed: 'Không gửi được tin nhắn. Xin thử lại.',
  noCookies:
    'Trình duyệt của bạn không giữ cookie cho trang này. Cuộc trò chuyện vẫn chạy khi trang này còn mở, nhưng nếu bạn tải lại hoặc đóng trang, cuộc trò chuyện sẽ kết thúc. Để giữ cuộc trò chuyện khi tải lại, hãy cho phép cookie cho trang này.',
  noWasm:
    'Trình duyệt này không khóa được lời của bạn trên máy của bạn (WebAssembly đang tắt). Cuộc trò chuyện vẫn chạy: máy chủ của chúng tôi thấy lời của bạn trong giây lát trước khi khóa lại, giống như khi JavaScript tắt. Để xem trả lời mới, bấm "Xem trả lời mới".',
  newReply: 'Có trả lời mới. Bấm "Xem trả lời mới" để đọc.',
  teamWrote: 'Nhóm chúng tôi viết: {words}',
  escapeAgain: 'Bấm Escape lần nữa để rời đi ngay.',
  sending: 'Đang gửi…',
  sent: 'Đã gửi.',
  you: 'Bạn',
  team: 'Nhóm chúng tôi',
  cannotShow: 'Không thể hiện tin nhắn này trong trình duyệt này.',
  errorPrefix: 'Lỗi:',
};

export const chatVi: ChatText = {
  title: 'Trò chuyện với chúng tôi',
  heading: 'Trò chuyện với {program}',
  promisesHeading: 'Trước khi bắt đầu',
  neverPolice: 'Chúng tôi không bao giờ gọi cảnh sát. Không ai đến chỗ bạn nếu bạn không yêu cầu.',
  whoReads:
    'Một người trong nhóm đọc tin nhắn của bạn và trả lời ở đây. Tin nhắn của bạn được khóa lại: chỉ nhóm chúng tôi và bạn đọc được.',
  hours: 'Chúng tôi trả lời {hours}.',
  kept: 'Máy chủ chỉ giữ tin nhắn của bạn ở dạng đã khóa, và không đọc được. {kept} sau khi cuộc trò chuyện kết thúc, chúng tôi quên nó đến từ trình duyệt nào.',
  keptFor: '{hours} giờ',
  noAccount: 'Bạn không cần tài khoản hay số điện thoại. Chúng tôi không giữ địa chỉ IP của bạn.',
  closedNow: 'Bây giờ chúng tôi đóng cửa. Chúng tôi trả lời {hours}. Xin quay lại vào lúc đó.',
  noScriptHeading: 'JavaScript đang tắt',
  noScript:
    'Trò chuyện vẫn hoạt động. Nhưng khi không có JavaScript, máy chủ thấy chữ của bạn trong chốc lát trước khi khóa lại. Khi bật JavaScript, chữ của bạn được khóa trên máy của bạn trước khi gửi.',
  lockNote:
    'Trang này vẫn đang chuẩn bị khóa chữ của bạn trên máy của bạn. Nếu bạn gửi bây giờ, máy chủ thấy chữ của bạn trong chốc lát trước khi khóa, giống như khi tắt JavaScript. Để tránh điều đó, hãy chờ đến khi ghi chú này biến mất.',
  leave: 'Rời đi ngay',
  leaveHint: 'Rời đi ngay sẽ kết thúc cuộc trò chuyện, xóa nó khỏi trình duyệt này và mở một trang web khác.',
  threadHeading: 'Cuộc trò chuyện của bạn',
  you: client.you,
  team: client.team,
  cannotShow: client.cannotShow,
  messageLabel: 'Tin nhắn của bạn',
  messageHint: 'Bạn không cần cho biết tên.',
  send: 'Gửi',
  check: 'Xem trả lời mới',
  leaveKey: 'Bạn cũng có thể bấm phím Escape hai lần để rời đi ngay.',
  autoRefresh: 'Trang này tự tìm trả lời mới mỗi {seconds} giây. Những chữ bạn chưa gửi sẽ mất khi trang tự tải lại.',
  stopRefresh: 'Ngừng tự tìm',
  pressCheck: 'Để xem trả lời mới, bấm "Xem trả lời mới".',
  noCookiesForm:
    'Trình duyệt của bạn không giữ cookie cho trang này. Cuộc trò chuyện vẫn chạy, nhưng chỉ trên trang này: đừng tải lại hay quay lại. Để xem trả lời mới, bấm "Xem trả lời mới". Để giữ cuộc trò chuyện khi tải lại, hãy cho phép cookie cho trang này.',
  otherWays: 'Bạn cũng có thể gọi hoặc nhắn tin cho chúng tôi theo số {number}.',
  errorPrefix: client.errorPrefix,
  client,
};
