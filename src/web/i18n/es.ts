import type { WebCatalog } from './web-catalog';
import { esConsole } from './console/es';

export const es: WebCatalog = {
  lang: 'es',
  dir: 'ltr',
  languageName: 'Español',
  layout: {
    brand: 'Kith',
    skipLink: 'Saltar al contenido principal',
    languageNav: 'Idioma',
  },
  front: {
    notSetUp: {
      title: 'Kith está funcionando',
      heading: 'Kith está funcionando, pero esta línea todavía no está configurada',
      body: 'Quien inició Kith la configura, una sola vez. Busque en la salida del servidor — la terminal o el registro donde se inició Kith — el enlace de configuración de un solo uso. Termina con “/setup#token=” y un código largo. Ábralo en su navegador.',
      where: 'Si el enlace tiene más de 24 horas, o no lo encuentra, reinicie Kith: mostrará uno nuevo.',
      never:
        'Esta página nunca muestra el enlace de configuración: cualquiera que lo viera podría configurar la línea.',
    },
    title: '{program}',
    reachHeading: 'Cómo comunicarse con nosotros',
    callOrText: 'Llame o envíe un mensaje de texto al {number}.',
    noNumber: 'Esta línea todavía no tiene número de teléfono.',
    chat: 'Chatee con nosotros en línea',
    teamHeading: 'Para el equipo',
    signIn: 'Entrar en la consola',
    noAccount: '¿Todavía no tiene cuenta? Pida a su coordinación un enlace de invitación.',
  },
  setup: {
    title: 'Configurar Kith',
    heading: 'Configure su línea',
    intro: 'Cree su programa y su propia cuenta de coordinación. Solo se hace una vez.',
    needsScript: {
      heading: 'Esta página necesita JavaScript',
      body: 'La configuración se hace en su navegador para que su código de configuración nunca llegue a los registros del servidor. Active JavaScript y abra otra vez el enlace de configuración.',
      cliIntro: 'O haga la configuración desde una terminal:',
      cliCommand:
        'npx kith setup --url {url} --token CODIGO_DE_CONFIGURACION --program "Nuestra Línea" --name "Su Nombre"',
      tokenHint:
        'Ponga su código de configuración en lugar de CODIGO_DE_CONFIGURACION: es la parte del enlace de configuración que va después de “token=”.',
    },
    noToken: {
      heading: 'Este enlace no tiene código de configuración',
      body: 'Abra el enlace de configuración completo que Kith mostró al iniciar. Termina con “#token=” y un código largo. Si ya no lo tiene, reinicie Kith y mostrará un enlace nuevo.',
    },
    alreadySetUp: {
      title: 'Ya está configurada',
      heading: 'Esta línea ya está configurada',
      body: 'Su enlace de configuración ya se usó, así que esta página no tiene nada más que hacer. Entre en la consola.',
      signIn: 'Entrar',
      noAccount: '¿Todavía no tiene cuenta? Pida a su coordinación un enlace de invitación.',
    },
    badToken: {
      heading: 'Este enlace de configuración ya no funciona',
      body: 'Ya se usó, tiene más de 24 horas, o Kith se reinició después de mostrarlo. Reinicie Kith para obtener un enlace nuevo.',
      alreadySetUp: 'Si su línea ya está configurada, no necesita esta página: entre en la consola.',
    },
    form: {
      programName: {
        label: 'Nombre de su programa',
        hint: 'Quienes llaman oyen este nombre. Por ejemplo: Línea de Cuidado Northside.',
      },
      name: { label: 'Su nombre', hint: 'Su equipo lo ve. Quienes llaman, nunca.' },
      phone: {
        label: 'Su número de teléfono (opcional)',
        hint: 'Solo hace falta si usted va a atender llamadas. Quienes llaman nunca lo ven.',
      },
      languages: { legend: 'Idiomas que habla', hint: 'Elija todos los que correspondan.' },
      otherLanguages: {
        label: 'Otros idiomas (opcional)',
        hint: 'Códigos cortos de idioma, separados por comas. Por ejemplo: pt, fr.',
      },
      submit: 'Configurar Kith',
      errorSummaryTitle: 'Hay un problema',
    },
    client: {
      errorPrefix: 'Error:',
      errorTitlePrefix: 'Error: ',
      fieldErrors: {
        programName: 'Escriba el nombre de su programa (hasta 120 caracteres).',
        name: 'Escriba su nombre (hasta 120 caracteres).',
        phone:
          'Escriba un número de teléfono como 202 555 0111, o déjelo vacío. Para un número fuera de EE. UU., empiece con + y el código del país.',
        languages: 'Elija al menos un idioma que habla.',
        otherLanguages: 'Escriba cada idioma como un código corto, como pt o fr, separados por comas.',
      },
      otherProblem: 'Algo en el formulario no está bien. Revise cada respuesta e inténtelo otra vez.',
      failed: 'Algo falló de nuestro lado. Espere un momento e inténtelo otra vez.',
      created: 'Su línea está creada. Ahora, cree su acceso…',
    },
  },
  console: esConsole,
};
