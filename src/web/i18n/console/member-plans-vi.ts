import type { MemberPlansText } from './member-plans-types';

export const viMemberPlans: MemberPlansText = {
  nav: 'Mở kế hoạch của thành viên',
  title: 'Kế hoạch của thành viên',
  heading: 'Kế hoạch của thành viên',
  intro:
    'Kế hoạch của một thành viên nói điều họ muốn khi khủng hoảng. Chỉ họ mới mở được, bằng mã hoặc cụm từ của họ. Bạn chỉ đọc được khi đang ở trong cuộc gọi, cuộc trò chuyện hoặc chuyến thăm của họ.',
  openHeading: 'Mở kế hoạch bằng cụm từ của thành viên',
  forScope: {
    call: 'Cho cuộc gọi bạn đang nhận.',
    conversation: 'Cho cuộc trò chuyện tin nhắn bạn đang giữ.',
    response: 'Cho lần phản hồi thực địa bạn đang tham gia.',
  },
  noScope:
    'Hãy mở trang này từ một cuộc gọi, cuộc trò chuyện hoặc lần phản hồi thực địa bạn đang tham gia để mở kế hoạch cho nó.',
  number: { label: 'Số thành viên', hint: 'Bốn chữ số. Hãy hỏi thành viên.' },
  secret: {
    label: 'Mã hoặc cụm từ của họ',
    hint: 'Gõ đúng những gì họ nói. Năm lần sai trong một giờ sẽ khóa kế hoạch, và họ thấy mọi lần thử.',
  },
  open: 'Mở kế hoạch',
  opened: 'Kế hoạch đã mở cho: {names}.',
  openedNoKey: 'Mã đúng, nhưng ở đây chưa ai có khóa để đọc kế hoạch.',
  listHeading: 'Kế hoạch đang mở cho bạn',
  none: 'Hiện không có kế hoạch nào mở cho bạn.',
  planOf: 'Kế hoạch của thành viên {number}',
  fields: {
    helps: 'Điều giúp ích',
    avoid: 'Điều không nên làm',
    people: 'Người thân cần gọi',
    never: 'Không bao giờ',
    naloxone: 'Naloxone của họ ở đâu',
    other: 'Điều khác',
  },
  cannotOpen: 'Không thể mở kế hoạch này bằng khóa của bạn.',
  errors: {
    number: 'Không có thành viên nào có số đó.',
    secret: 'Không mở được kế hoạch. Hãy hỏi lại thành viên và thử lại.',
    locked: 'Sai quá nhiều lần: kế hoạch bị khóa tối đa một giờ.',
    notOn: 'Bạn không ở trong cuộc gọi, cuộc trò chuyện hoặc phản hồi này, hoặc nó đã kết thúc.',
    general: 'Không mở được kế hoạch. Hãy thử lại.',
  },
};
