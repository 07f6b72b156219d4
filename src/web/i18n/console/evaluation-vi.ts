import type { EvaluationText } from './evaluation-types';

export const viEvaluation: EvaluationText = {
  nav: 'Đánh giá',
  boardLink: 'Số liệu để đánh giá',
  title: 'Số liệu để đánh giá',
  heading: 'Số liệu để đánh giá',
  intro:
    'Có bao nhiêu lần đi hiện trường, và điều gì đã xảy ra, để chương trình của bạn nhìn lại. Chỉ có con số: không tên, không địa điểm, không lời kể.',
  from: { label: 'Từ', hint: 'Ngày đầu tiên, có tính. Ngày được tính theo nơi đặt đường dây.' },
  to: { label: 'Đến', hint: 'Ngày cuối cùng, có tính.' },
  show: 'Xem',
  counting: 'Đang đếm…',
  period: 'Từ {from} đến {to}',
  empty: 'Không có gì được ghi lại trong thời gian này.',
  number: 'Số lượng',
  total: 'Tổng cộng',
  responses: {
    heading: 'Lần đi hiện trường',
    byState: 'Lần đi hiện trường theo tình trạng',
    byOutcome: 'Lần đi đã đóng theo kết quả',
    byUrgency: 'Lần đi hiện trường theo mức khẩn cấp',
    state: 'Tình trạng',
    outcome: 'Kết quả',
    urgency: 'Mức khẩn cấp',
    states: { forming: 'Đang lập nhóm', formed: 'Đang ở ngoài', no_team: 'Không lập được nhóm', closed: 'Đã đóng' },
  },
  emergency: {
    heading: 'Dịch vụ cấp cứu với sự đồng ý của người đó',
    intro: 'Chỉ khi người đó yêu cầu hoặc đồng ý.',
    byReason: 'Dịch vụ cấp cứu theo lý do',
    reason: 'Lý do',
  },
  police: {
    heading: 'Tiếp xúc với cảnh sát',
    intro:
      'Kith không bao giờ liên lạc với cảnh sát hay bất kỳ cơ quan nào khác; khi cảnh sát vẫn có mặt, nhóm ghi lại ở đây để chương trình thấy và bàn về việc đó.',
    byCategory: 'Tiếp xúc với cảnh sát theo cách xảy ra',
    category: 'Cách xảy ra',
  },
  debriefs: { heading: 'Buổi trao đổi sau ca', done: 'Đã xong', notDone: 'Chưa xong' },
  followUps: {
    heading: 'Liên lạc lại',
    done: 'Đã xong',
    missed: 'Bị lỡ',
    pending: 'Còn phải làm',
    hint: 'Các lần liên lạc lại đến hạn trong thời gian này. Bị lỡ nghĩa là chưa làm sau hạn hai ngày.',
  },
  errors: {
    fromMissing: 'Nhập ngày đầu tiên',
    toMissing: 'Nhập ngày cuối cùng',
    fromInvalid: 'Nhập ngày đầu tiên là một ngày có thật',
    toInvalid: 'Nhập ngày cuối cùng là một ngày có thật',
    fromAfterTo: 'Ngày đầu tiên phải trước hoặc trùng ngày cuối cùng',
    general: 'Các ngày đó không dùng được. Hãy kiểm tra rồi thử lại',
    failed: 'Có lỗi ở phía chúng tôi hoặc ở kết nối. Hãy thử lại',
  },
};
