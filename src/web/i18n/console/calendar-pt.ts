import type { CalendarText } from './calendar-types';

/** Draft, translated from English; not yet read by a fluent speaker. */
export const ptCalendar: CalendarText = {
  title: 'Meu calendário e lembretes',
  intro: 'Coloque seus turnos no calendário do telefone e escolha como lembramos você antes de um turno.',
  mine: {
    heading: 'Meus turnos no meu calendário',
    warning:
      'Quem tiver este link vê os horários dos seus turnos. Mantenha-o privado. Adicione-o ao seu calendário como link (assinar).',
  },
  rota: {
    heading: 'Toda a escala',
    warning:
      'Quem tiver este link vê todos os turnos e quem está em cada um. Mantenha-o privado. Dê só a coordenadores.',
  },
  linkLabel: 'Link do calendário',
  copy: 'Copiar',
  copied: 'Copiado.',
  copyFailed: 'Não foi possível copiar. Selecione o link e copie você mesmo.',
  isOn: 'Há um link ativo. Foi feito {time}.',
  isOff: 'Nenhum link ativo.',
  make: 'Fazer um link',
  replace: 'Fazer um link novo',
  turnOff: 'Desligar o link',
  made: 'Aqui está seu link. Ele só aparece agora. Copie antes de sair desta página. O link antigo parou de funcionar.',
  turnedOff: 'O link está desligado. Não funciona mais.',
  remindHeading: 'Lembretes antes de um turno',
  whenLegend: 'Quando',
  leads: {
    '15': '15 minutos antes',
    '30': '30 minutos antes',
    '60': '1 hora antes',
    '120': '2 horas antes',
    '240': '4 horas antes',
    '720': '12 horas antes',
  },
  evening: 'Na noite anterior',
  eveningAt: { label: 'Hora na noite anterior', hint: 'Entre 12:00 e 23:45.' },
  howLegend: 'Como',
  bySms: 'Uma mensagem de texto no meu telefone',
  byPush: 'Um aviso nos meus aparelhos onde eu ativar',
  save: 'Salvar lembretes',
  saved: 'Lembretes salvos.',
  deviceHeading: 'Este aparelho',
  deviceOn: 'Este aparelho recebe lembretes.',
  deviceOff: 'Este aparelho não recebe lembretes.',
  remindHere: 'Lembrar-me neste aparelho',
  stopHere: 'Parar lembretes neste aparelho',
  hereOn: 'Pronto. Este aparelho vai lembrar você.',
  hereOff: 'Este aparelho não vai mais lembrar você.',
  cannot: {
    noWorker: 'Este navegador não pode mostrar lembretes. Escolha uma mensagem de texto.',
    noPush: 'Este navegador não pode receber lembretes. Escolha uma mensagem de texto.',
    denied:
      'Os avisos estão bloqueados para este site. Para lembretes aqui, permita avisos nas configurações do navegador.',
    failed: 'Este navegador não conseguiu ativar os lembretes. Tente de novo, ou escolha uma mensagem de texto.',
  },
};
