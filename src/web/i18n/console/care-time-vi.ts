import type { CareTimeText } from './care-time-types';

/** Draft translation from the English (care-time-en.ts); a fluent reader should check it. */
export const viCareTime: CareTimeText = {
  home: {
    stepBack: 'Tôi cần tạm lui',
    stepBackHint:
      'Bạn sẽ không nhận cuộc gọi cho đến hết ca. Điều phối viên đang trực được báo để thay, nhưng không được báo lý do.',
    stepBackConfirm: 'Tạm lui cho đến hết ca?',
    stepBackYes: 'Có, tạm lui',
    stepBackNo: 'Hủy',
    steppedBack: 'Bạn đã tạm lui. Không có cuộc gọi cho bạn đến {time}.',
    coolingDown: 'Bạn đang nghỉ khỏi đường dây đến {time}.',
    markHard: 'Đánh dấu cuộc gọi vừa rồi là khó khăn',
    markHardHint: 'Chỉ bạn thấy điều này. Không lưu gì về cuộc gọi.',
    markedHard: 'Đã đánh dấu. Hãy chăm sóc bản thân.',
    offerHeading: 'Nghỉ vài phút?',
    offerHard: 'Cuộc gọi đó khó khăn. Bạn có thể nghỉ {minutes} phút khỏi đường dây.',
    offerLong: 'Cuộc gọi đó dài. Bạn có thể nghỉ {minutes} phút khỏi đường dây.',
    offerSupport: 'Để nói chuyện về việc này, bạn có thể tìm: {names}.',
    offerNoSupport: 'Hiện không có người hỗ trợ nào trong ca.',
    take: 'Nghỉ {minutes} phút khỏi đường dây',
    notNow: 'Để sau',
    offerClosed: 'Được. Bạn vẫn ở trên đường dây.',
  },
  settings: {
    heading: 'Nghỉ ngơi và tạm nghỉ',
    intro: 'Quy tắc nghỉ ngơi giúp không ai phải trực quá lâu. Ca vi phạm một quy tắc cần có lý do để lưu.',
    offHint: 'Để trống nếu không có quy tắc.',
    rules: {
      weekHours: {
        label: 'Số giờ trực tối đa trong 7 ngày',
        hint: 'Từ 8 đến 168 giờ.',
        error: 'Số giờ trong 7 ngày phải là số nguyên từ 8 đến 168, hoặc để trống.',
      },
      restHours: {
        label: 'Số giờ nghỉ tối thiểu giữa hai ca',
        hint: 'Từ 1 đến 24 giờ.',
        error: 'Số giờ nghỉ phải là số nguyên từ 1 đến 24, hoặc để trống.',
      },
      stretchHours: {
        label: 'Số giờ liên tục tối đa',
        hint: 'Từ 1 đến 48 giờ.',
        error: 'Số giờ liên tục phải là số nguyên từ 1 đến 48, hoặc để trống.',
      },
    },
    coolDown: { label: 'Đề nghị tạm nghỉ sau cuộc gọi khó khăn hoặc dài', hint: 'Người trực tự chọn. Tự kết thúc.' },
    coolDownMinutes: {
      label: 'Thời gian tạm nghỉ, tính bằng phút',
      hint: 'Từ 1 đến 60.',
      error: 'Thời gian tạm nghỉ phải là số phút nguyên từ 1 đến 60.',
    },
    longCallMinutes: {
      label: 'Cuộc gọi dài là, tính bằng phút',
      hint: 'Từ 5 đến 240.',
      error: 'Cuộc gọi dài phải là số phút nguyên từ 5 đến 240.',
    },
  },
  refusal: {
    rules: {
      weekHours: '{name} sẽ trực {hours} giờ trong 7 ngày (từ {at}). Giới hạn là {limit} giờ.',
      restHours: '{name} chỉ có {hours} giờ nghỉ trước ca lúc {at}. Quy tắc là ít nhất {limit} giờ.',
      stretchHours: '{name} sẽ trực {hours} giờ liên tục (từ {at}). Giới hạn là {limit} giờ.',
    },
    overrideHeading: 'Vẫn lưu?',
    overrideHint: 'Chọn lý do. Kith lưu lý do cùng với ca.',
    reasons: {
      'no-one-else': 'Không ai khác nhận được',
      'responder-asked': 'Người trực yêu cầu',
      'emergency-cover': 'Thay ca khẩn cấp',
    },
    saveAnyway: 'Vẫn lưu',
    reasonMissing: 'Chọn một lý do để vẫn lưu.',
  },
};
