import type { MemberPlacesText } from './member-places-types';

export const viMemberPlaces: MemberPlacesText = {
  heading: 'Sổ địa điểm',
  intro:
    'Các nơi có đánh số mà thành viên có thể nêu sau một mã. Bằng tin nhắn: GH N2. Trong cuộc gọi: các phím của mã, rồi phím sao, số của nơi và phím thăng. Kith chuyển nơi đó cùng với mã, chỉ cho những người mà mã báo, và không bao giờ lưu nó với một thành viên.',
  none: 'Chưa có địa điểm nào.',
  numberColumn: 'Số',
  wordsColumn: 'Nơi',
  numberFor: 'Số ở hàng {row}',
  wordsFor: 'Nơi ở hàng {row}',
  remove: 'Xóa hàng {row}',
  add: 'Thêm một nơi',
  save: 'Lưu sổ địa điểm',
  saved: 'Đã lưu sổ địa điểm.',
  errors: {
    number: 'Dùng số từ 1 đến 99, mỗi số chỉ một lần.',
    words: 'Viết nơi trên một dòng, tối đa 60 ký tự.',
    general: 'Kiểm tra những gì bạn đã nhập rồi thử lại.',
  },
};
