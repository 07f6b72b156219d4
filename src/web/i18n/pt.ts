import type { WebCatalog } from './web-catalog';
import { ptConsole } from './console/pt';

/** Brazilian Portuguese, draft (src/i18n/languages.ts): every page, translated from English, not yet read by a fluent speaker. */
export const pt: WebCatalog = {
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
  setup: {
    title: 'Configurar o Kith',
    heading: 'Configure sua linha',
    intro: 'Crie seu programa e sua própria conta de coordenação. Você só faz isso uma vez.',
    needsScript: {
      heading: 'Esta página precisa de JavaScript',
      body: 'A configuração acontece no seu navegador para que seu token de configuração nunca chegue aos registros do servidor. Ative o JavaScript e abra o link de configuração de novo.',
      cliIntro: 'Ou configure por um terminal:',
      cliCommand: 'npx kith setup --url {url} --token SETUP_TOKEN --program "Nossa Linha" --name "Seu Nome"',
      tokenHint:
        'Coloque seu token de configuração no lugar de SETUP_TOKEN: é a parte do link de configuração depois de “token=”.',
    },
    noToken: {
      heading: 'Este link não tem token de configuração',
      body: 'Abra o link de configuração inteiro que o Kith mostrou quando iniciou. Ele termina com “#token=” e um código longo. Se você não tem mais o link, reinicie o Kith e ele mostra um novo.',
    },
    alreadySetUp: {
      title: 'Já configurado',
      heading: 'Esta linha já está configurada',
      body: 'O link de configuração já foi usado, então esta página não tem mais nada a fazer. Entre no console.',
      signIn: 'Entrar',
      noAccount: 'Ainda não tem conta? Peça um link de convite ao seu coordenador.',
    },
    badToken: {
      heading: 'Este link de configuração não funciona mais',
      body: 'Ele já foi usado, tem mais de 24 horas, ou o Kith foi reiniciado depois de mostrá-lo. Reinicie o Kith para ter um novo link.',
      alreadySetUp: 'Se sua linha já está configurada, você não precisa desta página: é só entrar.',
    },
    form: {
      programName: {
        label: 'Nome do seu programa',
        hint: 'Quem liga ouve este nome. Por exemplo: Linha de Cuidado Zona Norte.',
      },
      name: { label: 'Seu nome', hint: 'Sua equipe vê o seu nome. Quem liga, nunca.' },
      phone: {
        label: 'Seu número de telefone (opcional)',
        hint: 'Só é preciso se você mesmo vai atender ligações. Quem liga nunca vê.',
      },
      languages: { legend: 'Idiomas que você fala', hint: 'Escolha todos que se aplicam.' },
      otherLanguages: {
        label: 'Outros idiomas (opcional)',
        hint: 'Códigos curtos de idioma, separados por vírgulas. Por exemplo: pt, fr.',
      },
      submit: 'Configurar o Kith',
      errorSummaryTitle: 'Há um problema',
    },
    client: {
      errorPrefix: 'Erro:',
      errorTitlePrefix: 'Erro: ',
      fieldErrors: {
        programName: 'Digite o nome do seu programa (até 120 caracteres).',
        name: 'Digite seu nome (até 120 caracteres).',
        phone:
          'Digite um número de telefone como 202 555 0111, ou deixe em branco. Para um número fora dos EUA, comece com + e o código do país.',
        languages: 'Escolha pelo menos um idioma que você fala.',
        otherLanguages: 'Escreva cada outro idioma como um código curto, como pt ou fr, separados por vírgulas.',
      },
      otherProblem: 'Algo no formulário não está certo. Confira cada resposta e tente de novo.',
      failed: 'Algo deu errado do nosso lado. Espere um pouco e tente de novo.',
      created: 'Sua linha foi criada. Agora, crie seu acesso…',
    },
  },
  console: ptConsole,
};
