import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../test/support/databases';
import { startTestKith, T0, type TestKith } from '../../test/support/kith';

interface Problem {
  error: { code: string; fields?: { field: string }[] };
}

describe.each(DB_KINDS)('the emergency plan (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  it('is empty until a coordinator writes it; every responder reads it; only coordinators write it', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    const ana = (
      await t.api<{ id: string }>(
        'POST',
        '/api/responders',
        { name: 'Ana', phone: '+12025550111', roles: ['phone'] },
        token,
      )
    ).body.id;
    const anaToken = (
      await t.api<{ token: string }>('POST', '/api/tokens', { responderId: ana, label: 'phone' }, token)
    ).body.token;

    expect(await t.api('GET', '/api/program/plan', undefined, anaToken)).toMatchObject({
      status: 200,
      body: { text: '', updatedAt: null, version: 0, versionAt: null, everyShifts: 0 },
    });
    const text =
      'If a life is in danger: stay with the person, call the on-call lead (see roster), ask before calling EMS.';
    t.clock.advance(5000);
    expect(await t.api('PUT', '/api/program/plan', { text }, token)).toMatchObject({
      status: 200,
      body: { text, updatedAt: T0 + 5000, version: 1, versionAt: T0 + 5000, everyShifts: 0 },
    });
    expect((await t.api('GET', '/api/program/plan', undefined, anaToken)).body).toEqual({
      text,
      updatedAt: T0 + 5000,
      version: 1,
      versionAt: T0 + 5000,
      everyShifts: 0,
    });
    // Writing it is not a responder's job: the route does not exist for them.
    expect((await t.api('PUT', '/api/program/plan', { text: 'mine' }, anaToken)).status).toBe(404);
    expect((await t.api('GET', '/api/program/plan')).status).toBe(401);
    // The plan has its own time; the program's settings are untouched.
    expect((await t.api<{ updatedAt: number }>('GET', '/api/program', undefined, token)).body.updatedAt).toBe(T0);
  });

  it('holds up to 20 000 characters, counted as people see them, and refuses more naming the field', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    const longest = '🚑'.repeat(20_000); // 40 000 UTF-16 units, 80 000 bytes: still one plan
    expect((await t.api('PUT', '/api/program/plan', { text: longest }, token)).status).toBe(200);
    expect((await t.api<{ text: string }>('GET', '/api/program/plan', undefined, token)).body.text).toBe(longest);
    const tooLong = await t.api<Problem>('PUT', '/api/program/plan', { text: 'a'.repeat(20_001) }, token);
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error.fields?.map((f) => f.field)).toEqual(['/text']);
    const missing = await t.api<Problem>('PUT', '/api/program/plan', {}, token);
    expect(missing.body.error.fields?.map((f) => f.field)).toEqual(['/text']);
    expect((await t.api<Problem>('PUT', '/api/program/plan', { text: 'x', extra: 1 }, token)).status).toBe(422);
    expect((await t.api<{ text: string }>('GET', '/api/program/plan', undefined, token)).body.text).toBe(longest);
  });
});
