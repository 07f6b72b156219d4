import type { MemberKeypadWords } from '../member-keypad';
import type { MembersCatalog } from '../members';

/**
 * Draft (see ../languages.ts): texts to members and their people (Tagalog), and what a member hears
 * keying a code on a call. Written without a fluent speaker's check; the words members type are
 * recognised in every language, so none may be a common word sent alone.
 */
export const membersTl: MembersCatalog = {
  meanings: {
    safe: 'Good night: ligtas ako',
    meet: 'Umuwi ka: magkita tayo',
    call: 'Tawagan mo ako',
    naloxone: 'Magdala ng naloxone',
  },
  welcome:
    'Maligayang pagdating sa {program}. Ang member number mo ay {number}. Mga code: {codes}. I-text ang UMALIS para umalis; kakalimutan ka namin agad. Hindi kami tumatawag ng pulis.',
  codeItem: '{code} = {meaning}',
  sentPeers: 'Natanggap. Sinabihan namin ang mga tao mo.',
  sentTeam: 'Natanggap. Sinabihan namin ang team na naka-duty.',
  sentNoOne: 'Natanggap, pero walang nasabihan. Hilingin sa team na idagdag ang mga tao mo.',
  relay: 'Kith: nagpadala ang member {member} ng {code}: {meaning}.',
  relayPlace: ' Lugar: {place}.',
  noSuchPlace: 'Walang lugar {place} sa listahan, kaya ipinadala ito nang walang lugar.',
  duressAlert:
    'Kith, tahimik na alerto: ipinadala ng member {member} ang kanilang salita ng panganib. Maaaring hindi sila ligtas, at may maaaring nakakakita ng kanilang telepono. Huwag silang i-text tungkol dito. Mag-usap muna bilang team.',
  left: 'Umalis ka na sa {program}. Binura namin ang numero mo at lahat ng tungkol sa iyo.',
  checkInSet:
    'Naka-set ang check-in. Kung hindi namin matanggap ang {code} mula sa iyo bago mag-{time}, sasabihan namin ang mga tao mo, saka ang team na naka-duty. Hindi kailanman ang pulis o 911.',
  watchSet:
    'Ite-text ka namin araw-araw nang {time} sa loob ng {days} araw. Sagutin ang bawat text. Kapag dalawa ang hindi mo nasagot, sasabihan namin ang mga tao mo, saka ang team na naka-duty. Hindi kailanman ang pulis o 911.',
  watchPrompt: '{program}: kinukumusta ka namin. Sumagot ng OK kapag nakita mo ito.',
  watchThanks: 'Salamat. Ite-text ka ulit namin bukas.',
  watchEnded: 'Tapos na ang araw-araw na text mula sa {program}. Ingat ka. Puwede mo kaming i-text anumang oras.',
  missedPeers:
    'Kith: hindi nag-check in ang member {member} bago mag-{time}. Isa ka sa mga tao nila. Pakikontak sila. Kung hawak mo na ito, i-text ang "{member} OK" dito. Kung walang sumagot sa loob ng {minutes} minuto, sasabihan namin ang team na naka-duty. Hindi kailanman ang pulis.',
  missedTeam:
    'Kith: hindi nakapag-check in ang member {member} ({time}) at walang sinuman sa mga tao nila ang nagsabing hawak nila ito. Pakikontak sila bilang team. Hindi kailanman ang pulis o 911.',
  acked: 'Salamat. Hindi na namin sasabihan ang team.',
  tooMany:
    'Hindi namin ipinasa ito: maraming code ang ipinadala para sa iyo ngayong oras. Kung kailangan mo ng tao ngayon, tumawag o mag-text sa numerong ito.',
  checkInsFull: 'Mayroon ka nang {max} check-in. Hilingin muna sa team na kanselahin ang isa.',
  planLink:
    'Ang crisis plan mo: {url} Isang beses lang gumagana ang link na ito, sa loob ng isang oras. Ang code mo lang ang nagbubukas ng plan mo. Huwag ibahagi ang link na ito.',
  planOpened: 'Bukas ang plan mo kay {names} hanggang matapos ang usapang ito.',
  planOpenedNoKey:
    'Tama ang code mo, pero wala pang makakabasa ng plan sa usapang ito. Sabihin sa kanila kung ano ang nakakatulong sa iyo.',
  planWrong: 'Hindi nabuksan ng code na iyon ang plan mo. May {left} subok ka pa ngayong oras.',
  planLocked:
    'Sobrang daming maling code. Naka-lock ang plan mo nang hanggang isang oras. Puwede ka pa ring mag-text sa amin.',
  planNone: 'Wala ka pang plan. I-text ang PLAN para makakuha ng link at isulat ito.',
  planNoConversation: 'Mag-text ka muna sa amin, para may kasama ka. Pagkatapos, ipadala ulit ang PLAN at ang code mo.',
  leaveWords: ['UMALIS'],
  okWords: ['OO'],
  checkWords: ['TSEK'],
  watchWords: ['ARAWAN'],
  planWords: ['PLAN'],
  placeWords: ['L', 'LUGAR'],
};

export const memberKeypadTl: MemberKeypadWords = {
  numberPrompt: 'Mga member: pindutin ang member number mo.',
  codePrompt: 'Ngayon pindutin ang code mo, saka ang pound key.',
  placePrompt: 'Para magdagdag ng lugar, pindutin ang star at ang numero nito bago ang pound key.',
  notFound: 'Hindi namin nakita ang member number na iyon.',
  noSuchCode: 'Hindi iyon isa sa mga code.',
  goodbye: 'Paalam.',
  planHint:
    'Para buksan ang crisis plan mo sa tawag na ito, pindutin ang star, saka ang code ng plan mo, saka ang pound key.',
  planOpened: 'Bukas na ang plan mo. Mababasa ito ng sasagot sa tawag na ito hanggang matapos ang tawag.',
  planNoKey:
    'Tama ang code mo, pero wala pang puwedeng sumagot na nakakabasa ng mga plan. Sabihin mo sa kanila kung ano ang nakakatulong.',
  planWrong:
    'Hindi nabuksan ng code na iyon ang plan mo. {left} subok na lang sa oras na ito. Puwede mong sabihin ang code mo sa sasagot.',
  planLocked: 'Sobrang daming maling code. Naka-lock ang plan mo nang hanggang isang oras.',
  planNone: 'Wala ka pang plan.',
  planChecking: 'Tinitingnan pa namin ang code mo. Kung tama, mababasa ng sasagot ang plan mo.',
  planThrough: 'Ikokonekta ka na namin sa team.',
};
