import type { AccessText } from './access-types';

export const esAccess: AccessText = {
  heading: 'Abierto por',
  hint: 'Quién del equipo abrió esto, y cuándo (varias veces en diez minutos cuentan como una). Se borra junto con ello.',
  none: 'Nadie lo ha abierto todavía.',
  entry: '{name} · {time}',
  formerTeammate: 'Un antiguo compañero',
  you: '(usted)',
};
