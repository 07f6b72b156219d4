import type { WebCatalog } from './web-catalog';
import { enConsole } from './console/en';

export const en: WebCatalog = {
  lang: 'en',
  dir: 'ltr',
  languageName: 'English',
  layout: {
    brand: 'Kith',
    skipLink: 'Skip to main content',
    languageNav: 'Language',
  },
  front: {
    notSetUp: {
      title: 'Kith is running',
      heading: 'Kith is running, but this line is not set up yet',
      body: 'Whoever started Kith sets it up, once. Look in the server’s output — the terminal or log where Kith started — for the one-time setup link. It ends with “/setup#token=” and a long code. Open it in your browser.',
      where: 'If the link is more than 24 hours old, or you cannot find it, restart Kith: it prints a new one.',
      never: 'This page never shows the setup link: anyone who can see it could set up the line.',
    },
    title: '{program}',
    reachHeading: 'How to reach us',
    callOrText: 'Call or text {number}.',
    noNumber: 'This line does not have a phone number yet.',
    chat: 'Chat with us online',
    teamHeading: 'For the team',
    signIn: 'Sign in to the console',
    noAccount: 'No account yet? Ask your coordinator for an invite link.',
  },
  setup: {
    title: 'Set up Kith',
    heading: 'Set up your line',
    intro: 'Create your program and your own coordinator account. You only do this once.',
    needsScript: {
      heading: 'This page needs JavaScript',
      body: 'Setup runs in your browser so that your setup token never reaches the server’s logs. Turn on JavaScript and open the setup link again.',
      cliIntro: 'Or set up from a terminal instead:',
      cliCommand: 'npx kith setup --url {url} --token SETUP_TOKEN --program "Our Line" --name "Your Name"',
      tokenHint: 'Put your setup token in place of SETUP_TOKEN: it is the part of the setup link after “token=”.',
    },
    noToken: {
      heading: 'This link has no setup token',
      body: 'Open the whole setup link that Kith printed when it started. It ends with “#token=” and a long code. If you no longer have it, restart Kith and it will print a new link.',
    },
    alreadySetUp: {
      title: 'Already set up',
      heading: 'This line is already set up',
      body: 'Its setup link has been used, so this page has nothing more to do. Sign in to the console instead.',
      signIn: 'Sign in',
      noAccount: 'No account yet? Ask your coordinator for an invite link.',
    },
    badToken: {
      heading: 'This setup link no longer works',
      body: 'It was already used, it is more than 24 hours old, or Kith was restarted after it was printed. Restart Kith to get a new link.',
      alreadySetUp: 'If your line is already set up, you do not need this page: sign in instead.',
    },
    form: {
      programName: {
        label: 'Name of your program',
        hint: 'Callers hear this name when they call. For example: Northside Care Line.',
      },
      name: { label: 'Your name', hint: 'Your team sees this. Callers never do.' },
      phone: {
        label: 'Your phone number (optional)',
        hint: 'Only needed if you will take calls yourself. Callers never see it.',
      },
      languages: { legend: 'Languages you speak', hint: 'Choose all that apply.' },
      otherLanguages: {
        label: 'Other languages (optional)',
        hint: 'Short language codes, separated by commas. For example: pt, fr.',
      },
      submit: 'Set up Kith',
      errorSummaryTitle: 'There is a problem',
    },
    client: {
      errorPrefix: 'Error:',
      errorTitlePrefix: 'Error: ',
      fieldErrors: {
        programName: 'Enter the name of your program (up to 120 characters).',
        name: 'Enter your name (up to 120 characters).',
        phone:
          'Enter a phone number like 202 555 0111, or leave it empty. For a number outside the US, start with + and the country code.',
        languages: 'Choose at least one language you speak.',
        otherLanguages: 'Write each other language as a short code, such as pt or fr, separated by commas.',
      },
      otherProblem: 'Something in the form is not right. Check each answer and try again.',
      failed: 'Something went wrong on our side. Wait a moment and try again.',
      created: 'Your line is created. Next, make your sign-in…',
    },
  },
  console: enConsole,
};
