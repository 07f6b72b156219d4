import type { BriefingTexts } from '../briefing';
import type { CareTeamCatalog } from '../care-team';
import type { RotaTexts } from '../rota';
import type { SwapTexts } from '../swaps';

/**
 * Draft (see ../languages.ts): the team's own texts in Vietnamese — shift reminders, gap alerts,
 * calendar titles, swaps, the shift-start briefing and stepping back. The words a responder texts
 * (NHẬN, TẠM NGHỈ, TRỞ LẠI) are recognised in every language, with or without their accents.
 */
export const rotaVi: RotaTexts = {
  myShift: '{program}: ca {role} ({tier})',
  rotaShift: '{name}: {role} ({tier})',
  rotaName: '{program}: ca trực của nhóm',
  reminder: 'Kith: ca {role} ({tier}) của bạn ở {program} bắt đầu {when}. Mở bảng điều khiển: {url}',
  pushTitle: 'Ca của bạn sắp bắt đầu',
  pushBody: 'Ca {role} ({tier}), {when}',
  gap: 'Kith: không ai trực điện thoại từ {from} đến {to} (trong {hours} giờ nữa). Người rảnh: {names}. Ca trực: {url}',
  nobodyFree: 'không ai',
  more: 'và {count} người nữa',
  roles: { phone: 'điện thoại', field: 'hiện trường', support: 'hỗ trợ', coordinator: 'điều phối' },
  tiers: { primary: 'được gọi trước', backup: 'dự phòng' },
};

export const swapsVi: SwapTexts = {
  offered:
    'Kith: {name} nhường ca {role}, {when} đến {until}. Muốn nhận, trả lời NHẬN S{code}. Ai trả lời trước được ca. Bảng điều khiển: {url}',
  offeredTitle: 'Một ca bạn có thể nhận',
  taken: 'Kith: {taker} đã nhận ca {role} của {giver}, {when} đến {until}.',
  takenAwaiting: 'Kith: {taker} muốn nhận ca {role} của {giver}, {when} đến {until}. Đang chờ điều phối viên: {url}',
  yourShiftTaken: 'Kith: {taker} đã nhận ca {role} của bạn, {when} đến {until}. Bạn không còn trong ca này.',
  yourSwapDeclined: 'Kith: điều phối viên không đồng ý đổi ca {role} của bạn, {when}. Ca vẫn là của bạn.',
  youTookIt: 'Kith: ca {role}, {when} đến {until}, giờ là của bạn. Cảm ơn.',
  youTookItAwaiting: 'Kith: bạn đã xin nhận ca {role}, {when} đến {until}. Điều phối viên sẽ trả lời có hay không.',
  takeApproved: 'Kith: điều phối viên đồng ý. Ca {role}, {when} đến {until}, giờ là của bạn.',
  takeDeclined: 'Kith: điều phối viên không đồng ý. Ca {role}, {when}, vẫn của {giver}.',
  gone: 'Kith: xin lỗi, ca này không còn. Người khác đã nhận, hoặc ca đã bị rút lại.',
  cannotTake: 'Kith: bạn không nhận được ca này: bạn đang trực, đang nghỉ, hoặc sẽ vượt quy định nghỉ ngơi.',
  unknownCode: 'Kith: không có ca mở nào mang số đó. Xem lại tin nhắn, hoặc mở bảng điều khiển.',
  awayAsked: 'Kith: {name} xin nghỉ, {when} đến {until}. Vui lòng trả lời có hay không: {url}',
  awayApproved: 'Kith: thời gian nghỉ của bạn, {when} đến {until}, đã được duyệt.',
  awayDeclined:
    'Kith: thời gian nghỉ của bạn, {when} đến {until}, không được duyệt. Hãy nói chuyện với điều phối viên.',
  takeWords: ['NHẬN'],
  roles: { phone: 'điện thoại', field: 'hiện trường', support: 'hỗ trợ', coordinator: 'điều phối' },
};

export const briefingVi: BriefingTexts = {
  due: 'Kith: ca của bạn ở {program} đã bắt đầu. Hãy đọc kế hoạch khẩn cấp của nhóm và bấm “Tôi đã đọc”: {url} — bạn sẽ không được gọi cho đến khi đọc xong.',
  nobodyBriefed:
    'Kith: hiện không gọi được ai trực điện thoại: {names} phải đọc kế hoạch khẩn cấp trước. Đến lúc đó, cuộc gọi sẽ nghe tin nhắn không ai trả lời. Bảng điều khiển: {url}',
  page: {
    title: 'Trước ca của bạn: kế hoạch khẩn cấp',
    intro: 'Hãy đọc kế hoạch khẩn cấp của {program}. Bạn sẽ được gọi khi xác nhận đã đọc.',
    version: 'Phiên bản {version}, lưu lúc {time}',
    button: 'Tôi đã đọc',
    done: 'Cảm ơn. Giờ bạn có thể được gọi.',
    gone: 'Liên kết này đã được dùng hoặc đã hết hạn. Mở bảng điều khiển để đọc kế hoạch.',
    changed: 'Kế hoạch đã thay đổi khi bạn đang đọc. Hãy đọc phiên bản này.',
    empty: 'Kế hoạch đang trống.',
  },
};

export const careTeamVi: CareTeamCatalog = {
  steppedBack: 'Kith: {name} đã tạm lui khỏi ca {role} đến {end}. Vui lòng tìm người thay. Bảng điều khiển: {url}',
  youSteppedBack:
    'Kith: bạn đã rời đường dây đến hết ca lúc {end}. Điều phối viên đã được báo. Giữ gìn sức khỏe. Trả lời TRỞ LẠI để quay lại.',
  notOnShift: 'Kith: bạn không trong ca nào lúc này, nên không có gì để tạm lui.',
  youAreBack: 'Kith: chào mừng bạn trở lại. Bạn có thể được gọi lại.',
  stepBackWords: ['TẠM NGHỈ', 'TẠM LUI'],
  backWords: ['TRỞ LẠI'],
};
