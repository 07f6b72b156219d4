import type { WebCatalog } from './catalog';
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
  setup: {
    title: 'Configurar Kith',
    heading: 'Configure su línea',
    intro: 'Cree su programa y su propia cuenta de coordinación. Solo se hace una vez.',
    needsScript: {
      heading: 'Esta página necesita JavaScript',
      body: 'La configuración se hace en su navegador para que su código de configuración nunca llegue a los registros del servidor. Active JavaScript y abra otra vez el enlace de configuración.',
      cliIntro: 'O haga la configuración desde una terminal:',
      cliCommand: 'npx kith setup --url {url} --token CODIGO_DE_CONFIGURACION --program "Nuestra Línea" --name "Su Nombre"',
      tokenHint: 'Ponga su código de configuración en lugar de CODIGO_DE_CONFIGURACION: es la parte del enlace de configuración que va después de “token=”.',
    },
    noToken: {
      heading: 'Este enlace no tiene código de configuración',
      body: 'Abra el enlace de configuración completo que Kith mostró al iniciar. Termina con “#token=” y un código largo. Si ya no lo tiene, reinicie Kith y mostrará un enlace nuevo.',
    },
    badToken: {
      heading: 'Este enlace de configuración ya no funciona',
      body: 'Ya se usó, tiene más de 24 horas, o Kith se reinició después de mostrarlo. Reinicie Kith para obtener un enlace nuevo.',
      alreadySetUp: 'Si su programa ya está configurado, no necesita esta página. Inicie sesión desde una terminal con “npx kith login”.',
    },
    form: {
      programName: { label: 'Nombre de su programa', hint: 'Quienes llaman oyen este nombre. Por ejemplo: Línea de Cuidado Northside.' },
      name: { label: 'Su nombre', hint: 'Su equipo lo ve. Quienes llaman, nunca.' },
      phone: { label: 'Su número de teléfono (opcional)', hint: 'Solo hace falta si usted va a atender llamadas. Quienes llaman nunca lo ven.' },
      languages: { legend: 'Idiomas que habla', hint: 'Elija todos los que correspondan.' },
      otherLanguages: { label: 'Otros idiomas (opcional)', hint: 'Códigos cortos de idioma, separados por comas. Por ejemplo: pt, fr.' },
      submit: 'Configurar Kith',
      errorSummaryTitle: 'Hay un problema',
    },
    done: {
      heading: 'Su línea está configurada',
      warning: 'Esta es su clave de acceso a la API. Cópiela ahora y guárdela en un lugar seguro, como un gestor de contraseñas. No se volverá a mostrar.',
      tokenLabel: 'Su clave de acceso a la API',
      copy: 'Copiar clave',
      nextHeading: 'Qué hacer después',
      stepLogin: 'Inicie sesión desde una terminal en esta computadora:',
      stepNumber: 'Conecte el número de teléfono de su comunidad. Vea el README, “Connect a phone number”.',
      stepTeam: 'Agregue a su equipo y sus turnos. Vea el README, “Configure the program”, o ejecute “npx kith --help”.',
    },
    client: {
      errorPrefix: 'Error:',
      errorTitlePrefix: 'Error: ',
      fieldErrors: {
        programName: 'Escriba el nombre de su programa (hasta 120 caracteres).',
        name: 'Escriba su nombre (hasta 120 caracteres).',
        phone: 'Escriba un número de teléfono como 202 555 0111, o déjelo vacío. Para un número fuera de EE. UU., empiece con + y el código del país.',
        languages: 'Elija al menos un idioma que habla.',
        otherLanguages: 'Escriba cada idioma como un código corto, como pt o fr, separados por comas.',
      },
      otherProblem: 'Algo en el formulario no está bien. Revise cada respuesta e inténtelo otra vez.',
      failed: 'Algo falló de nuestro lado. Espere un momento e inténtelo otra vez.',
      copied: 'Copiada. Péguela ahora en un lugar seguro.',
      copyFailed: 'No se pudo copiar. Seleccione la clave y cópiela usted.',
      loginCommand: 'npx kith login --url {url} --token {token}',
    },
  },
  console: esConsole,
};
