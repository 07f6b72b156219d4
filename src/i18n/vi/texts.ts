import type { TextCatalog } from '../texting';

/** Draft (see ../languages.ts). START stays in English: after an English STOP, carriers honour only START. */
export const textVi: TextCatalog = {
  languageOffer: 'Để nhận tin bằng tiếng Việt, trả lời TIẾNG VIỆT.',
  firstReply:
    'Bạn đã liên lạc với {program}. Chúng tôi không bao giờ gọi cảnh sát. Một người trong nhóm sẽ đọc tin nhắn và trả lời bạn ở đây. ' +
    '{scope} Chúng tôi trả lời {hours}. Chỉ nhóm chúng tôi đọc được tin nhắn của bạn. Chúng tôi quên số của bạn {kept}. Trả lời GIÚP để được giúp, hoặc DỪNG để ngừng nhận tin.',
  offHours: 'Bây giờ chúng tôi đóng cửa. Chúng tôi trả lời {hours}. Xin nhắn lại vào lúc đó.',
  joined: 'Một người trong nhóm đã ở đây. Bạn có thể nhắn cho họ trong cuộc trò chuyện này.',
  noAnswer:
    'Xin lỗi. Bây giờ không ai trong nhóm trả lời được. Xin nhắn lại sau, hoặc gọi số này khi chúng tôi mở cửa.',
  closed: 'Cuộc trò chuyện đã kết thúc. Cảm ơn bạn đã liên lạc. Bạn có thể nhắn đến số này bất cứ lúc nào.',
  help: '{program}: một đường dây hỗ trợ cộng đồng. Nhắn tin ở đây để gặp nhóm chúng tôi. Chúng tôi không bao giờ gọi cảnh sát. Trả lời DỪNG (hoặc STOP) để ngừng nhận tin, và START để nhận lại.',
  stopped: 'Bạn sẽ không nhận thêm tin từ {program}. Trả lời START để nhận lại.',
  started: 'Bạn có thể nhắn cho {program} lại. Trả lời DỪNG để ngừng.',
  mediaNotReceived: 'Ở đây chúng tôi không xem được hình hay tập tin. Xin viết bằng chữ.',
  languageSwitched: 'Chúng tôi sẽ nhắn cho bạn bằng tiếng Việt.',
  slowDown: 'Bạn đang gửi tin rất nhanh. Xin chờ một chút. Chúng tôi đã nhận được tin của bạn.',
  keptFor: '{hours} giờ sau khi chúng ta nói chuyện xong',
  keptForOne: 'một giờ sau khi chúng ta nói chuyện xong',
  keptForNone: 'ngay khi chúng ta nói chuyện xong',

  alert: 'Kith: cuộc trò chuyện mới, {alias}. Trả lời "{alias}" để nhận, hoặc mở {url}',
  alertBackup: 'Kith: {alias} đã chờ {minutes} phút mà không có ai. Trả lời "{alias}" để nhận, hoặc mở {url}',
  digest: 'Kith: thêm {count} cuộc trò chuyện mới trong phút vừa qua. Mở {url}',
  relayed: '{alias}: {body}',
  relayedMedia: '{alias}: (đã gửi một hình, Kith không giữ hình)',
  taken: 'Kith: {name} đã nhận {alias}. Cảm ơn.',
  yours:
    'Kith: {alias} là của bạn. Viết "{alias} tin nhắn" để trả lời, "{alias} DONE" để đóng, "{alias} RELEASE" để trả lại.',
  handedToYou: 'Kith: {name} đã chuyển {alias} cho bạn. Mở {url}',
  notYours: 'Kith: {alias} không mở, hoặc là của người khác.',
  notOnCall: 'Kith: bây giờ bạn không trực tin nhắn, nên không nhận {alias} được. Người đang trực sẽ lo.',
  whichOne: 'Kith: bắt đầu tin nhắn bằng tên cuộc trò chuyện, như "{alias} tin nhắn".',
  closedByYou: 'Kith: {alias} đã đóng. Cảm ơn. Hãy giữ gìn sức khỏe.',
  released: 'Kith: {alias} đã trở lại hàng chờ.',
  replyFailed: 'Kith: không gửi được trả lời của bạn cho {alias}. Thử lại, hoặc dùng bảng điều khiển.',
  chatInConsole: 'Kith: {alias} là trò chuyện trên web. Trả lời trong bảng điều khiển: {url}',
};
