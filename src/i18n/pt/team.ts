import type { BriefingTexts } from '../briefing';
import type { CareTeamCatalog } from '../care-team';
import type { RotaTexts } from '../rota';
import type { SwapTexts } from '../swaps';

/**
 * Draft (see ../languages.ts): the team's own texts in Portuguese (Brazil, você) — shift reminders,
 * gap alerts, calendar titles, swaps, the shift-start briefing and stepping back. The words a
 * responder texts (PEGAR, PAUSA, VOLTAR) are recognised in every language.
 */
export const rotaPt: RotaTexts = {
  myShift: '{program}: plantão de {role} ({tier})',
  rotaShift: '{name}: {role} ({tier})',
  rotaName: '{program}: plantões da equipe',
  reminder: 'Kith: seu plantão de {role} ({tier}) em {program} começa {when}. Abra o console: {url}',
  pushTitle: 'Seu plantão começa logo',
  pushBody: 'Plantão de {role} ({tier}), {when}',
  gap: 'Kith: ninguém no telefone de {from} a {to} (em {hours} horas). Livres para cobrir: {names}. Plantões: {url}',
  nobodyFree: 'ninguém',
  more: 'e mais {count}',
  roles: { phone: 'telefone', field: 'campo', support: 'apoio', coordinator: 'coordenação' },
  tiers: { primary: 'primeiro a tocar', backup: 'reserva' },
};

export const swapsPt: SwapTexts = {
  offered:
    'Kith: {name} oferece um plantão de {role}, de {when} a {until}. Para pegar, responda PEGAR S{code}. Fica com quem responder primeiro. Console: {url}',
  offeredTitle: 'Um plantão que você pode pegar',
  taken: 'Kith: {taker} pegou o plantão de {role} de {giver}, de {when} a {until}.',
  takenAwaiting:
    'Kith: {taker} quer pegar o plantão de {role} de {giver}, de {when} a {until}. Aguarda a coordenação: {url}',
  yourShiftTaken: 'Kith: {taker} pegou seu plantão de {role}, de {when} a {until}. Você saiu dele.',
  yourSwapDeclined: 'Kith: a coordenação disse não à troca do seu plantão de {role}, {when}. Ele continua seu.',
  youTookIt: 'Kith: o plantão de {role}, de {when} a {until}, agora é seu. Obrigado.',
  youTookItAwaiting: 'Kith: você pediu o plantão de {role}, de {when} a {until}. A coordenação vai dizer sim ou não.',
  takeApproved: 'Kith: a coordenação disse sim. O plantão de {role}, de {when} a {until}, agora é seu.',
  takeDeclined: 'Kith: a coordenação disse não. O plantão de {role}, {when}, fica com {giver}.',
  gone: 'Kith: desculpe, esse plantão não está mais disponível. Outra pessoa pegou ou ele foi retirado.',
  cannotTake:
    'Kith: você não pode pegar esse plantão: já está de plantão, ausente, ou quebraria uma regra de descanso.',
  unknownCode: 'Kith: nenhum plantão aberto tem esse número. Veja a mensagem que recebeu ou abra o console.',
  awayAsked: 'Kith: {name} pede folga, de {when} a {until}. Diga sim ou não: {url}',
  awayApproved: 'Kith: sua folga, de {when} a {until}, foi aprovada.',
  awayDeclined: 'Kith: sua folga, de {when} a {until}, não foi aprovada. Fale com a coordenação.',
  takeWords: ['PEGAR'],
  roles: { phone: 'telefone', field: 'campo', support: 'apoio', coordinator: 'coordenação' },
};

export const briefingPt: BriefingTexts = {
  due: 'Kith: seu plantão em {program} começou. Leia o plano de emergência da equipe e toque em “Já li”: {url} — você não será chamado até fazer isso.',
  nobodyBriefed:
    'Kith: ninguém no telefone pode ser chamado agora: {names} precisam ler o plano de emergência primeiro. Até lá, as chamadas vão para a mensagem de sem resposta. Console: {url}',
  page: {
    title: 'Antes do seu plantão: o plano de emergência',
    intro: 'Leia o plano de emergência de {program}. Você será chamado assim que confirmar que leu.',
    version: 'Versão {version}, salva {time}',
    button: 'Já li',
    done: 'Obrigado. Agora você pode ser chamado.',
    gone: 'Este link já foi usado ou expirou. Abra o console para ler o plano.',
    changed: 'O plano mudou enquanto você lia. Leia esta versão.',
    empty: 'O plano está vazio.',
  },
};

export const careTeamPt: CareTeamCatalog = {
  steppedBack: 'Kith: {name} se afastou do plantão de {role} até {end}. Encontre quem cubra. Console: {url}',
  youSteppedBack:
    'Kith: você está fora da linha até o fim do seu plantão, às {end}. A coordenação foi avisada. Cuide-se. Responda VOLTAR para voltar.',
  notOnShift: 'Kith: você não está de plantão agora, então não há do que se afastar.',
  youAreBack: 'Kith: bem-vindo de volta. Você pode ser chamado de novo.',
  stepBackWords: ['PAUSA'],
  backWords: ['VOLTAR'],
};
