import type { LineCheckText } from './line-check-types';

export const tlLineCheck: LineCheckText = {
  heading: 'Pagsuri sa linya ng telepono',
  intro:
    'Kung ipinapasa ng phone provider sa Kith ang mga tawag at text ng linya. Tinatanong ng Kith ang provider tuwing bubuksan ang page na ito.',
  checking: 'Tinatanong ang phone provider…',
  failed: 'Hindi natapos ng Kith ang pagsuri. Subukan ulit pagkalipas ng isang minuto.',
  again: 'Suriin ulit',
  allOk: 'Nakakonekta ang lahat.',
  needsFixing: 'Aayusin: {count}.',
  ok: 'OK',
  fix: 'Kailangang ayusin',
  labels: {
    credentials: 'Account sa provider',
    number: 'Ang numero sa provider',
    'public-url': 'Pampublikong address ng Kith',
    voice: 'Mga papasok na tawag',
    status: 'Status ng tawag',
    fallback: 'Backup na mensahe kapag hindi makasagot ang Kith',
    texts: 'Mga papasok na text',
  },
  problems: {
    'no-provider':
      'Wala pang naka-set up na phone provider. Ilalagay ng nagpapatakbo ng server ang detalye ng account sa provider (KITH_PROVIDER_…) at ire-restart ang Kith.',
    refused:
      'Hindi tinanggap ng provider ang detalye ng account ng Kith. Kokopyahin ulit ito ng nagpapatakbo ng server mula sa website ng provider at ire-restart ang Kith.',
    unreachable: 'Hindi maabot ng Kith ang provider. Tingnan kung nakakakonekta sa internet ang server.',
    'provider-error': 'Sumagot ang provider ng error. Subukan ulit pagkalipas ng ilang minuto.',
    'account-suspended':
      'Sinuspinde ng provider ang account, kaya hindi darating ang mga tawag at text. Ayusin ito sa provider.',
    'account-closed': 'Sarado na ang account sa provider. Gumamit ng bukas na account.',
    'trial-account':
      'Trial account ito: nagpapatugtog ang provider ng sarili nitong paalala sa bawat tumatawag at tumatawag lang sa mga numerong na-verify dito. I-upgrade ang account sa provider.',
    'no-number': 'Hindi pa alam ng Kith ang numero ng linya. Idagdag ito sa “Ang linya” sa itaas.',
    'not-on-account':
      'Wala sa account na ito ng provider ang numero ng linya. Suriin ang numero sa itaas, o gamitin ang account na may hawak nito.',
    'not-https': 'Hindi ligtas ang address na ito (https). Kailangan ng provider ng ligtas na address.',
    loopback: 'Gumagana lang ang address na ito sa server mismo: hindi ito maaabot ng provider.',
    private: 'Gumagana lang ang address na ito sa pribadong network: hindi ito maaabot ng provider.',
    'not-set': 'Hindi pa naka-set.',
    'wrong-url': 'Papunta ito sa maling address.',
    'wrong-method': 'Mali ang method na ginagamit nito.',
    'voice-application': 'Ibang app sa provider ang sumasagot sa mga tawag. Baguhin iyon sa website ng provider.',
    'sms-application': 'Ibang app sa provider ang sumasagot sa mga text. Baguhin iyon sa website ng provider.',
    trunk:
      'Isang phone system (SIP trunk) sa provider ang sumasagot sa mga tawag. Baguhin iyon sa website ng provider.',
    fax: 'Naka-set ang numero para tumanggap ng fax. Gawin itong voice call sa website ng provider.',
    'points-at-kith':
      'Nasa sariling server ito ng Kith: kapag hindi makasagot ang Kith, hindi rin ito makakasagot. Ilagay ito sa ibang lugar.',
    'not-checked': 'Hindi susuriin hangga’t hindi naaayos ang mga problema sa itaas.',
  },
  now: 'Ngayon:',
  mustBe: 'Dapat ay:',
  howToFix:
    'Para ayusin ang mga address, patakbuhin ang kith provider connect sa computer na naka-sign in sa Kith: ipinapakita nito ang bawat pagbabago at nagtatanong muna. Ang backup na mensahe ay page na inilalagay mo sa ibang lugar, na walang numero ng telepono ng kahit sino; ipinapaliwanag ito ng “Connect a phone number” sa README.',
};
