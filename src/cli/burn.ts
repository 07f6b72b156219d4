import { UsageError, type Command } from './command';
import { inviteLines, when } from './format';

const burn: Command = {
  name: 'burn',
  summary: 'Destroy every key and every caller’s number now, for when a seizure is coming; the line keeps answering',
  options: {
    confirm: {
      type: 'string',
      value: 'NAME',
      help: 'The program’s name, exactly as `kith program show` prints it: a burn cannot be undone',
    },
  },
  details: [
    'What goes: everyone’s sign-in and private keys, every note and message with their keys, every',
    'caller’s number and chat key, blocks, and the record of who opened what. Open conversations close.',
    'What stays: the program’s settings, the roster (names, numbers) and shifts, call and conversation',
    'records without words or numbers, opt-outs, API tokens. Calls still ring the team; texts still arrive.',
    'Everyone joins again: this prints a one-time link for you; then invite the others from the',
    'console’s Team page. docs/THREAT_MODEL.md "Burn" has the full list.',
    '',
    'Example: kith burn --confirm "Eastside Crisis Line"',
  ].join('\n'),
  async run(ctx) {
    const confirm = ctx.values['confirm'];
    if (typeof confirm !== 'string' || confirm === '') {
      throw new UsageError('A burn cannot be undone: confirm it with --confirm "<the program’s name>"');
    }
    const result = await ctx.client().burn(confirm);
    if (ctx.json) return ctx.printJson(result);
    const d = result.destroyed;
    ctx.print(
      `Burnt at ${when(result.burntAt)}. Nothing sealed can be opened any more, and Kith holds no caller’s number.`,
      `Destroyed: ${d.signIns} sign-ins with their keys, ${d.notes} notes, ${d.messages} messages, ${d.numbersErased} numbers or chat keys, ${d.blocks} blocks, ${d.accessRecords} access records; ${d.conversationsClosed} open conversations closed.`,
      '',
      'Your own key is gone too. Make a new one with this link:',
      ...inviteLines({
        inviteUrl: result.inviteUrl,
        expiresAt: result.inviteExpiresAt,
        ...(result.inviteNotice ? { notice: result.inviteNotice } : {}),
      }),
      '',
      'Then invite each teammate again from the console’s Team page.',
    );
  },
};

export const burnCommands: Command[] = [burn];
