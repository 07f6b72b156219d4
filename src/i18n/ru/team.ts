import type { BriefingTexts } from '../briefing';
import type { CareTeamCatalog } from '../care-team';
import type { RotaTexts } from '../rota';
import type { SwapTexts } from '../swaps';

/**
 * Draft (see ../languages.ts): the team's own texts in Russian (вы) — shift reminders, gap alerts,
 * calendar titles, swaps, the shift-start briefing and stepping back. The words a responder texts
 * (ВЗЯТЬ, ПАУЗА, ВЕРНУТЬСЯ) are recognised in every language; a take keeps the Latin S: "ВЗЯТЬ S12".
 */
export const rotaRu: RotaTexts = {
  myShift: '{program}: смена, {role} ({tier})',
  rotaShift: '{name}: {role} ({tier})',
  rotaName: '{program}: смены команды',
  reminder: 'Kith: ваша смена ({role}, {tier}) в {program} начинается {when}. Откройте консоль: {url}',
  pushTitle: 'Ваша смена скоро начнётся',
  pushBody: 'Смена ({role}, {tier}), {when}',
  gap: 'Kith: никого на телефоне с {from} до {to} (через {hours} ч). Свободны: {names}. Смены: {url}',
  nobodyFree: 'никто',
  more: 'и ещё {count}',
  roles: { phone: 'телефон', field: 'выезд', support: 'поддержка', coordinator: 'координация' },
  tiers: { primary: 'звонят первым', backup: 'резерв' },
};

export const swapsRu: SwapTexts = {
  offered:
    'Kith: {name} отдаёт смену ({role}), {when} – {until}. Чтобы взять, ответьте ВЗЯТЬ S{code}. Получит тот, кто ответит первым. Консоль: {url}',
  offeredTitle: 'Смена, которую вы можете взять',
  taken: 'Kith: {taker} взял(а) смену {giver} ({role}), {when} – {until}.',
  takenAwaiting: 'Kith: {taker} хочет взять смену {giver} ({role}), {when} – {until}. Ждёт координатора: {url}',
  yourShiftTaken: 'Kith: {taker} взял(а) вашу смену ({role}), {when} – {until}. Вы с неё сняты.',
  yourSwapDeclined: 'Kith: координатор не одобрил обмен вашей смены ({role}), {when}. Она остаётся за вами.',
  youTookIt: 'Kith: смена ({role}), {when} – {until}, теперь ваша. Спасибо.',
  youTookItAwaiting: 'Kith: вы попросили смену ({role}), {when} – {until}. Координатор ответит да или нет.',
  takeApproved: 'Kith: координатор сказал да. Смена ({role}), {when} – {until}, теперь ваша.',
  takeDeclined: 'Kith: координатор сказал нет. Смена ({role}), {when}, остаётся за {giver}.',
  gone: 'Kith: извините, этой смены уже нет. Её взял кто-то другой или её отозвали.',
  cannotTake: 'Kith: вы не можете взять эту смену: вы уже на смене, в отгуле или нарушили бы правило отдыха.',
  unknownCode: 'Kith: нет открытой смены с таким номером. Проверьте сообщение или откройте консоль.',
  awayAsked: 'Kith: {name} просит отгул, {when} – {until}. Ответьте да или нет: {url}',
  awayApproved: 'Kith: ваш отгул, {when} – {until}, одобрен.',
  awayDeclined: 'Kith: ваш отгул, {when} – {until}, не одобрен. Поговорите с координатором.',
  takeWords: ['ВЗЯТЬ'],
  roles: { phone: 'телефон', field: 'выезд', support: 'поддержка', coordinator: 'координация' },
};

export const briefingRu: BriefingTexts = {
  due: 'Kith: ваша смена в {program} началась. Прочтите план действий в ЧС команды и нажмите «Я прочитал(а)»: {url} — до этого вам не будут звонить.',
  nobodyBriefed:
    'Kith: сейчас никому на телефоне нельзя позвонить: {names} должны сначала прочесть план действий в ЧС. До тех пор звонки получают сообщение «нет ответа». Консоль: {url}',
  page: {
    title: 'Перед сменой: план действий в ЧС',
    intro: 'Прочтите план действий в ЧС {program}. Вам начнут звонить, когда вы подтвердите, что прочли его.',
    version: 'Версия {version}, сохранена {time}',
    button: 'Я прочитал(а)',
    done: 'Спасибо. Теперь вам могут звонить.',
    gone: 'Эта ссылка уже использована или устарела. Откройте консоль, чтобы прочесть план.',
    changed: 'План изменился, пока вы читали. Прочтите эту версию.',
    empty: 'План пуст.',
  },
};

export const careTeamRu: CareTeamCatalog = {
  steppedBack: 'Kith: {name} отошёл/отошла от смены ({role}) до {end}. Найдите замену. Консоль: {url}',
  youSteppedBack:
    'Kith: вы вне линии до конца смены в {end}. Координатор предупреждён. Берегите себя. Ответьте ВЕРНУТЬСЯ, чтобы вернуться.',
  notOnShift: 'Kith: сейчас вы не на смене, отходить не от чего.',
  youAreBack: 'Kith: с возвращением. Вам снова могут звонить.',
  stepBackWords: ['ПАУЗА', 'ОТОЙТИ'],
  backWords: ['ВЕРНУТЬСЯ'],
};
