import { afterEach, describe, expect, it } from 'vitest';
import { Visitor } from '../../src/chat/test-fixtures';
import { DB_KINDS } from '../support/databases';
import { COMMUNITY_NUMBER, startLine, transcript, type Line } from '../support/line';

const RUSSIAN_WEATHER = 'https://ru.wikipedia.org/wiki/Погода';
const RUSSIAN_WEATHER_ASCII = 'https://ru.wikipedia.org/wiki/%D0%9F%D0%BE%D0%B3%D0%BE%D0%B4%D0%B0';

interface ErrorBody {
  error: { code: string; fields?: { field: string; message: string }[] };
}

/**
 * Every address Kith stores and later sends is normalised when stored and again where it is used
 * (platform/text.ts); control characters are refused in what reaches TwiML, a header or a page.
 */
describe.each(DB_KINDS)('stored addresses and text (%s)', (kind) => {
  let line: Line;
  afterEach(async () => {
    await line?.stop();
  });

  it('a non-Latin quick-exit address is stored in ASCII form and "Leave now" redirects to it', async () => {
    line = await startLine(kind);
    const changed = await line.t.api<{ texting: { quickExitUrl: string } }>(
      'PATCH',
      '/api/program',
      { texting: { quickExitUrl: RUSSIAN_WEATHER } },
      line.token,
    );
    expect(changed.status).toBe(200);
    expect(changed.body.texting.quickExitUrl).toBe(RUSSIAN_WEATHER_ASCII);
    const idn = await line.t.api<{ texting: { quickExitUrl: string } }>(
      'PATCH',
      '/api/program',
      { texting: { quickExitUrl: 'https://пример.рф/погода?q=дождь' } },
      line.token,
    );
    expect(idn.body.texting.quickExitUrl).toBe(
      'https://xn--e1afmkfd.xn--p1ai/%D0%BF%D0%BE%D0%B3%D0%BE%D0%B4%D0%B0?q=%D0%B4%D0%BE%D0%B6%D0%B4%D1%8C',
    );

    const visitor = new Visitor(line.t.url);
    await visitor.open();
    const left = await visitor.request('GET', '/chat/leave');
    expect(left.status).toBe(303);
    expect(left.headers.get('location')).toBe(idn.body.texting.quickExitUrl);
    expect(left.headers.get('clear-site-data')).toContain('"cookies"');
  });

  it('refuses control characters naming the field, in the name, messages and the quick-exit address', async () => {
    line = await startLine(kind);
    const before = await line.t.api('GET', '/api/program', undefined, line.token);
    const refused = await line.t.api<ErrorBody>(
      'PATCH',
      '/api/program',
      {
        name: 'Northside\u0007 Line',
        messages: { en: { greeting: 'Hello\u0000 there', disclosures: 'Two lines\nare fine.' } },
        texting: { blockMessage: 'Bye\u001b[31m', quickExitUrl: 'https://example.org/\u0001' },
      },
      line.token,
    );
    expect(refused.status).toBe(422);
    const fields = (refused.body.error.fields ?? []).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(['/name', '/messages/en/greeting', '/texting/blockMessage', '/texting/quickExitUrl']),
    );
    expect(fields).not.toContain('/messages/en/disclosures');
    expect(await line.t.api('GET', '/api/program', undefined, line.token)).toEqual(before);
    const newline = await line.t.api<ErrorBody>('PATCH', '/api/program', { name: 'Two\nlines' }, line.token);
    expect(newline.body.error.fields?.map((f) => f.field)).toEqual(['/name']);
    const responder = await line.t.api<ErrorBody>(
      'POST',
      '/api/responders',
      { name: 'Ana\u0000', phone: '+12025550111', roles: ['phone'] },
      line.token,
    );
    expect(responder.status).toBe(422);
    expect(responder.body.error.fields?.map((f) => f.field)).toEqual(['/name']);
  });

  it('values stored before normalising still work: the quick exit redirects and a call hears its greeting', async () => {
    line = await startLine(kind);
    await line.addResponder({ name: 'Ana', phone: '+12025550111', tier: 'primary' });
    // Written straight to the database, as an older Kith (or a hand edit) could have left them.
    const db = line.t.kith.ctx.db.kysely;
    const row = await db.selectFrom('programs').select(['texting', 'messages']).executeTakeFirstOrThrow();
    const texting = { ...(JSON.parse(row.texting) as object), quickExitUrl: RUSSIAN_WEATHER };
    const messages = { en: { greeting: 'You have reached\u0001 Northside.' } };
    await db
      .updateTable('programs')
      .set({ texting: JSON.stringify(texting), messages: JSON.stringify(messages), name: 'North\u0002side' })
      .execute();

    const visitor = new Visitor(line.t.url);
    await visitor.open();
    const left = await visitor.request('GET', '/chat/leave');
    expect(left.status).toBe(303);
    expect(left.headers.get('location')).toBe(RUSSIAN_WEATHER_ASCII);
    expect(left.headers.get('clear-site-data')).toContain('"storage"');

    const call = line.sim.placeCall({ from: '+12025550190', to: COMMUNITY_NUMBER });
    await line.sim.runUntilIdle();
    expect(line.sim.errors).toEqual([]);
    expect(transcript(call.heard)).toContain('You have reached Northside.');
  });
});
