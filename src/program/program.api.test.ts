import { afterEach, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../test/support/databases';
import { startTestKith, type TestKith } from '../../test/support/kith';

interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}

describe.each(DB_KINDS)('program settings API on %s', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  it('creates the program at setup with plain-language defaults in English and Spanish', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup('Northside Care Line');
    const program = await t.api<Record<string, unknown> & { spoken: Record<string, Record<string, string>> }>(
      'GET',
      '/api/program',
      undefined,
      token,
    );
    expect(program.status).toBe(200);
    expect(program.body.languages).toEqual(['en', 'es']);
    expect(program.body.spoken.en?.disclosures).toContain('never calls the police');
    expect(program.body.spoken.en?.disclosures).toContain('not recorded');
    expect(program.body.spoken.en?.disclosures).toContain('every day, at any hour');
    expect(program.body.spoken.es?.disclosures).toContain('nunca llama a la policía');
    expect(program.body.spoken.en?.greeting).toContain('Northside Care Line');
  });

  it('refuses bad settings naming every bad field, and changes nothing', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    const before = await t.api('GET', '/api/program', undefined, token);
    const result = await t.api<ErrorBody>(
      'PATCH',
      '/api/program',
      { timeZone: 'Mars/Olympus', ringTimeoutSeconds: 3, languages: ['en', 'de'], phoneNumber: '12345' },
      token,
    );
    expect(result.status).toBe(422);
    const fields = result.body.error.fields?.map((f) => f.field) ?? [];
    expect(fields).toEqual(
      expect.arrayContaining([
        '/timeZone',
        '/ringTimeoutSeconds',
        '/messages/de/greeting',
        '/messages/de/noAnswer',
        '/phoneNumber',
      ]),
    );
    expect(result.body.error.message).not.toContain('12345');
    const after = await t.api('GET', '/api/program', undefined, token);
    expect(after.body).toEqual(before.body);
  });

  it('refuses unknown fields and wrong types at the edge', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    const result = await t.api<ErrorBody>('PATCH', '/api/program', { ringStrategy: 'random', colour: 'blue' }, token);
    expect(result.status).toBe(422);
    const fields = result.body.error.fields?.map((f) => f.field) ?? [];
    expect(fields).toContain('/colour');
    expect(fields).toContain('/ringStrategy');
  });

  it('accepts hours with a holiday exception and describes them to callers', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    const result = await t.api<{ spoken: Record<string, Record<string, string>> }>(
      'PATCH',
      '/api/program',
      {
        timeZone: 'America/Chicago',
        hours: {
          weekly: [
            { day: 'fri', start: '19:00', end: '00:00' },
            { day: 'sat', start: '19:00', end: '00:00' },
          ],
          exceptions: [{ date: '2026-12-25', open: [], label: 'Holiday' }],
        },
      },
      token,
    );
    expect(result.status).toBe(200);
    expect(result.body.spoken.en?.offHours).toContain('Friday and Saturday, from 7:00 PM to midnight');
    expect(result.body.spoken.es?.offHours).toContain('viernes y sábado, de 19:00 a medianoche');
  });

  it('requires a token, and hides coordinator routes from responders', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    expect((await t.api('GET', '/api/program')).status).toBe(401);
    expect((await t.api('GET', '/api/program', undefined, 'kith_forged')).status).toBe(401);
    const responder = await t.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ana', phone: '+1 202 555 0111', roles: ['phone'] },
      token,
    );
    expect(responder.status).toBe(201);
    const issued = await t.api<{ token: string }>(
      'POST',
      '/api/tokens',
      { responderId: responder.body.id, label: 'phone' },
      token,
    );
    expect(issued.status).toBe(201);
    expect((await t.api('GET', '/api/program', undefined, issued.body.token)).status).toBe(200);
    expect((await t.api('PATCH', '/api/program', { name: 'Mine now' }, issued.body.token)).status).toBe(404);
  });

  it('serves the OpenAPI document', async () => {
    t = await startTestKith(kind, { cheapArgon: true });
    const doc = await t.api<{ openapi: string; paths: Record<string, unknown> }>('GET', '/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/program', '/api/responders', '/api/setup']),
    );
  });
});
