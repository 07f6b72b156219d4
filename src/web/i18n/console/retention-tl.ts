import type { BurnText, RetentionSettingsText } from './retention-types';

export const tlRetentionSettings: RetentionSettingsText = {
  heading: 'Gaano katagal namin itinatago ang mga bagay',
  intro:
    'Kusang binubura ng Kith ang mga ito kapag tapos na ang oras nila. Mas maikli, mas ligtas: ang hindi itinatago ng team ay hindi makukuha, mahihingi o maibabahagi.',
  fields: {
    wordsDays: {
      label: 'Mga salita ng mensahe at note, sa araw',
      hint: 'Mga salita ng mensahe at note: binubura ilang araw pagkasara ng usapan o pagkatapos huling baguhin ang note. Mula 1 hanggang 90 araw.',
    },
    evaluationDays: {
      label: 'Mga tala ng tawag at usapan, sa araw',
      hint: 'Kailan nangyari ang mga tawag at usapan at paano natapos, nang walang salita at walang numero: binubura ilang araw pagkatapos nilang matapos. Mula 7 hanggang 365 araw.',
    },
    blocksDays: {
      label: 'Mga block sa nagpapadala, sa araw',
      hint: 'Block sa taong nagpadala ng di-gustong text: inaalis at binubura ilang araw pagkagawa nito. Mula 1 hanggang 365 araw.',
    },
  },
  numbersBefore:
    'Binubura ang mga numero ng tumatawag ilang oras pagkasara ng usapan. Ikaw ang pipili kung ilang oras sa ilalim ng Pag-text: ',
  numbersAfter: '.',
  errors: {
    wordsDays: 'Maglagay ng buong bilang ng araw mula 1 hanggang 90',
    evaluationDays: 'Maglagay ng buong bilang ng araw mula 7 hanggang 365',
    blocksDays: 'Maglagay ng buong bilang ng araw mula 1 hanggang 365',
  },
};

export const tlBurn: BurnText = {
  heading: 'Sunugin',
  intro:
    'Para sa emergency: kung maaaring kunin ang server, o baka may nakapasok. Agad na sinisira ng pagsunog ang lahat ng nagbubukas sa isinulat ng team.',
  destroysHeading: 'Ano ang sinisira ng pagsunog',
  destroys: [
    'Bawat susi na nagbubukas ng mga note at text: ang sign-in at pribadong susi ng lahat, at ang sariling susi ng bawat note at mensahe.',
    'Ang mga naka-lock na note at mensahe mismo, at ang tala kung sino ang nagbukas sa mga ito.',
    'Bawat numero ng tumatawag at nagte-text na hawak ng Kith, at ang listahan ng mga naka-block. Isinasara ang mga bukas pang usapan.',
    'Ang sign-in ng lahat, pati ang sa iyo: sabay-sabay na masa-sign out ang lahat.',
  ],
  keepsHeading: 'Ano ang natitira',
  keeps: [
    'Ang mga setting ng programa at ang emergency plan.',
    'Ang listahan ng team, kasama ang mga pangalan at numero ng telepono, at ang mga shift.',
    'Mga tala ng tawag at usapan, nang walang salita at walang numero.',
    'Mga opt-out: hindi pa rin makakatanggap ng text ang mga nag-text ng STOP.',
  ],
  lineKeepsAnswering:
    'Patuloy na sumasagot ang linya: tumatawag pa rin sa team ang mga tawag, at dumarating pa rin ang mga text.',
  cannotUndo:
    'Hindi ito maibabalik. Walang sinuman, kahit ikaw, ang makakapagbukas ulit ng nasunog na note o mensahe. Pagkatapos, sasali ulit ang lahat gamit ang bagong imbitasyon; makukuha mo ang sa iyo sa susunod na screen.',
  confirm: {
    label: 'Para kumpirmahin, i-type ang pangalan ng programa: {name}',
    hint: 'Eksaktong tulad ng pagkakasulat dito, pareho ang malalaking titik at espasyo.',
  },
  button: 'Sunugin ngayon',
  burning: 'Sinusunog…',
  errors: {
    confirmMissing: 'I-type ang pangalan ng programa para kumpirmahin ang pagsunog',
    confirmWrong:
      'Hindi iyan ang pangalan ng programa. I-type ito nang eksakto, pareho ang malalaking titik at espasyo',
    failed:
      'Hindi nagawa ang pagsunog. Walang nasira kung ipinapakita pa rin ng page na ito ang mga setting. Subukan ulit.',
  },
  done: {
    title: 'Nasunog',
    heading: 'Nasunog na ang programa',
    burntAt: 'Nasunog noong {time}. Wala nang naka-lock na mabubuksan pa.',
    keyHeading: 'I-set up ang bago mong susi',
    keyBody:
      'Wala na rin ang luma mong susi. Sa link na ito, makakapag-set up ka ng bago. Isang beses lang ito gumagana, sa loob ng {hours} oras (hanggang {time}).',
    onceOnly: 'Kopyahin ito ngayon: dito lang ito ipinapakita, at mawawala ito kapag ni-reload o isinara ang page.',
    linkLabel: 'Ang invite link mo',
    copy: 'Kopyahin ang link',
    copied: 'Nakopya ang link.',
    copyFailed: 'Hindi makopya. Naka-select ang link: kopyahin ito mismo.',
    setUpNow: 'I-set up ang bago kong susi ngayon',
    teamHeading: 'Ang mga kasama mo sa team',
    teamBody:
      'Na-sign out ang lahat ng iba at wala na ang mga susi nila. Kapag may bago ka nang susi, padalhan ang bawat isa ng bagong imbitasyon mula sa Team.',
  },
};
