import type { Catalog } from '../catalog';

/** Draft (see ../languages.ts): plain Vietnamese, short sentences, not yet read by a fluent speaker. */
export const vi: Catalog = {
  greeting: 'Bạn đã gọi đến {program}, một đường dây hỗ trợ cộng đồng.',
  languageChoice: 'Để nghe tiếng Việt, bấm số {digit}.',
  disclosures:
    'Đường dây này không bao giờ gọi cảnh sát. Không ai đến chỗ bạn nếu bạn không yêu cầu. Cuộc gọi của bạn không bị ghi âm. {scope} Chúng tôi trả lời {hours}.',
  scopeIntro: 'Chúng tôi có thể giúp khi có',
  scope: {
    emergency: 'trường hợp khẩn cấp',
    crisis: 'khủng hoảng',
    prevention: 'việc lên kế hoạch để được an toàn',
    aftercare: 'nhu cầu hỗ trợ sau khủng hoảng',
  },
  notEmergencyService: 'Chúng tôi không phải dịch vụ y tế khẩn cấp.',
  offHours:
    'Bây giờ chúng tôi đóng cửa. Chúng tôi trả lời {hours}. Xin gọi lại vào lúc đó. ' +
    'Bạn cũng có thể nhắn tin đến số này. Cảm ơn bạn đã liên lạc. Tạm biệt.',
  noAnswer:
    'Xin lỗi. Bây giờ không ai trong nhóm chúng tôi nghe máy được. ' +
    'Xin gọi lại sau vài phút, hoặc nhắn tin đến số này. ' +
    'Cảm ơn bạn đã liên lạc. Tạm biệt.',
  hold: 'Chúng tôi đang tìm một người trong nhóm. Xin giữ máy.',
  holdStill: 'Chúng tôi vẫn đang tìm người. Xin giữ máy.',
  holdTrouble: 'Xin lỗi, bên chúng tôi có lỗi. Xin giữ máy. Chúng tôi vẫn đang tìm người.',
  connected: 'Đang nối máy cho bạn.',
  callEnded: 'Cuộc gọi đã kết thúc. Nếu bạn cần hỗ trợ nữa, xin gọi cho chúng tôi.',
  responderEnded: 'Người đang giúp bạn phải kết thúc cuộc gọi. Nếu bạn vẫn cần hỗ trợ, xin gọi lại.',
  hoursAlways: 'mỗi ngày, bất cứ giờ nào',
  hoursNone: 'vào giờ chúng tôi sẽ báo sớm',
  hoursDay: '{days}, {spans}',
  hoursSpan: 'từ {start} đến {end}',
  midnight: 'nửa đêm',
  whisper:
    'Cuộc gọi Kith cho {program}. Bấm 1 để nhận. Bấm 2 nếu bạn không nhận được. Khi đã nối máy, bấm phím sao để kết thúc cuộc gọi.',
  whisperCallerLanguage: 'Người gọi đã chọn {language}.',
  whisperTaken: 'Người khác đã nhận cuộc gọi này. Cảm ơn.',
  whisperGone: 'Người gọi không còn chờ nữa. Cảm ơn.',
  whisperEarly:
    'Cảm ơn. Người gọi vẫn đang nghe những lời hứa của đường dây. Xin giữ máy: bạn sẽ được nối ngay khi xong. Bấm phím sao để kết thúc cuộc gọi.',
  whisperHungUp: 'Người gọi đã gác máy trước khi được nối. Bạn có thể gác máy. Cảm ơn.',
  whisperNotConnected:
    'Chúng tôi không nối được bạn với người gọi. Chúng tôi sẽ tiếp tục tìm người. Bạn có thể gác máy. Cảm ơn.',
  whisperDeclined: 'Được. Chúng tôi sẽ tìm người khác. Cảm ơn.',
  afterCall:
    'Cuộc gọi đã kết thúc. Nếu cuộc gọi đến với bạn do nhầm lẫn, bấm 1. Nếu bạn phải kết thúc nó, bấm 2. Nếu không, bạn có thể gác máy.',
  afterCallThanks: 'Cảm ơn. Đã ghi lại. Hãy giữ gìn sức khỏe.',
};
