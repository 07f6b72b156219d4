import { KithClient } from './client';
import { listOption, need, str, type Command, type CommandContext } from './command';
import { DEFAULT_URL, normaliseUrl, removeCredentials, saveCredentials } from './credentials';
import { fields, inviteLines } from './format';

function urlFrom(ctx: CommandContext): string {
  return normaliseUrl(str(ctx, 'url') ?? (ctx.io.env.KITH_URL?.trim() || DEFAULT_URL));
}

const setup: Command = {
  name: 'setup',
  summary: 'First start: create the program and its first coordinator (you), and save your sign-in',
  ownConnection: true,
  options: {
    url: { type: 'string', value: 'URL', help: 'Kith’s address, as printed when it first started' },
    token: {
      type: 'string',
      value: 'SETUP_TOKEN',
      help: 'The one-time setup token Kith printed (required)',
      fills: '/token',
    },
    program: {
      type: 'string',
      value: 'NAME',
      help: 'The program’s name, as callers will hear it (required)',
      fills: '/programName',
    },
    name: { type: 'string', value: 'NAME', help: 'Your name (required)', fills: '/coordinator/name' },
    phone: {
      type: 'string',
      value: 'PHONE',
      help: 'Your phone, if you will take calls too',
      fills: '/coordinator/phone',
    },
    languages: {
      type: 'string',
      value: 'en,es',
      help: 'Languages you speak (default en)',
      fills: '/coordinator/languages',
    },
    roles: {
      type: 'string',
      value: 'phone,field',
      help: 'Roles besides coordinator, if you will take calls or go out',
      fills: '/coordinator/roles',
    },
  },
  details:
    'Example:\n  kith setup --url https://line.example.org --token setup_… --program "Northside Care Line" --name "Sam"',
  async run(ctx) {
    const url = urlFrom(ctx);
    const phone = str(ctx, 'phone');
    const languages = listOption(ctx, 'languages');
    const roles = listOption(ctx, 'roles');
    const input = {
      token: need(ctx, 'token'),
      programName: need(ctx, 'program'),
      coordinator: {
        name: need(ctx, 'name'),
        ...(phone === undefined ? {} : { phone }),
        ...(languages === undefined ? {} : { languages }),
        ...(roles === undefined ? {} : { roles }),
      },
    };
    const result = await new KithClient(url).setup(input);
    if (result.token === undefined)
      throw new Error('Kith set up the program but sent no API token: use the invite link with the console instead');
    const path = saveCredentials(ctx.io.env, { url, token: result.token });
    if (ctx.json) {
      ctx.printJson({ ...result, url, savedTo: path });
      return;
    }
    // The token is not printed: it is saved, and each other device should get its own revocable token.
    ctx.print(
      `Kith is set up: “${input.programName}”, with ${input.coordinator.name} as its first coordinator.`,
      `Your sign-in is saved in ${path} (only you can read it), so kith commands now just work.`,
      '',
      'Next steps:',
      '  1. See the settings and exactly what callers will hear:',
      '       kith program show',
      '       kith program messages',
      '  2. Set the community number, time zone and opening hours:',
      '       kith program set --number +12025550100 --time-zone America/Chicago',
      "       kith program hours set --weekly 'fri 19:00-24:00' --weekly 'sat 19:00-24:00'",
      '  3. Add your team:',
      '       kith responders add --name "Ana" --phone "+1 202 555 0111" --roles phone --languages en,es',
      '  4. Put them on shifts, then check for gaps:',
      '       kith shifts add --responder ID --role phone --tier primary --day fri --from 19:00 --to 24:00',
      '       kith shifts schedule',
      '',
      `Your id is ${result.responderId}. To work from another device, give it its own token:`,
      `  kith tokens issue --responder ${result.responderId} --label "laptop"`,
      '',
      'To use the web console too, open this link and make your sign-in (a passkey or a passphrase):',
      ...inviteLines(result.invite),
    );
  },
};

const login: Command = {
  name: 'login',
  summary: 'Save an address and API token so later commands use them',
  ownConnection: true,
  options: {
    url: { type: 'string', value: 'URL', help: 'Kith’s address (default KITH_URL, else http://127.0.0.1:8080)' },
    token: { type: 'string', value: 'TOKEN', help: 'Your API token (default KITH_TOKEN); see kith tokens issue' },
  },
  async run(ctx) {
    const url = urlFrom(ctx);
    const token = str(ctx, 'token') ?? (ctx.io.env.KITH_TOKEN?.trim() || need(ctx, 'token'));
    // Check the token before saving it, so a typo is caught now rather than at the next command.
    const program = await new KithClient(url, token).program();
    const path = saveCredentials(ctx.io.env, { url, token });
    if (ctx.json) {
      ctx.printJson({ url, programId: program.id, programName: program.name, savedTo: path });
      return;
    }
    ctx.print(`Signed in to “${program.name}” at ${url}.`, ...fields([['Saved in', `${path} (only you can read it)`]]));
  },
};

const logout: Command = {
  name: 'logout',
  summary: 'Forget the saved address and token on this computer',
  ownConnection: true,
  async run(ctx) {
    const path = removeCredentials(ctx.io.env);
    if (ctx.json) {
      ctx.printJson({ removed: path ?? null });
      return;
    }
    if (!path) {
      ctx.print('There was no saved sign-in on this computer.');
      return;
    }
    ctx.print(
      `Removed ${path}.`,
      'The token itself still works until a coordinator revokes it (kith tokens list, then kith tokens revoke ID).',
    );
  },
};

export const setupCommands: Command[] = [setup, login, logout];
