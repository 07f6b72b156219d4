import type { BriefingTexts } from '../briefing';
import type { CareTeamCatalog } from '../care-team';
import type { RotaTexts } from '../rota';
import type { SwapTexts } from '../swaps';

/**
 * Draft (see ../languages.ts): the team's own texts in Tagalog — shift reminders, gap alerts,
 * calendar titles, swaps, the shift-start briefing and stepping back, in the Taglish the console
 * uses ("shift"). The words a responder texts (KUNIN, PAHINGA, BALIK) are recognised in every language.
 */
export const rotaTl: RotaTexts = {
  myShift: '{program}: {role} shift ({tier})',
  rotaShift: '{name}: {role} ({tier})',
  rotaName: '{program}: mga shift ng team',
  reminder: 'Kith: magsisimula ang {role} shift mo ({tier}) sa {program} sa {when}. Buksan ang console: {url}',
  pushTitle: 'Malapit nang magsimula ang shift mo',
  pushBody: '{role} shift ({tier}), {when}',
  gap: 'Kith: walang nasa telepono mula {from} hanggang {to} (sa loob ng {hours} oras). Bakante: {names}. Mga shift: {url}',
  nobodyFree: 'wala',
  more: 'at {count} pa',
  roles: { phone: 'telepono', field: 'field', support: 'suporta', coordinator: 'coordinator' },
  tiers: { primary: 'unang tatawagan', backup: 'backup' },
};

export const swapsTl: SwapTexts = {
  offered:
    'Kith: inaalok ni {name} ang {role} shift, {when} hanggang {until}. Para kunin, sumagot ng KUNIN S{code}. Sa unang sumagot ito. Console: {url}',
  offeredTitle: 'Isang shift na puwede mong kunin',
  taken: 'Kith: kinuha ni {taker} ang {role} shift ni {giver}, {when} hanggang {until}.',
  takenAwaiting:
    'Kith: gustong kunin ni {taker} ang {role} shift ni {giver}, {when} hanggang {until}. Hinihintay ang coordinator: {url}',
  yourShiftTaken: 'Kith: kinuha ni {taker} ang {role} shift mo, {when} hanggang {until}. Wala ka na roon.',
  yourSwapDeclined: 'Kith: hindi pumayag ang coordinator sa palit ng {role} shift mo, {when}. Sa iyo pa rin ito.',
  youTookIt: 'Kith: sa iyo na ang {role} shift, {when} hanggang {until}. Salamat.',
  youTookItAwaiting:
    'Kith: hiniling mong kunin ang {role} shift, {when} hanggang {until}. Sasabihin ng coordinator kung oo o hindi.',
  takeApproved: 'Kith: pumayag ang coordinator. Sa iyo na ang {role} shift, {when} hanggang {until}.',
  takeDeclined: 'Kith: hindi pumayag ang coordinator. Kay {giver} pa rin ang {role} shift, {when}.',
  gone: 'Kith: pasensya, wala na ang shift na iyon. May ibang kumuha, o binawi ito.',
  cannotTake:
    'Kith: hindi mo makukuha ang shift na iyon: naka-shift ka na, naka-leave, o lalabag ito sa patakaran sa pahinga.',
  unknownCode:
    'Kith: walang bukas na shift na may ganoong numero. Tingnan ang text na natanggap mo, o buksan ang console.',
  awayAsked: 'Kith: humihingi si {name} ng leave, {when} hanggang {until}. Pakisabi kung oo o hindi: {url}',
  awayApproved: 'Kith: aprubado ang leave mo, {when} hanggang {until}.',
  awayDeclined: 'Kith: hindi naaprubahan ang leave mo, {when} hanggang {until}. Makipag-usap sa coordinator.',
  takeWords: ['KUNIN'],
  roles: { phone: 'telepono', field: 'field', support: 'suporta', coordinator: 'coordinator' },
};

export const briefingTl: BriefingTexts = {
  due: 'Kith: nagsimula na ang shift mo sa {program}. Basahin ang emergency plan ng team at pindutin ang “Nabasa ko na”: {url} — hindi ka tatawagan hangga’t hindi mo ito ginagawa.',
  nobodyBriefed:
    'Kith: walang matatawagan sa telepono ngayon: kailangan munang basahin nina {names} ang emergency plan. Hanggang doon, mapupunta ang mga tawag sa mensaheng walang sumasagot. Console: {url}',
  page: {
    title: 'Bago ang shift mo: ang emergency plan',
    intro: 'Basahin ang emergency plan ng {program}. Tatawagan ka kapag kinumpirma mong nabasa mo na.',
    version: 'Bersyon {version}, na-save {time}',
    button: 'Nabasa ko na',
    done: 'Salamat. Puwede ka nang tawagan.',
    gone: 'Nagamit na o nag-expire na ang link na ito. Buksan ang console para basahin ang plan.',
    changed: 'Nagbago ang plan habang nagbabasa ka. Basahin ang bersyong ito.',
    empty: 'Walang laman ang plan.',
  },
};

export const careTeamTl: CareTeamCatalog = {
  steppedBack: 'Kith: umatras si {name} sa {role} shift hanggang {end}. Pakihanap ng papalit. Console: {url}',
  youSteppedBack:
    'Kith: wala ka sa linya hanggang matapos ang shift mo nang {end}. Sinabihan ang coordinator. Ingat. Sumagot ng BALIK para bumalik.',
  notOnShift: 'Kith: wala kang shift ngayon, kaya walang aatrasan.',
  youAreBack: 'Kith: welcome back. Puwede ka na ulit tawagan.',
  stepBackWords: ['PAHINGA', 'UMATRAS'],
  backWords: ['BALIK'],
};
