import { afterEach, describe, expect, it } from 'vitest';
import { openRecordText, ready, type SealedRecord } from '../../src/crypto/e2e';
import { enrol } from '../../src/notes/test-fixtures';
import { computeSignature } from '../../src/telephony/twilio/signature';
import { DB_KINDS } from '../support/databases';
import { PUBLIC_URL } from '../support/kith';
import { COMMUNITY_NUMBER, SIM_TOKEN, startLine, type Line } from '../support/line';
import { aliasIn, bodies } from '../support/texting';

const PERSON = '+12025550190';
const ANA = '+12025550111';

describe.each(DB_KINDS)('texting: keywords, languages, pictures, hours, forgeries (%s)', (kind) => {
  let line: Line;
  afterEach(async () => {
    await line?.stop();
  });

  const messageCount = async () =>
    Number(
      (
        await line.t.kith.ctx.db.kysely
          .selectFrom('conversation_messages')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('STOP stops every text until START; HELP answers and still reaches the team', async () => {
    line = await startLine(kind);
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    const person = line.sim.phone(PERSON);
    person.text('HELP');
    await line.sim.runUntilIdle();
    const afterHelp = bodies(line, PERSON);
    expect(afterHelp[0]).toContain('never call the police');
    expect(afterHelp[1]).toContain('a community support line');
    // "help" from a person in crisis is a message to the team, not only a keyword.
    expect(await messageCount()).toBe(1);
    const alias = aliasIn(line, ANA);

    person.text('stop');
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON).at(-1)).toContain('You will not get more texts');
    const count = bodies(line, PERSON).length;
    // Ana cannot reach them now (the conversation closed when they stopped).
    line.sim.phone(ANA).text(`${alias} are you ok?`);
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON)).toHaveLength(count);
    // What they write after STOP still reaches the team, with no automatic reply.
    person.text('actually I need someone');
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON)).toHaveLength(count);
    expect(await messageCount()).toBe(2);
    const list = await line.t.api<{ state: string; optedOut: boolean }[]>(
      'GET',
      '/api/conversations',
      undefined,
      line.token,
    );
    expect(list.body.find((c) => c.state === 'waiting')?.optedOut).toBe(true);

    person.text('START');
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON).at(-1)).toContain('You can text Northside Care Line again');
    // Keywords are texts too: STOP and START were deleted at the provider like the rest.
    expect(line.sim.messages.filter((m) => m.direction === 'inbound')).toEqual([]);
    expect(line.sim.errors).toEqual([]);
  });

  it('a language word switches the conversation’s language; emoji, accents and right-to-left text arrive intact', async () => {
    line = await startLine(kind);
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary', languages: ['en', 'es'] });
    const person = line.sim.phone(PERSON);
    person.text('hola');
    await line.sim.runUntilIdle();
    person.text('Español');
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON).at(-1)).toBe('Le escribiremos en español.');
    const alias = aliasIn(line, ANA);
    line.sim.phone(ANA).text(alias);
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON).at(-1)).toContain('Ya hay una persona de nuestro equipo aquí');

    const words = 'Estoy aquí 💛 — مرحبا، أنا هنا — ¿cómo estás? '.repeat(4);
    line.sim.phone(ANA).text(`${alias} ${words}`);
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON).at(-1)).toBe(words.trim());

    // And the other way: a long multi-part text with emoji, accents and Arabic reaches Ana's key intact.
    const ana = await enrol(line.t, line.token, line.ids.Ana ?? '', 'ana');
    const theirs = 'Gracias 🙏🏽 por estar — שלום, אני בסדר — çava 🌈 '.repeat(6).trim();
    person.text(theirs);
    await line.sim.runUntilIdle();
    const [c] = (await ana.browser.request<{ id: string }[]>('GET', '/api/conversations')).body;
    const thread = (
      await ana.browser.request<{ thread: { direction: string; record: SealedRecord | null }[] }>(
        'GET',
        `/api/conversations/${c?.id}`,
      )
    ).body.thread;
    const last = thread.filter((m) => m.direction === 'in').at(-1)?.record;
    await ready();
    expect(last ? openRecordText(last, ana.identity) : null).toBe(theirs);
    expect(line.sim.errors).toEqual([]);
  });

  it('a picture is not kept: the person is told, the team sees one was sent', async () => {
    line = await startLine(kind, { program: { texting: { relayContent: true } } });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    line.sim.phone(PERSON).text('look', { media: 1 });
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON).at(-1)).toContain('We cannot see pictures');
    const [summary] = (
      await line.t.api<{ messages: { media: number } }[]>('GET', '/api/conversations', undefined, line.token)
    ).body;
    expect(summary?.messages.media).toBe(1);
    // With relaying on, Ana's phone got the alert and the words, never the picture.
    expect(bodies(line, ANA).join(' | ')).toContain(': look');
    line.sim.phone(ANA).text(aliasIn(line, ANA));
    await line.sim.runUntilIdle();
    line.sim.phone(PERSON).text('', { media: 2 });
    await line.sim.runUntilIdle();
    expect(bodies(line, ANA).at(-1)).toContain('sent a picture, which Kith does not keep');
    // The provider's copies (with their media) were deleted once handled.
    expect(line.sim.messages.filter((m) => m.numMedia > 0)).toEqual([]);
  });

  it('outside hours: the off-hours reply once per conversation, and nobody is alerted', async () => {
    line = await startLine(kind, {
      program: { hours: { weekly: [{ day: 'mon', start: '09:00', end: '10:00' }], exceptions: [] } },
    });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    line.sim.phone(PERSON).text('are you there');
    line.sim.phone(PERSON).text('hello?');
    await line.sim.runUntilIdle();
    const got = bodies(line, PERSON);
    expect(got.filter((b) => b.includes('We are closed right now'))).toHaveLength(1);
    expect(bodies(line, ANA)).toEqual([]);
  });

  it('forged or tampered texts are refused with 403 and store nothing; a replayed MessageSid stores nothing twice', async () => {
    line = await startLine(kind);
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    const params = {
      MessageSid: 'SM00000000000000000000000000000abc',
      From: PERSON,
      To: COMMUNITY_NUMBER,
      Body: 'forged',
      NumMedia: '0',
      AccountSid: 'ACsimulated0000000000000000000000',
    };
    expect(
      (await line.sim.sendWebhook('/webhooks/twilio/sms', params, { 'X-Twilio-Signature': 'bm90IGEgc2lnbmF0dXJl' }))
        .status,
    ).toBe(403);
    const signed = computeSignature(SIM_TOKEN, `${PUBLIC_URL}/webhooks/twilio/sms`, params);
    expect(
      (
        await line.sim.sendWebhook(
          '/webhooks/twilio/sms',
          { ...params, Body: 'tampered' },
          { 'X-Twilio-Signature': signed },
        )
      ).status,
    ).toBe(403);
    expect(await messageCount()).toBe(0);

    const first = await line.sim.sendWebhook('/webhooks/twilio/sms', params, { 'X-Twilio-Signature': signed });
    const replay = await line.sim.sendWebhook('/webhooks/twilio/sms', params, { 'X-Twilio-Signature': signed });
    expect([first.status, replay.status]).toEqual([200, 200]);
    expect(await messageCount()).toBe(1);
    // The replay answers with the same replies (a provider retries only when it got no answer).
    expect(replay.body).toBe(first.body);
  });

  it('a blocked sender is heard no more: the optional message once, then silence, and nothing stored', async () => {
    line = await startLine(kind, {
      program: { texting: { blockMessage: 'This number can no longer reach this line.' } },
    });
    await line.addResponder({ name: 'Ana', phone: ANA, tier: 'primary' });
    line.sim.phone(PERSON).text('abuse');
    await line.sim.runUntilIdle();
    const [c] = (await line.t.api<{ id: string }[]>('GET', '/api/conversations', undefined, line.token)).body;
    const blocked = await line.t.api<{ state: string; outcome: string }>(
      'POST',
      `/api/conversations/${c?.id}/block`,
      undefined,
      line.token,
    );
    expect(blocked.body).toMatchObject({ state: 'closed', outcome: 'blocked' });
    await line.sim.runUntilIdle();
    expect(bodies(line, PERSON).at(-1)).toBe('This number can no longer reach this line.');
    const before = {
      texts: bodies(line, PERSON).length,
      stored: await messageCount(),
      alerts: bodies(line, ANA).length,
    };
    line.sim.phone(PERSON).text('more abuse');
    await line.sim.runUntilIdle();
    expect({
      texts: bodies(line, PERSON).length,
      stored: await messageCount(),
      alerts: bodies(line, ANA).length,
    }).toEqual(before);
    // Nor does the provider keep what a blocked sender wrote: their texts are deleted there too.
    expect(line.sim.messages.filter((m) => m.direction === 'inbound')).toEqual([]);
    // The block holds a keyed hash, not the number.
    const rows = await line.t.kith.ctx.db.kysely.selectFrom('blocked_senders').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('5550190');
  });
});
