import type { TextCatalog } from '../texting';

/** Draft (see ../languages.ts). START stays in English: after an English STOP, carriers honour only START. */
export const textTl: TextCatalog = {
  languageOffer: 'Para sa Tagalog, sumagot ng TAGALOG.',
  firstReply:
    'Naabot mo ang {program}. Hindi kami tumatawag ng pulis. Babasahin ng isang tao sa aming team ang mga mensahe mo at sasagot dito. ' +
    '{scope} Sumasagot kami {hours}. Ang team lang namin ang makakabasa ng mga mensahe mo. Kinakalimutan namin ang numero mo {kept}. Sumagot ng TULONG para sa tulong, o TIGIL para huminto ang mga text.',
  offHours: 'Sarado kami ngayon. Sumasagot kami {hours}. Pakitext ulit kami sa oras na iyon.',
  joined: 'Nandito na ang isang tao mula sa aming team. Puwede mo siyang sulatan sa usapang ito.',
  noAnswer:
    'Pasensiya na. Walang makasagot sa aming team ngayon. Mag-text ulit mamaya, o tumawag sa numerong ito kapag bukas kami.',
  closed:
    'Tapos na ang usapang ito. Salamat sa pag-abot sa amin. Puwede kang mag-text sa numerong ito anumang oras para maabot kami ulit.',
  help: '{program}: isang linya ng suporta ng komunidad. Mag-text dito para maabot ang aming team. Hindi kami tumatawag ng pulis. Sumagot ng TIGIL (o STOP) para huminto ang mga text, at START para makatanggap ulit.',
  stopped: 'Hindi ka na makakatanggap ng text mula sa {program}. Sumagot ng START para makatanggap ulit.',
  started: 'Puwede mo nang i-text ulit ang {program}. Sumagot ng TIGIL para huminto.',
  mediaNotReceived: 'Hindi namin nakikita ang mga larawan o file dito. Pakisulat sa mga salita.',
  languageSwitched: 'Susulatan ka namin sa Tagalog.',
  slowDown: 'Napakabilis ng pagpapadala mo ng mensahe. Pakihintay sandali. Natanggap na namin ang ipinadala mo.',
  keptFor: '{hours} oras pagkatapos ng ating usapan',
  keptForOne: 'isang oras pagkatapos ng ating usapan',
  keptForNone: 'agad pagkatapos ng ating usapan',

  alert: 'Kith: bagong usapan sa text, {alias}. Sumagot ng "{alias}" para kunin ito, o buksan ang {url}',
  alertBackup:
    'Kith: {minutes} minuto nang naghihintay ang {alias} nang walang tao. Sumagot ng "{alias}" para kunin ito, o buksan ang {url}',
  digest: 'Kith: {count} pang usapan sa text ang nagbukas sa nakaraang minuto. Buksan ang {url}',
  relayed: '{alias}: {body}',
  relayedMedia: '{alias}: (nagpadala ng larawan, na hindi itinatago ng Kith)',
  taken: 'Kith: kinuha ni {name} ang {alias}. Salamat.',
  yours:
    'Kith: sa iyo ang {alias}. Isulat ang "{alias} ang mensahe mo" para sumagot, "{alias} DONE" para isara, "{alias} RELEASE" para ibalik.',
  handedToYou: 'Kith: ibinigay sa iyo ni {name} ang {alias}. Buksan ang {url}',
  notYours: 'Kith: hindi bukas ang {alias}, o sa ibang tao ito.',
  notOnCall: 'Kith: hindi ka naka-duty sa text ngayon, kaya hindi mo makukuha ang {alias}. Hawak ito ng mga naka-duty.',
  whichOne: 'Kith: simulan ang mensahe mo sa pangalan ng usapan, gaya ng "{alias} ang mensahe mo".',
  closedByYou: 'Kith: sarado na ang {alias}. Salamat. Ingatan mo ang sarili mo.',
  released: 'Kith: bumalik sa pila ang {alias}.',
  replyFailed: 'Kith: hindi naipadala ang sagot mo sa {alias}. Subukan ulit, o gamitin ang console.',
  chatInConsole: 'Kith: web chat ang {alias}. Sumagot sa console: {url}',
};
