import type { BurnText, RetentionSettingsText } from './retention-types';

export const htRetentionSettings: RetentionSettingsText = {
  heading: 'Konbyen tan nou kenbe bagay yo',
  intro:
    'Kith efase bagay sa yo poukont li lè tan yo fini. Pi kout pi an sekirite: sa ekip la pa kenbe, pèsonn pa ka pran l, mande l ni pataje l.',
  fields: {
    wordsDays: {
      label: 'Mo nan mesaj ak nòt, an jou',
      hint: 'Mo nan mesaj ak nòt: efase kantite jou sa a apre konvèsasyon an fèmen oswa apre dènye chanjman nòt la. 1 a 90 jou.',
    },
    evaluationDays: {
      label: 'Dosye apèl ak konvèsasyon, an jou',
      hint: 'Ki lè apèl ak konvèsasyon yo te fèt ak kijan yo te fini, san mo ni nimewo: efase kantite jou sa a apre yo fini. 7 a 365 jou.',
    },
    blocksDays: {
      label: 'Blokaj sou moun k ap voye, an jou',
      hint: 'Yon blokaj sou yon moun ki te voye tèks nou pa vle: leve epi efase kantite jou sa a apre yo te fè l. 1 a 365 jou.',
    },
  },
  numbersBefore:
    'Nimewo moun k ap rele yo efase kèk èdtan apre yon konvèsasyon fèmen. Ou chwazi konbyen èdtan anba Tèks ak chat: ',
  numbersAfter: '.',
  errors: {
    wordsDays: 'Antre yon nonb jou antye ant 1 ak 90',
    evaluationDays: 'Antre yon nonb jou antye ant 7 ak 365',
    blocksDays: 'Antre yon nonb jou antye ant 1 ak 365',
  },
};

export const htBurn: BurnText = {
  heading: 'Boule',
  intro:
    'Pou yon ijans: si yo ka pran sèvè a, oswa si yon moun ka te antre ladan l. Boule detwi, yon sèl kou, tout sa ki louvri sa ekip la te ekri.',
  destroysHeading: 'Sa boule a detwi',
  destroys: [
    'Tout kle ki louvri nòt ak tèks: koneksyon ak kle prive chak moun, ak pwòp kle chak nòt ak chak mesaj.',
    'Nòt ak mesaj ki fèmen ak kle yo menm, ak lis moun ki te louvri yo.',
    'Tout nimewo moun ki te rele oswa ekri ke Kith kenbe, ak lis moun ki bloke yo. Konvèsasyon ki louvri toujou yo fèmen.',
    'Koneksyon tout moun, pa ou tou: tout moun dekonekte yon sèl kou.',
  ],
  keepsHeading: 'Sa ki rete',
  keeps: [
    'Paramèt pwogram nan ak plan ijans lan.',
    'Lis ekip la, ak non ak nimewo telefòn, ak gad yo.',
    'Dosye apèl ak konvèsasyon, san mo ni nimewo.',
    'Moun ki di non: moun ki te ekri STOP toujou p ap resevwa tèks.',
  ],
  lineKeepsAnswering: 'Liy lan kontinye reponn: apèl yo toujou sonnen pou ekip la, epi tèks yo toujou rive.',
  cannotUndo:
    'Ou pa ka defèt sa. Pèsonn, menm ou, pa ka louvri yon nòt oswa yon mesaj ki boule ankò. Apre sa, tout moun antre ankò ak yon nouvo envitasyon; ou jwenn pa ou nan pwochen ekran an.',
  confirm: {
    label: 'Pou konfime, tape non pwogram nan: {name}',
    hint: 'Egzakteman jan li ekri isit la, ak menm lèt majiskil ak espas yo.',
  },
  button: 'Boule kounye a',
  burning: 'N ap boule…',
  errors: {
    confirmMissing: 'Tape non pwogram nan pou konfime boule a',
    confirmWrong: 'Sa a se pa non pwogram nan. Tape l egzakteman jan li ekri a, ak menm lèt majiskil ak espas yo',
    failed: 'Nou pa t ka boule. Anyen pa detwi si paj sa a toujou montre paramèt yo. Eseye ankò.',
  },
  done: {
    title: 'Boule',
    heading: 'Pwogram nan boule',
    burntAt: 'Boule a {time}. Pa gen anyen ki fèmen ak kle ki ka louvri ankò.',
    keyHeading: 'Kreye nouvo kle ou',
    keyBody:
      'Ansyen kle ou a ale tou. Lyen sa a pèmèt ou kreye yon nouvo. Li mache yon sèl fwa, pou {hours} èdtan (jiska {time}).',
    onceOnly: 'Kopye l kounye a: li parèt sèlman isit la, epi si ou rechaje oswa fèmen paj sa a, li pèdi.',
    linkLabel: 'Lyen envitasyon ou',
    copy: 'Kopye lyen an',
    copied: 'Lyen an kopye.',
    copyFailed: 'Nou pa t ka kopye. Lyen an chwazi: kopye l ou menm.',
    setUpNow: 'Kreye nouvo kle mwen kounye a',
    teamHeading: 'Kòlèg ou yo',
    teamBody:
      'Tout lòt moun yo dekonekte epi kle yo ale. Lè ou gen nouvo kle ou, voye chak moun yon nouvo envitasyon nan Ekip.',
  },
};
