import type { MemberPlacesText } from './member-places-types';

export const frMemberPlaces: MemberPlacesText = {
  heading: 'Carnet de lieux',
  intro:
    'Des lieux numérotés qu’un membre peut nommer après un code. Par message : GH L2. Pendant un appel : les touches du code, puis étoile, le numéro du lieu et la touche dièse. Kith transmet le lieu avec le code, seulement aux personnes que le code prévient, et ne le garde jamais avec un membre.',
  none: 'Pas encore de lieux.',
  numberColumn: 'Numéro',
  wordsColumn: 'Lieu',
  numberFor: 'Numéro de la ligne {row}',
  wordsFor: 'Lieu de la ligne {row}',
  remove: 'Retirer la ligne {row}',
  add: 'Ajouter un lieu',
  save: 'Enregistrer le carnet de lieux',
  saved: 'Carnet de lieux enregistré.',
  errors: {
    number: 'Utilisez un numéro de 1 à 99, chacun une seule fois.',
    words: 'Écrivez le lieu sur une ligne, 60 caractères au plus.',
    general: 'Vérifiez ce que vous avez saisi et réessayez.',
  },
};
