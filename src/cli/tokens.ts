import { need, type Command } from './command';
import { table, when } from './format';

const list: Command = {
  name: 'tokens list',
  summary: 'List API tokens (never the tokens themselves: Kith keeps only fingerprints)',
  async run(ctx) {
    const [tokens, responders] = await Promise.all([ctx.client().tokens(), ctx.client().responders()]);
    if (ctx.json) return ctx.printJson(tokens);
    const names = new Map(responders.map((r) => [r.id, r.name]));
    const rows = tokens.map((t) => [
      t.id,
      t.label,
      names.get(t.responderId) ?? t.responderId,
      when(t.createdAt),
      t.revokedAt === null ? 'works' : `revoked ${when(t.revokedAt)}`,
    ]);
    ctx.print(...table(['ID', 'LABEL', 'WHO', 'ISSUED', 'STATUS'], rows));
  },
};

const issue: Command = {
  name: 'tokens issue',
  summary: 'Issue a token for a person and device; it is shown once',
  options: {
    responder: {
      type: 'string',
      value: 'ID',
      help: 'Whose token it is (see kith responders list)',
      fills: '/responderId',
    },
    label: { type: 'string', value: 'LABEL', help: 'Which device, so it can be revoked alone, e.g. "Ana’s phone"' },
  },
  async run(ctx) {
    const client = ctx.client();
    const issued = await client.issueToken(need(ctx, 'responder'), need(ctx, 'label'));
    if (ctx.json) return ctx.printJson(issued);
    ctx.print(
      'New token (shown only this once; Kith keeps only a fingerprint of it):',
      '',
      `  ${issued.token}`,
      '',
      'Pass it on privately. On the device that will use it:',
      `  kith login --url ${client.baseUrl} --token ${issued.token}`,
      `If it is lost or the device leaves the team: kith tokens revoke ${issued.tokenId}`,
    );
  },
};

const revoke: Command = {
  name: 'tokens revoke',
  summary: 'Revoke a token (a lost device, someone leaving); it stops working at once',
  args: ['ID'],
  async run(ctx) {
    const id = ctx.args[0] ?? '';
    await ctx.client().revokeToken(id);
    if (ctx.json) ctx.printJson({ revoked: id });
    else ctx.print(`Revoked ${id}. It no longer works.`);
  },
};

export const tokenCommands: Command[] = [list, issue, revoke];
