import type { ShiftNotesText } from './shift-notes-types';

export const frShiftNotes: ShiftNotesText = {
  heading: 'Notes pour la garde',
  intro:
    'Seules les personnes de la garde peuvent lire ces notes. Elles sont effacées à la fin de la garde, ou plus tôt par la personne qui les a écrites.',
  none: 'Aucune note pour vos gardes.',
  by: '{name}, {time}',
  goneAt: 'Effacée à {time}, à la fin de la garde.',
  unreadable: {
    one: '1 note pour votre garde a été écrite avant votre arrivée. Elle est scellée pour les personnes de la garde à ce moment-là : vous ne pouvez pas la lire. Demandez à un coéquipier ce qu’elle disait.',
    other:
      '{count} notes pour votre garde ont été écrites avant votre arrivée. Elles sont scellées pour les personnes de la garde à ce moment-là : vous ne pouvez pas les lire. Demandez à un coéquipier ce qu’elles disaient.',
  },
  cannotOpen: 'Cette note n’a pas pu être ouverte.',
  needsUnlock: 'Reconnectez-vous avec votre phrase secrète pour lire et écrire les notes de la garde.',
  write: {
    heading: 'Écrire une note pour la garde',
    label: 'Note',
    hint: 'Texte simple, 500 caractères au plus. N’écrivez pas le nom ni le numéro d’un appelant.',
    windowLegend: 'Quelle garde',
    window: 'De {start} à {end}',
    readers: 'Seules ces personnes peuvent la lire : {names}.',
    noKey: '{names} ne se sont pas encore connectés : ils ne pourront pas la lire.',
    save: 'Enregistrer la note',
    saving: 'Enregistrement de la note…',
    saved: 'Note enregistrée. Seules les personnes de la garde peuvent la lire.',
    missing: 'Écrivez d’abord la note.',
    tooLong: 'La note est trop longue : 500 caractères au plus.',
    remaining: { one: '{count} caractère restant', other: '{count} caractères restants' },
    tooMany: { one: '{count} caractère de trop', other: '{count} caractères de trop' },
    changed: 'Les personnes de la garde ont changé. Vérifiez qui peut la lire, puis enregistrez à nouveau.',
  },
  remove: {
    button: 'Supprimer cette note',
    heading: 'Supprimer cette note ?',
    consequence:
      'Après cela, personne ne pourra la lire dans Kith. Une personne qui l’a déjà lue peut s’en souvenir. C’est définitif.',
    confirm: 'Oui, supprimer la note',
    deleted: 'Note supprimée. Personne ne peut plus la lire dans Kith.',
    gone: 'Cette note était déjà supprimée.',
  },
};
