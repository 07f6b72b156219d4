import type { BriefingText } from './briefing-types';

export const ptBriefing: BriefingText = {
  home: {
    heading: 'Antes do seu turno: o plano de emergência',
    dueOnCall: 'Você não receberá chamadas até ler o plano de emergência da equipe. Leia agora, por favor.',
    dueNext: 'O plano de emergência mudou, ou é hora de lê-lo de novo. Leia antes do seu próximo turno.',
    version: 'Versão {version}, salva {time}',
    read: 'Eu li',
    done: 'Obrigado. Agora você pode receber chamadas.',
    changed: 'O plano mudou enquanto você lia. Leia esta versão.',
  },
  settings: {
    everyShifts: {
      label: 'Pedir que todos leiam de novo a cada … turnos',
      hint: '0 significa só quando o plano muda. Até 52.',
      error: 'Digite um número inteiro de 0 a 52.',
    },
    acksHeading: 'Quem leu o plano',
    current: 'O plano atual é a versão {version}, salva {time}.',
    noPlan: 'Ainda não há plano escrito, então não há nada para ler.',
    readCurrent: 'Versão atual',
    readOld: 'Versão {version} (anterior)',
    never: 'Ainda não leu',
  },
};
