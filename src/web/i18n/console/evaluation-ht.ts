import type { EvaluationText } from './evaluation-types';

export const htEvaluation: EvaluationText = {
  nav: 'Evalyasyon',
  boardLink: 'Chif pou evalyasyon',
  title: 'Chif pou evalyasyon',
  heading: 'Chif pou evalyasyon',
  intro:
    'Konbyen entèvansyon sou teren te genyen, ak sa ki te pase, pou pwogram ou a ka gade dèyè. Se chif sèlman: pa gen non, pa gen kote, pa gen mo.',
  from: { label: 'Depi', hint: 'Premye jou a, ladan l. Nou konte jou yo dapre lè kote liy lan ye.' },
  to: { label: 'Rive', hint: 'Dènye jou a, ladan l.' },
  show: 'Montre',
  counting: 'N ap konte…',
  period: 'Depi {from} rive {to}',
  empty: 'Pa gen anyen ki anrejistre nan peryòd sa a.',
  number: 'Kantite',
  total: 'Total',
  responses: {
    heading: 'Entèvansyon',
    byState: 'Entèvansyon dapre eta',
    byOutcome: 'Entèvansyon fèmen dapre rezilta',
    byUrgency: 'Entèvansyon dapre ijans',
    state: 'Eta',
    outcome: 'Rezilta',
    urgency: 'Ijans',
    states: { forming: 'N ap fòme ekip la', formed: 'Sou teren', no_team: 'Nou pa t ka fòme ekip', closed: 'Fèmen' },
  },
  emergency: {
    heading: 'Sèvis ijans ak konsantman moun nan',
    intro: 'Sèlman lè moun nan te mande yo oswa te dakò.',
    byReason: 'Sèvis ijans dapre rezon',
    reason: 'Rezon',
  },
  police: {
    heading: 'Kontak ak lapolis',
    intro:
      'Kith pa janm kontakte lapolis ni okenn lòt sèvis; lè lapolis te mele kanmenm, ekip la note sa isit la pou pwogram nan ka wè l epi pale sou li.',
    byCategory: 'Kontak ak lapolis dapre kijan sa te rive',
    category: 'Kijan sa te rive',
  },
  debriefs: { heading: 'Chita pale apre', done: 'Fèt', notDone: 'Poko fèt' },
  followUps: {
    heading: 'Swivi',
    done: 'Fèt',
    missed: 'Rate',
    pending: 'Pou fè toujou',
    hint: 'Swivi ki te dwe fèt nan peryòd sa a. Rate vle di li pa t fèt de jou apre dat li te dwe fèt la.',
  },
  errors: {
    fromMissing: 'Antre premye jou a',
    toMissing: 'Antre dènye jou a',
    fromInvalid: 'Antre premye jou a kòm yon vrè dat',
    toInvalid: 'Antre dènye jou a kòm yon vrè dat',
    fromAfterTo: 'Premye jou a dwe menm jou ak dènye a oswa anvan l',
    general: 'Dat sa yo pa mache. Verifye yo epi eseye ankò',
    failed: 'Gen yon bagay ki pa mache bò kote nou oswa ak koneksyon an. Eseye ankò',
  },
};
