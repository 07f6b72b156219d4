import type { ChatText } from './types';

/** Draft (src/i18n/languages.ts): not yet read by a fluent speaker. */
const client = {
  waiting: 'Naipadala na ang mensahe mo. Pakihintay dito: may sasali mula sa aming team sa lalong madaling panahon.',
  noAnswer: 'Pasensiya na. Walang makasagot sa aming team ngayon. Pakisubukan ulit mamaya.',
  joined: 'May sumali mula sa aming team. Puwede mo siyang sulatan dito.',
  closed:
    'Tapos na ang chat na ito. Salamat sa pag-abot sa amin. Puwede kang magsimula ng bagong chat anumang oras sa pagsulat sa ibaba.',
  blocked: 'Hindi ka na makakapagpadala ng mensahe sa chat na ito. Salamat sa pag-unawa.',
  slowDown:
    'Napakabilis ng pagpapadala mo. Maghintay ng isang minuto, saka magpadala ulit. Nasa amin na ang naipadala mo.',
  busy: 'Maraming tao ang nagsisimula ng chat ngayon. Maghintay ng isang minuto at subukan ulit.',
  empty: 'Sumulat ng mensahe bago ito ipadala.',
  tooLong: 'Masyadong mahaba ang mensahe mo. Ipadala ito nang hati-hati (hanggang {max} karakter bawat isa).',
  expired: 'Hindi namin makita ang chat mo sa browser na ito. Pakipadala ulit ang mensahe mo.',
  lineWait:
    'Maraming tao ang sumusulat sa amin ngayon. Inihahanda namin ang linya para sa iyo. Maipapadala mo ang mensahe mo sa loob ng mga {seconds} segundo.',
  lineReadying:
    'Maraming tao ang sumusulat sa amin ngayon. Inihahanda ang linya para sa iyo… Ilang segundo lang ito. Puwede mong isulat ang mensahe mo habang naghihintay.',
  lineReady: 'Handa na ang linya. Puwede mo nang ipadala ang mensahe mo.',
  notYet:
    'Inihahanda pa namin ang linya para sa iyo. Maghintay ng mga {seconds} segundo, saka ipadala ulit. Nandito pa ang mensahe mo.',
  proofNeeded:
    'Maraming tao ang sumusulat sa amin ngayon. Inihahanda namin ang linya para sa iyo. Maghintay ng mga {seconds} segundo, saka ipadala ulit. Nandito pa ang mensahe mo.',
  failed: 'Hindi naipadala ang mensahe mo. Pakisubukan ulit.',
  noCookies:
    'Hindi nagtatago ng cookies ang browser mo para sa site na ito. Gumagana ang chat habang bukas ang page na ito, pero kapag ni-reload o isinara mo ito, matatapos ang chat. Para manatili ang chat pagkatapos mag-reload, payagan ang cookies para sa site na ito.',
  noWasm:
    'Hindi kayang i-lock ng browser na ito ang mga salita mo sa device mo (nakapatay ang WebAssembly). Gumagana pa rin ang chat: nakikita ng server namin ang mga salita mo sandali bago nito i-lock ang mga ito, gaya ng kapag nakapatay ang JavaScript. Para makita ang mga bagong sagot, pindutin ang "Tingnan ang mga bagong sagot".',
  newReply: 'May bagong sagot. Pindutin ang "Tingnan ang mga bagong sagot" para basahin ito.',
  teamWrote: 'Sumulat ang team namin: {words}',
  escapeAgain: 'Pindutin ulit ang Escape para umalis na.',
  sending: 'Ipinapadala…',
  sent: 'Naipadala.',
  you: 'Ikaw',
  team: 'Aming team',
  cannotShow: 'Hindi maipakita ang mensaheng ito sa browser na ito.',
  errorPrefix: 'Error:',
};

export const chatTl: ChatText = {
  title: 'Makipag-chat sa amin',
  heading: 'Chat sa {program}',
  promisesHeading: 'Bago ka magsimula',
  neverPolice: 'Hindi kami tumatawag ng pulis. Walang pupunta sa iyo maliban kung hihilingin mo.',
  whoReads:
    'Binabasa ng isang tao sa aming team ang mga mensahe mo at sumasagot dito. Naka-lock ang mga mensahe mo: ang team namin at ikaw lang ang makakabasa.',
  hours: 'Sumasagot kami {hours}.',
  kept: 'Itinatago lang ng aming server ang mga mensahe mo nang naka-lock, at hindi nito mababasa ang mga ito. {kept} pagkatapos ng chat, kinakalimutan namin kung saang browser ito nanggaling.',
  keptFor: '{hours} oras',
  noAccount: 'Hindi mo kailangan ng account o numero ng telepono. Hindi namin itinatago ang IP address mo.',
  closedNow: 'Sarado kami ngayon. Sumasagot kami {hours}. Pakibalik sa oras na iyon.',
  noScriptHeading: 'Naka-off ang JavaScript',
  noScript:
    'Gumagana pa rin ang chat. Pero kapag walang JavaScript, nakikita ng aming server ang mga salita mo sandali bago nito i-lock ang mga ito. Kapag naka-on ang JavaScript, naka-lock na ang mga salita mo sa device mo bago ipadala.',
  lockNote:
    'Inihahanda pa ng page na ito ang pag-lock ng mga salita mo sa device mo. Kung magpapadala ka ngayon, makikita ng aming server ang mga salita mo sandali bago i-lock, gaya ng kapag naka-off ang JavaScript. Para maiwasan ito, hintaying mawala ang paalalang ito.',
  leave: 'Umalis ngayon',
  leaveHint:
    'Tinatapos ng Umalis ngayon ang chat na ito, binubura ito sa browser na ito, at nagbubukas ng ibang website.',
  threadHeading: 'Ang chat mo',
  you: client.you,
  team: client.team,
  cannotShow: client.cannotShow,
  messageLabel: 'Ang mensahe mo',
  messageHint: 'Hindi mo kailangang ibigay ang pangalan mo.',
  send: 'Ipadala',
  check: 'Tingnan ang mga bagong sagot',
  leaveKey: 'Puwede mo ring pindutin nang dalawang beses ang Escape para umalis na.',
  autoRefresh:
    'Kusang naghahanap ang page na ito ng mga bagong sagot bawat {seconds} segundo. Nawawala ang mga salitang hindi mo pa naipapadala kapag nangyari ito.',
  stopRefresh: 'Itigil ang kusang paghahanap',
  pressCheck: 'Para makita ang mga bagong sagot, pindutin ang "Tingnan ang mga bagong sagot".',
  noCookiesForm:
    'Hindi nagtatago ng cookies ang browser mo para sa site na ito. Gumagana ang chat, pero sa page na ito lang: huwag itong i-reload o bumalik. Para makita ang mga bagong sagot, pindutin ang "Tingnan ang mga bagong sagot". Para manatili ang chat pagkatapos mag-reload, payagan ang cookies para sa site na ito.',
  otherWays: 'Puwede mo rin kaming tawagan o i-text sa {number}.',
  errorPrefix: client.errorPrefix,
  client,
};
