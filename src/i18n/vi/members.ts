import type { MemberKeypadWords } from '../member-keypad';
import type { MembersCatalog } from '../members';

/**
 * Draft (see ../languages.ts): texts to members and their people (Vietnamese), and what a member hears
 * keying a code on a call. Written without a fluent speaker's check; the words members type are
 * recognised in every language, so none may be a common word sent alone.
 */
export const membersVi: MembersCatalog = {
  meanings: {
    safe: 'Chúc ngủ ngon: tôi an toàn',
    meet: 'Về nhà: gặp tôi',
    call: 'Gọi cho tôi',
    naloxone: 'Mang naloxone đến',
  },
  welcome:
    'Chào mừng bạn đến với {program}. Số thành viên của bạn là {number}. Mã: {codes}. Nhắn THOÁT để rời đi; chúng tôi sẽ quên bạn ngay. Chúng tôi không bao giờ gọi cảnh sát.',
  codeItem: '{code} = {meaning}',
  sentPeers: 'Đã nhận. Chúng tôi đã báo cho những người của bạn.',
  sentTeam: 'Đã nhận. Chúng tôi đã báo cho nhóm đang trực.',
  sentNoOne: 'Đã nhận, nhưng không báo được cho ai. Hãy nhờ nhóm thêm những người của bạn.',
  relay: 'Kith: thành viên {member} đã gửi {code}: {meaning}.',
  relayPlace: ' Nơi: {place}.',
  noSuchPlace: 'Không có nơi số {place} trong danh sách, nên mã đã được gửi mà không có nơi.',
  duressAlert:
    'Kith, báo động kín: thành viên {member} đã gửi từ nguy hiểm của họ. Họ có thể không an toàn, và có người có thể thấy điện thoại của họ. Đừng nhắn cho họ về việc này. Hãy bàn với nhóm trước.',
  left: 'Bạn đã rời {program}. Chúng tôi đã xóa số của bạn và mọi thứ về bạn.',
  checkInSet:
    'Đã đặt hẹn báo tin. Nếu chúng tôi không nhận được {code} từ bạn trước {time}, chúng tôi sẽ báo những người của bạn, rồi nhóm đang trực. Không bao giờ báo cảnh sát hay 911.',
  watchSet:
    'Chúng tôi sẽ nhắn cho bạn mỗi ngày lúc {time} trong {days} ngày. Hãy trả lời mỗi tin. Nếu bạn bỏ lỡ hai lần, chúng tôi sẽ báo những người của bạn, rồi nhóm đang trực. Không bao giờ báo cảnh sát hay 911.',
  watchPrompt: '{program}: chúng tôi hỏi thăm bạn. Trả lời OK khi bạn thấy tin này.',
  watchThanks: 'Cảm ơn bạn. Ngày mai chúng tôi sẽ nhắn lại.',
  watchEnded:
    'Tin nhắn hằng ngày từ {program} đã kết thúc. Hãy giữ gìn sức khỏe. Bạn có thể nhắn cho chúng tôi bất cứ lúc nào.',
  missedPeers:
    'Kith: thành viên {member} chưa báo tin trước {time}. Bạn là một trong những người của họ. Hãy liên lạc với họ. Nếu bạn đã lo, nhắn "{member} OK" ở đây. Nếu không ai làm trong {minutes} phút, chúng tôi sẽ báo nhóm đang trực. Không bao giờ báo cảnh sát.',
  missedTeam:
    'Kith: thành viên {member} đã lỡ một lần báo tin ({time}) và không ai trong những người của họ nói là đang lo. Hãy cùng nhóm liên lạc với họ. Không bao giờ báo cảnh sát hay 911.',
  acked: 'Cảm ơn bạn. Chúng tôi sẽ không báo nhóm.',
  tooMany:
    'Chúng tôi chưa chuyển tin này: đã có nhiều mã được gửi cho bạn trong giờ này. Nếu bạn cần người ngay, hãy gọi hoặc nhắn đến số này.',
  checkInsFull: 'Bạn đã có {max} lần hẹn báo tin. Hãy nhờ nhóm hủy một lần trước.',
  planLink:
    'Kế hoạch khủng hoảng của bạn: {url} Liên kết này chỉ dùng được một lần, trong một giờ. Chỉ mã của bạn mở được kế hoạch. Đừng chia sẻ liên kết này.',
  planOpened: 'Kế hoạch của bạn được mở cho {names} cho đến khi cuộc trò chuyện này kết thúc.',
  planOpenedNoKey:
    'Mã của bạn đúng, nhưng chưa ai trong cuộc trò chuyện này đọc được kế hoạch. Hãy nói với họ điều gì giúp bạn.',
  planWrong: 'Mã đó không mở được kế hoạch của bạn. Bạn còn {left} lần thử trong giờ này.',
  planLocked: 'Quá nhiều mã sai. Kế hoạch của bạn bị khóa tối đa một giờ. Bạn vẫn có thể nhắn tin cho chúng tôi.',
  planNone: 'Bạn chưa có kế hoạch. Nhắn PLAN để nhận liên kết và viết kế hoạch.',
  planNoConversation: 'Hãy nhắn cho chúng tôi trước, để có người ở bên bạn. Sau đó gửi lại PLAN và mã của bạn.',
  leaveWords: ['THOÁT'],
  okWords: ['CÓ', 'ỔN'],
  checkWords: ['HẸN'],
  watchWords: ['THEO-DÕI'],
  planWords: ['PLAN'],
  placeWords: ['N', 'NƠI'],
};

export const memberKeypadVi: MemberKeypadWords = {
  numberPrompt: 'Thành viên: hãy bấm số thành viên của bạn.',
  codePrompt: 'Bây giờ bấm mã của bạn, rồi bấm phím thăng.',
  placePrompt: 'Để thêm nơi, bấm phím sao và số của nơi đó trước phím thăng.',
  notFound: 'Chúng tôi không tìm thấy số thành viên đó.',
  noSuchCode: 'Đó không phải là một mã.',
  goodbye: 'Tạm biệt.',
  planHint: 'Để mở kế hoạch khủng hoảng của bạn cho cuộc gọi này, bấm phím sao, rồi mã kế hoạch, rồi phím thăng.',
  planOpened: 'Kế hoạch của bạn đã mở. Người trả lời cuộc gọi này có thể đọc nó cho đến khi cuộc gọi kết thúc.',
  planNoKey: 'Mã của bạn đúng, nhưng chưa ai có thể trả lời đọc được kế hoạch. Hãy nói với họ điều gì giúp bạn.',
  planWrong: 'Mã đó không mở được kế hoạch. Còn {left} lần thử trong giờ này. Bạn có thể nói mã cho người trả lời.',
  planLocked: 'Quá nhiều mã sai. Kế hoạch của bạn bị khóa tối đa một giờ.',
  planNone: 'Bạn chưa có kế hoạch.',
  planChecking: 'Chúng tôi vẫn đang kiểm tra mã của bạn. Nếu đúng, người trả lời có thể đọc kế hoạch của bạn.',
  planThrough: 'Bây giờ chúng tôi sẽ nối máy bạn với nhóm.',
};
