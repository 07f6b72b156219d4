import type { MemberPlacesText } from './member-places-types';

export const esMemberPlaces: MemberPlacesText = {
  heading: 'Libro de lugares',
  intro:
    'Lugares numerados que un miembro puede nombrar después de un código. Por mensaje: GH L2. En una llamada: las teclas del código, luego asterisco, el número del lugar y la tecla numeral. Kith pasa el lugar con el código, solo a las personas que el código avisa, y nunca lo guarda con un miembro.',
  none: 'Todavía no hay lugares.',
  numberColumn: 'Número',
  wordsColumn: 'Lugar',
  numberFor: 'Número de la fila {row}',
  wordsFor: 'Lugar de la fila {row}',
  remove: 'Quitar la fila {row}',
  add: 'Añadir un lugar',
  save: 'Guardar libro de lugares',
  saved: 'Libro de lugares guardado.',
  errors: {
    number: 'Use un número del 1 al 99, cada uno una sola vez.',
    words: 'Escriba el lugar en una línea, de hasta 60 caracteres.',
    general: 'Revise lo que escribió e inténtelo otra vez.',
  },
};
