import type { MemberPlacesText } from './member-places-types';

export const ptMemberPlaces: MemberPlacesText = {
  heading: 'Livro de locais',
  intro:
    'Locais numerados que um membro pode nomear depois de um código. Por mensagem: GH L2. Numa chamada: as teclas do código, depois asterisco, o número do local e a tecla jogo da velha. O Kith passa o local com o código, só para as pessoas que o código avisa, e nunca o guarda com um membro.',
  none: 'Ainda não há locais.',
  numberColumn: 'Número',
  wordsColumn: 'Local',
  numberFor: 'Número da linha {row}',
  wordsFor: 'Local da linha {row}',
  remove: 'Remover a linha {row}',
  add: 'Adicionar um local',
  save: 'Salvar livro de locais',
  saved: 'Livro de locais salvo.',
  errors: {
    number: 'Use um número de 1 a 99, cada um só uma vez.',
    words: 'Escreva o local numa linha, até 60 caracteres.',
    general: 'Confira o que escreveu e tente de novo.',
  },
};
