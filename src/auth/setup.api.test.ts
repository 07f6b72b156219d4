import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../test/support/databases';
import { startTestKith, type TestKith } from '../../test/support/kith';
import { issueSetupTokenIfNeeded } from './service';

describe.each(DB_KINDS)('first-run setup and tokens (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());
  const issue = () => issueSetupTokenIfNeeded({ db: t.kith.ctx.db.kysely, clock: t.clock, keys: t.kith.ctx.keys });
  const setup = (token: string, phone: string | null = null) =>
    t.api<{ token?: string; error?: { code: string; fields?: { field: string }[] } }>('POST', '/api/setup', { token, programName: 'Line', coordinator: { name: 'Co', phone } });

  it('a setup token works once, and a restart replaces an unused one', async () => {
    t = await startTestKith(kind);
    const stale = await issue();
    const fresh = await issue();
    expect(stale).toBeDefined();
    expect((await setup(stale ?? '')).status).toBe(401);
    const done = await setup(fresh ?? '');
    expect(done.status).toBe(201);
    expect(done.body.token).toMatch(/^kith_/);
    expect((await setup(fresh ?? '')).status).toBe(401);
    expect(await issue()).toBeUndefined();
  });

  it('expires after a day', async () => {
    t = await startTestKith(kind);
    const token = await issue();
    t.clock.advance(24 * 60 * 60 * 1000 + 1);
    expect((await setup(token ?? '')).status).toBe(401);
  });

  it('half-done setup leaves nothing behind: a bad coordinator number creates no program', async () => {
    t = await startTestKith(kind);
    const token = (await issue()) ?? '';
    const bad = await setup(token, 'not a number');
    expect(bad.status).toBe(422);
    // Fields are named as they are in the setup request, so the web page can mark the right one.
    expect(bad.body.error?.fields?.[0]?.field).toBe('/coordinator/phone');
    expect((await t.kith.ctx.db.kysely.selectFrom('programs').select('id').execute()).length).toBe(0);
    expect((await setup(token, '+1 202 555 0171')).status).toBe(201);
  });

  it('names problems by where they are in the setup request, for the program and the coordinator alike', async () => {
    t = await startTestKith(kind);
    const token = (await issue()) ?? '';
    const bad = await t.api<{ error: { fields: { field: string }[] } }>('POST', '/api/setup', { token, programName: '   ', coordinator: { name: 'Co', languages: ['English'] } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f) => f.field)).toEqual(['/programName']);
    const worse = await t.api<{ error: { fields: { field: string }[] } }>('POST', '/api/setup', { token, programName: 'Line', coordinator: { name: ' ', languages: ['English'] } });
    expect(worse.body.error.fields.map((f) => f.field)).toEqual(['/coordinator/name', '/coordinator/languages/0']);
  });

  it('revoked tokens stop working; the token list never shows secrets', async () => {
    t = await startTestKith(kind);
    const { token } = await t.setup();
    const list = await t.api<{ id: string }[]>('GET', '/api/tokens', undefined, token);
    expect(JSON.stringify(list.body)).not.toContain(token);
    const id = list.body[0]?.id ?? '';
    expect((await t.api('DELETE', `/api/tokens/${id}`, undefined, token)).status).toBe(204);
    expect((await t.api('GET', '/api/program', undefined, token)).status).toBe(401);
  });
});
