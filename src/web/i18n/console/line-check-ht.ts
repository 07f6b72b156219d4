import type { LineCheckText } from './line-check-types';

export const htLineCheck: LineCheckText = {
  heading: 'Verifikasyon liy telefòn lan',
  intro: 'Èske konpayi telefòn lan voye apèl ak tèks liy lan bay Kith. Kith mande konpayi an chak fwa paj sa a louvri.',
  checking: 'N ap mande konpayi telefòn lan…',
  failed: 'Kith pa t ka fini verifikasyon an. Eseye ankò nan yon minit.',
  again: 'Verifye ankò',
  allOk: 'Tout bagay konekte.',
  needsFixing: '{count} pou ranje.',
  ok: 'OK',
  fix: 'Bezwen ranje',
  labels: {
    credentials: 'Kont nan konpayi an',
    number: 'Nimewo a nan konpayi an',
    'public-url': 'Adrès piblik Kith',
    voice: 'Apèl k ap antre',
    status: 'Eta apèl yo',
    fallback: 'Mesaj ranplasman lè Kith pa ka reponn',
    texts: 'Tèks k ap antre',
  },
  problems: {
    'no-provider':
      'Pa gen konpayi telefòn ki konfigire. Moun ki okipe sèvè a mete enfòmasyon kont konpayi an (KITH_PROVIDER_…) epi relanse Kith.',
    refused:
      'Konpayi an pa t aksepte enfòmasyon kont Kith la. Moun ki okipe sèvè a kopye yo ankò sou sit konpayi an epi relanse Kith.',
    unreachable: 'Kith pa t ka jwenn konpayi an. Verifye si sèvè a ka rive sou entènèt.',
    'provider-error': 'Konpayi an reponn ak yon erè. Eseye ankò nan kèk minit.',
    'account-suspended': 'Konpayi an sispann kont lan, kidonk apèl ak tèks p ap rive. Regle sa ak konpayi an.',
    'account-closed': 'Kont nan konpayi an fèmen. Sèvi ak yon kont ki louvri.',
    'trial-account':
      'Sa a se yon kont pou eseye: konpayi an fè chak moun k ap rele tande pwòp avi pa l, epi li sonnen sèlman nimewo li verifye. Chanje kont lan nan konpayi an.',
    'no-number': 'Kith poko konnen nimewo liy lan. Ajoute l anba “Liy lan” pi wo a.',
    'not-on-account':
      'Nimewo liy lan pa sou kont konpayi sa a. Verifye nimewo ki pi wo a, oswa sèvi ak kont ki genyen l lan.',
    'not-https': 'Adrès sa a pa an sekirite (https). Konpayi an bezwen yon adrès ki an sekirite.',
    loopback: 'Adrès sa a mache sèlman sou sèvè a li menm: konpayi an pa ka rive jwenn li.',
    private: 'Adrès sa a mache sèlman sou yon rezo prive: konpayi an pa ka rive jwenn li.',
    'not-set': 'Poko mete.',
    'wrong-url': 'Li ale nan move adrès.',
    'wrong-method': 'Li sèvi ak move metòd.',
    'voice-application': 'Yon lòt aplikasyon nan konpayi an reponn apèl yo pito. Chanje sa sou sit konpayi an.',
    'sms-application': 'Yon lòt aplikasyon nan konpayi an resevwa tèks yo pito. Chanje sa sou sit konpayi an.',
    trunk: 'Yon sistèm telefòn (SIP trunk) nan konpayi an reponn apèl yo pito. Chanje sa sou sit konpayi an.',
    fax: 'Nimewo a regle pou resevwa faks. Regle l pou apèl vwa sou sit konpayi an.',
    'points-at-kith': 'Li sou pwòp sèvè Kith la: lè Kith pa ka reponn, li pa ka reponn tou. Mete l yon lòt kote.',
    'not-checked': 'Nou p ap verifye l jiskaske pwoblèm ki pi wo yo ranje.',
  },
  now: 'Kounye a:',
  mustBe: 'Dwe ye:',
  howToFix:
    'Pou ranje adrès yo, kouri kith provider connect sou yon òdinatè ki konekte nan Kith: li montre chak chanjman epi li mande anvan. Mesaj ranplasman an se yon paj ou mete yon lòt kote, san nimewo telefòn pèsonn; pati “Connect a phone number” nan README a esplike sa.',
};
