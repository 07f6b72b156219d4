import type { PublicCatalog } from './web-catalog';

/** Portuguese, draft (src/i18n/languages.ts): the public pages only; the team's pages come later. */
export const pt: PublicCatalog = {
  lang: 'pt',
  dir: 'ltr',
  languageName: 'Português',
  layout: {
    brand: 'Kith',
    skipLink: 'Pular para o conteúdo principal',
    languageNav: 'Idioma',
  },
  front: {
    notSetUp: {
      title: 'O Kith está funcionando',
      heading: 'O Kith está funcionando, mas esta linha ainda não foi configurada',
      body: 'Quem iniciou o Kith faz a configuração, uma vez só. Procure na saída do servidor (o terminal ou o registro onde o Kith iniciou) o link de configuração de uso único. Ele termina com “/setup#token=” e um código longo. Abra-o no seu navegador.',
      where: 'Se o link tiver mais de 24 horas, ou se você não o encontrar, reinicie o Kith: ele mostra um novo.',
      never: 'Esta página nunca mostra o link de configuração: qualquer pessoa que o visse poderia configurar a linha.',
    },
    title: '{program}',
    reachHeading: 'Como falar com a gente',
    callOrText: 'Ligue ou mande mensagem de texto para {number}.',
    noNumber: 'Esta linha ainda não tem número de telefone.',
    chat: 'Converse com a gente pela internet',
    teamHeading: 'Para a equipe',
    signIn: 'Entrar no console',
    noAccount: 'Ainda não tem conta? Peça um link de convite para sua coordenação.',
  },
};
