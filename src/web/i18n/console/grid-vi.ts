import type { GridText } from './grid-types';

export const viGrid: GridText = {
  label: 'Lưới tuần, từ {first} đến {last}',
  legend:
    'Mỗi ca ghi Chính (viền liền, ■) hoặc Dự phòng (viền nét đứt, ◇). Khoảng trống có sọc và ghi Khoảng trống. Ca vượt quy tắc nghỉ ngơi sẽ ghi rõ.',
  primary: 'Chính',
  backup: 'Dự phòng',
  rest: {
    weekHours: 'Vượt quy tắc nghỉ ngơi: {hours} giờ trong 7 ngày (giới hạn {limit} giờ)',
    restHours: 'Vượt quy tắc nghỉ ngơi: chỉ nghỉ {hours} giờ trước ca (quy tắc {limit} giờ)',
    stretchHours: 'Vượt quy tắc nghỉ ngơi: {hours} giờ liên tục (giới hạn {limit} giờ)',
  },
  allowed: 'Được cho phép: {reason}',
  restNone: 'Không ca nào tuần này vượt quy tắc nghỉ ngơi.',
  restOne: '1 ca tuần này vượt quy tắc nghỉ ngơi.',
  restMany: '{count} ca tuần này vượt quy tắc nghỉ ngơi.',
};
