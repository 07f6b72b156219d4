import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { textDepsOf } from '../../src/conversations/deps';
import { openConversation } from '../../src/conversations/lifecycle';
import { SMS_STATUS_PATH } from '../../src/conversations/notify';
import { otherProgram } from '../../src/notes/test-fixtures';
import { getProgram } from '../../src/program/service';
import { ROUTE_PATHS } from '../../src/telephony/twilio/twiml';
import { CALLER_STATUS_PATH, INCOMING_PATH, SMS_PATH } from '../../src/telephony/twilio/number-paths';
import { DB_KINDS } from '../support/databases';
import { startLine, type Line } from '../support/line';

const WEBHOOKS = [INCOMING_PATH, CALLER_STATUS_PATH, SMS_PATH, SMS_STATUS_PATH, ...Object.values(ROUTE_PATHS)];

/** Bodies no provider signs, each as a hostile client would send it. */
const UNSIGNABLE: { type: string; body: string }[] = [
  { type: 'application/json', body: JSON.stringify({ CallSid: { a: 1 }, To: [1, 2], From: null }) },
  { type: 'application/json', body: '[1,2,3]' },
  { type: 'application/json', body: '{"CallSid": ' },
  { type: 'application/json; charset=utf-8', body: '"just a string"' },
  { type: 'text/plain', body: 'CallSid=CA1' },
  { type: 'multipart/form-data; boundary=x', body: '--x\r\n\r\n--x--' },
  { type: 'application/x-www-form-urlencoded', body: 'CallSid=CA1&To=%2B12025550100&From=%2B12025550190' },
];

interface ErrorBody {
  error: { code: string; message: string; fields?: unknown[]; more?: number };
}

describe.each(DB_KINDS)('hostile input (%s)', (kind) => {
  let line: Line;
  afterEach(async () => {
    await line?.stop();
  });

  it('every webhook answers an unverifiable body with 403 or 415, never 500, and logs no stack', async () => {
    line = await startLine(kind);
    const statuses = new Set<number>();
    for (const path of WEBHOOKS)
      for (const { type, body } of UNSIGNABLE) {
        const answer = await fetch(`${line.t.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': type, 'x-twilio-signature': 'forged' },
          body,
        });
        statuses.add(answer.status);
        expect([403, 415], `${path} ${type}`).toContain(answer.status);
      }
    expect([...statuses].sort()).toEqual([403, 415]);
    const log = readFileSync(line.t.logFile, 'utf8');
    expect(log).not.toContain('unexpected error');
    expect(log).not.toContain('frames');
  });

  it('a tampered chat cookie is treated as no cookie, never a 500', async () => {
    line = await startLine(kind);
    // 43 base64url characters, as Kith writes them, but not a form Kith writes: decodes to other bytes.
    for (const secret of ['A'.repeat(42) + 'B', 'A'.repeat(42) + '_', `${'A'.repeat(42)}B;kith_chat=x`]) {
      for (const path of ['/chat', '/chat/thread', '/chat/readers', '/chat/leave']) {
        const answer = await fetch(`${line.t.url}${path}`, {
          headers: { cookie: `kith_chat=${secret}` },
          redirect: 'manual',
        });
        expect(answer.status, `${path} ${secret}`).toBeLessThan(500);
      }
      const page = await fetch(`${line.t.url}/chat`, { headers: { cookie: `kith_chat=${secret}` } });
      expect(page.status).toBe(200);
      // A fresh session is offered instead.
      expect(page.headers.getSetCookie().join()).toMatch(/kith_chat=[A-Za-z0-9_-]{43};/);
    }
    expect(readFileSync(line.t.logFile, 'utf8')).not.toContain('unexpected error');
  });

  it('ten thousand bad fields get a short answer: the first problems and a count', async () => {
    line = await startLine(kind);
    const keys = Array.from({ length: 10_000 }, (_, i) => ({ messageId: i, sealedKey: 'x' }));
    const handOff = await fetch(`${line.t.url}/api/conversations/conv_x/handoff`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${line.token}` },
      body: JSON.stringify({ to: 'rsp_x', keys }),
    });
    const text = await handOff.text();
    expect(handOff.status).toBe(422);
    expect(text.length).toBeLessThan(8_000);
    const body = JSON.parse(text) as ErrorBody;
    expect(body.error.fields).toHaveLength(20);
    expect(body.error.more).toBeGreaterThan(10_000 - 20);
    expect(body.error.message).toMatch(/and \d+ more$/);

    const unknown = Object.fromEntries(Array.from({ length: 4_000 }, (_, i) => [`f${i}`, 1]));
    const program = await line.t.api<ErrorBody>('PATCH', '/api/program', unknown, line.token);
    expect(program.status).toBe(422);
    expect(JSON.stringify(program.body).length).toBeLessThan(8_000);
    expect(program.body.error.more).toBe(4_000 - 20);
  });
});

describe.each(DB_KINDS)('no existence oracle on conversations (%s)', (kind) => {
  let line: Line;
  afterEach(async () => {
    await line?.stop();
  });

  it('another program’s conversation answers exactly as one that does not exist, on every action', async () => {
    line = await startLine(kind);
    const other = await otherProgram(line.t);
    const deps = textDepsOf(line.t.kith.ctx);
    const program = await getProgram(deps, other.programId);
    const theirs = await openConversation(deps, deps.db, program, {
      channel: 'chat',
      language: 'en',
      senderIndex: 'index-for-this-test',
      personPublicKey: other.zed.identity.publicKey,
    });
    const tryAll = async (id: string) => {
      const answers: string[] = [];
      const ask = async (method: string, path: string, body?: unknown) => {
        const answer = await line.t.api(method, path, body, line.token);
        answers.push(`${method} ${path.replace(id, ':id')} ${answer.status} ${JSON.stringify(answer.body)}`);
      };
      await ask('GET', `/api/conversations/${id}`);
      for (const action of ['claim', 'release', 'close', 'block', 'burn'])
        await ask('POST', `/api/conversations/${id}/${action}`);
      await ask('POST', `/api/conversations/${id}/handoff`, { to: other.zed.id, keys: [] });
      await ask('POST', `/api/conversations/${id}/messages`, { text: 'placeholder' });
      await ask('GET', `/api/access/conversation/${id}`);
      return answers;
    };
    const missing = await tryAll('conv_doesnotexist00000');
    expect(await tryAll(theirs.id)).toEqual(missing);
    expect(missing.every((a) => / 404 /.test(a))).toBe(true);
  });
});
