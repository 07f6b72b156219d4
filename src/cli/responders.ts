import { ROLES, type Role } from '../auth/principal';
import type { Responder, ResponderPatch } from './client';
import { flag, listOption, need, oneOf, str, UsageError, type Command, type CommandContext } from './command';
import { fields, inviteLines, languageName, table, when } from './format';

const roleList = (ctx: CommandContext): Role[] | undefined =>
  listOption(ctx, 'roles')?.map((r) => oneOf('roles', r, ROLES));

/** "none" or empty clears a number (a coordinator-only member needs none). */
const phoneValue = (text: string) => (text.trim() === '' || text === 'none' ? null : text);

function responderLines(r: Responder): string[] {
  return fields([
    ['Name', r.name],
    ['Id', r.id],
    ['Status', r.status === 'paused' ? 'paused: never rung until resumed' : 'active'],
    ['Roles', r.roles.join(', ')],
    ['Languages', r.languages.map(languageName).join(', ')],
    ...(r.phone === undefined ? [] : ([['Phone', r.phone ?? 'none']] as [string, string][])),
    ['Added', when(r.createdAt)],
  ]);
}

const list: Command = {
  name: 'responders list',
  summary: 'List the roster',
  async run(ctx) {
    const responders = await ctx.client().responders();
    if (ctx.json) return ctx.printJson(responders);
    if (responders.length === 0)
      return ctx.print(
        'Nobody on the roster yet. Add someone: kith responders add --name NAME --phone PHONE --roles phone',
      );
    // Numbers are only sent to coordinators; others get the table without the column.
    const showPhone = responders.some((r) => r.phone !== undefined);
    const rows = responders.map((r) => [
      r.id,
      r.name,
      r.roles.join(','),
      r.languages.join(','),
      r.status,
      ...(showPhone ? [r.phone ?? '-'] : []),
    ]);
    ctx.print(...table(['ID', 'NAME', 'ROLES', 'LANGUAGES', 'STATUS', ...(showPhone ? ['PHONE'] : [])], rows));
  },
};

const show: Command = {
  name: 'responders show',
  summary: 'Show one responder',
  args: ['ID'],
  async run(ctx) {
    const responder = await ctx.client().responder(ctx.args[0] ?? '');
    if (ctx.json) ctx.printJson(responder);
    else ctx.print(...responderLines(responder));
  },
};

const add: Command = {
  name: 'responders add',
  summary: 'Add someone to the roster',
  options: {
    name: { type: 'string', value: 'NAME', help: 'Their name (required)' },
    phone: {
      type: 'string',
      value: 'PHONE',
      help: 'The phone Kith rings; any common format (needed for phone, field, support)',
    },
    roles: { type: 'string', value: 'LIST', help: `What they do (required): ${ROLES.join(', ')}` },
    languages: { type: 'string', value: 'en,es', help: 'Languages they speak (default en)' },
    paused: { type: 'boolean', help: 'Add them paused, so they are not rung yet', fills: '/status' },
  },
  details:
    'Example:\n  kith responders add --name "Ana" --phone "(202) 555-0111" --roles phone,field --languages en,es',
  async run(ctx) {
    const roles = roleList(ctx);
    if (!roles) throw new UsageError(`--roles is required: one or more of ${ROLES.join(', ')}`);
    const languages = listOption(ctx, 'languages');
    const responder = await ctx.client().addResponder({
      name: need(ctx, 'name'),
      phone: phoneValue(str(ctx, 'phone') ?? ''),
      roles,
      ...(languages ? { languages } : {}),
      ...(flag(ctx, 'paused') ? { status: 'paused' as const } : {}),
    });
    if (ctx.json) return ctx.printJson(responder);
    ctx.print(
      `Added ${responder.name}.`,
      ...responderLines(responder),
      '',
      `Put them on a shift: kith shifts add --responder ${responder.id} --role ${responder.roles[0] ?? 'phone'} --tier primary --day fri --from 19:00 --to 24:00`,
    );
  },
};

const update: Command = {
  name: 'responders update',
  summary: 'Change a responder’s name, number, roles or languages',
  args: ['ID'],
  options: {
    name: { type: 'string', value: 'NAME', help: 'New name' },
    phone: { type: 'string', value: 'PHONE', help: 'New number ("none" to remove it)' },
    roles: { type: 'string', value: 'LIST', help: `Replaces their roles: ${ROLES.join(', ')}` },
    languages: { type: 'string', value: 'en,es', help: 'Replaces their languages' },
  },
  async run(ctx) {
    const patch: ResponderPatch = {};
    const name = str(ctx, 'name');
    if (name !== undefined) patch.name = name;
    const phone = str(ctx, 'phone');
    if (phone !== undefined) patch.phone = phoneValue(phone);
    const roles = roleList(ctx);
    if (roles) patch.roles = roles;
    const languages = listOption(ctx, 'languages');
    if (languages) patch.languages = languages;
    if (Object.keys(patch).length === 0)
      throw new UsageError('Nothing to change: give --name, --phone, --roles or --languages');
    await changed(ctx, patch, 'Saved.');
  },
};

async function changed(ctx: CommandContext, patch: ResponderPatch, message: string): Promise<void> {
  const responder = await ctx.client().changeResponder(ctx.args[0] ?? '', patch);
  if (ctx.json) ctx.printJson(responder);
  else ctx.print(message, ...responderLines(responder));
}

const pause: Command = {
  name: 'responders pause',
  summary: 'Stop ringing someone (a break, time away) without touching their shifts',
  args: ['ID'],
  run: (ctx) =>
    changed(ctx, { status: 'paused' }, 'Paused: Kith will not ring them until you run kith responders resume.'),
};

const resume: Command = {
  name: 'responders resume',
  summary: 'Ring someone again on their shifts',
  args: ['ID'],
  run: (ctx) => changed(ctx, { status: 'active' }, 'Resumed: Kith rings them again on their shifts.'),
};

const remove: Command = {
  name: 'responders remove',
  summary: 'Remove someone from the roster, with their shifts',
  args: ['ID'],
  async run(ctx) {
    const id = ctx.args[0] ?? '';
    await ctx.client().removeResponder(id);
    if (ctx.json) ctx.printJson({ removed: id });
    else ctx.print(`Removed ${id} and their shifts. Their tokens no longer work.`);
  },
};

const invite: Command = {
  name: 'responders invite',
  summary: 'Print a one-time link for someone to set up their console sign-in (a passkey or a passphrase)',
  args: ['ID'],
  details: [
    'The link works once, for 72 hours; a new one replaces any unused older one. Send it privately.',
    'Someone who already has a sign-in needs no invite; to start them over, reset them in the console first.',
    '',
    'Example: kith responders invite rsp_…',
  ].join('\n'),
  async run(ctx) {
    const id = ctx.args[0] ?? '';
    const client = ctx.client();
    const issued = await client.invite(id);
    if (ctx.json) return ctx.printJson(issued);
    const [responder, program] = await Promise.all([client.responder(id), client.program()]);
    ctx.print(`An invite for ${responder.name} to set up their sign-in:`, ...inviteLines(issued, program.timeZone));
  },
};

export const responderCommands: Command[] = [list, add, show, update, pause, resume, remove, invite];
