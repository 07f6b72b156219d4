import type { ShiftNotesText } from './shift-notes-types';

export const ptShiftNotes: ShiftNotesText = {
  heading: 'Notas para o turno',
  intro:
    'Só as pessoas do turno podem ler estas notas. Elas são apagadas quando o turno termina, ou antes por quem as escreveu.',
  none: 'Nenhuma nota para os seus turnos.',
  by: '{name}, {time}',
  goneAt: 'Apagada às {time}, quando o turno termina.',
  unreadable: {
    one: '1 nota para o seu turno foi escrita antes de você entrar. Ela está selada para quem estava no turno na época, então você não pode lê-la. Pergunte a um colega o que dizia.',
    other:
      '{count} notas para o seu turno foram escritas antes de você entrar. Elas estão seladas para quem estava no turno na época, então você não pode lê-las. Pergunte a um colega o que diziam.',
  },
  cannotOpen: 'Não foi possível abrir esta nota.',
  needsUnlock: 'Entre de novo com sua frase secreta para ler e escrever notas do turno.',
  write: {
    heading: 'Escrever uma nota para o turno',
    label: 'Nota',
    hint: 'Texto simples, até 500 caracteres. Não escreva o nome nem o número de quem ligou.',
    windowLegend: 'Qual turno',
    window: 'De {start} a {end}',
    readers: 'Só estas pessoas podem lê-la: {names}.',
    noKey: '{names} ainda não entraram, então não poderão lê-la.',
    save: 'Salvar a nota',
    saving: 'Salvando a nota…',
    saved: 'Nota salva. Só as pessoas do turno podem lê-la.',
    missing: 'Escreva a nota primeiro.',
    tooLong: 'A nota é longa demais: no máximo 500 caracteres.',
    remaining: { one: 'Resta {count} caractere', other: 'Restam {count} caracteres' },
    tooMany: { one: '{count} caractere a mais', other: '{count} caracteres a mais' },
    changed: 'As pessoas do turno mudaram. Confira quem pode lê-la e salve de novo.',
  },
  remove: {
    button: 'Apagar esta nota',
    heading: 'Apagar esta nota?',
    consequence:
      'Depois disto, ninguém poderá lê-la no Kith. Quem já a leu pode se lembrar dela. Não é possível desfazer.',
    confirm: 'Sim, apagar a nota',
    deleted: 'Nota apagada. Ninguém pode lê-la no Kith agora.',
    gone: 'Esta nota já tinha sido apagada.',
  },
};
