import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { computeSignature } from '../../src/telephony/twilio/signature';
import { DEPLOYED_CADDYFILE, runCaddyCommand, startCaddy, type RunningCaddy } from '../support/caddy';
import { describeWithCommand } from '../support/commands';
import { acceptBody, Browser, inviteToken, makeEnrolment, signIn } from '../support/console-client';
import { freePort, startTestKith, type TestKith } from '../support/kith';

const ACCOUNT = 'ACcaddy00000000000000000000000000';
const AUTH_TOKEN = 'caddy-test-auth-token';
const LINE_NUMBER = '+12025550100';

/**
 * deploy/Caddyfile in front of a real Kith, on loopback: Caddy's own `tls internal` certificate,
 * trusted by this test's client alone. Everything goes through Caddy the way it would in
 * production: a signed webhook, the chat page, a console sign-in. SQLite only: what is tested is
 * the proxy, not the database.
 */
describeWithCommand('caddy', 'caddy', 'Kith behind Caddy (deploy/Caddyfile)', () => {
  let kith: TestKith;
  let caddy: RunningCaddy;
  let coordinatorToken: string;
  let coordinatorId: string;
  /** The headers of every request that reached Kith, to see what Caddy passes on. */
  const reachedKith: IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    const kithPort = await freePort();
    // Caddy's port must be known before Kith starts, since it is Kith's public URL: take one, then hand it over.
    caddy = await startCaddy(kithPort);
    kith = await startTestKith('sqlite', {
      env: {
        KITH_PORT: String(kithPort),
        KITH_PUBLIC_URL: caddy.url,
        // Never called here: the voice webhook's first answer needs no REST call.
        KITH_PROVIDER_API_URL: 'http://127.0.0.1:9',
        KITH_PROVIDER_ACCOUNT_SID: ACCOUNT,
        KITH_PROVIDER_AUTH_TOKEN: AUTH_TOKEN,
      },
    });
    kith.kith.app.server.on('request', (request: { headers: IncomingHttpHeaders }) =>
      reachedKith.push(request.headers),
    );
    ({ token: coordinatorToken, coordinatorId } = await kith.setup('Northside Care Line'));
    const configured = await kith.api(
      'PATCH',
      '/api/program',
      { phoneNumber: LINE_NUMBER, timeZone: 'America/New_York' },
      coordinatorToken,
    );
    expect(configured.status).toBe(200);
  }, 30_000);

  let kithStopped = false;
  afterAll(async () => {
    await caddy?.stop();
    if (!kithStopped) await kith?.stop();
  });

  it('the file as shipped is valid and formatted', () => {
    const home = mkdtempSync(join(tmpdir(), 'kith-caddy-validate-'));
    try {
      const validated = runCaddyCommand(['validate', '--adapter', 'caddyfile', '--config', DEPLOYED_CADDYFILE], home);
      expect(validated.output).toContain('Valid configuration');
      expect(validated.status).toBe(0);
      const formatted = runCaddyCommand(['fmt', DEPLOYED_CADDYFILE], home);
      expect(formatted.output).toBe(readFileSync(DEPLOYED_CADDYFILE, 'utf8'));
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('a voice webhook signed over the https URL is answered; a bad signature is refused', async () => {
    const url = `${caddy.url}/webhooks/twilio/voice`;
    const params = {
      CallSid: 'CAcaddy0000000000000000000000001',
      AccountSid: ACCOUNT,
      From: '+12025550187',
      To: LINE_NUMBER,
      CallStatus: 'ringing',
      Direction: 'inbound',
      ApiVersion: '2010-04-01',
    };
    const post = (signature: string) =>
      caddy.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
        body: new URLSearchParams(params).toString(),
      });
    const answered = await post(computeSignature(AUTH_TOKEN, url, params));
    expect(answered.status).toBe(200);
    expect(answered.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(await answered.text()).toMatch(/<Response>.*<Say/s);
    // Signed for another address (what Kith would see if it rebuilt the URL from Host or its own port): refused.
    const wrong = await post(
      computeSignature(AUTH_TOKEN, `http://127.0.0.1:${new URL(kith.url).port}/webhooks/twilio/voice`, params),
    );
    expect(wrong.status).toBe(403);
  });

  it('serves the chat page over HTTPS with Kith’s own headers and a Secure cookie, and no proxy banner', async () => {
    const page = await caddy.fetch(`${caddy.url}/chat`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="chat-form"');
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.getSetCookie().join()).toMatch(/kith_chat=[^;]+;.*Secure/);
    for (const banner of ['server', 'via', 'x-powered-by']) expect(page.headers.get(banner), banner).toBeNull();
  });

  it('a coordinator accepts an invite and signs in to the console through Caddy', async () => {
    const invited = await caddy.fetch(`${caddy.url}/api/responders/${coordinatorId}/invite`, {
      method: 'POST',
      headers: { authorization: `Bearer ${coordinatorToken}` },
    });
    expect(invited.status).toBe(201);
    const { inviteUrl } = (await invited.json()) as { inviteUrl: string };
    expect(inviteUrl.startsWith(`${caddy.url}/join#invite=`)).toBe(true);

    const enrolment = await makeEnrolment('coord.one', 'a passphrase for the console');
    const phone = new Browser(caddy.url, caddy.url, caddy.fetch);
    expect(
      (await phone.request('POST', '/api/invites/accept', acceptBody(inviteToken(inviteUrl), enrolment))).status,
    ).toBe(201);

    const laptop = new Browser(caddy.url, caddy.url, caddy.fetch);
    const signedIn = await signIn(laptop, 'coord.one', enrolment.passphrase);
    expect(signedIn.status).toBe(200);
    expect(laptop.setCookies.at(-1)).toMatch(/HttpOnly; SameSite=Strict; Secure/);
    expect((await laptop.request('GET', '/api/session')).status).toBe(200);
    expect((await laptop.request('PATCH', '/api/program', { name: 'Renamed through Caddy' })).status).toBe(200);
    expect(
      (await laptop.request('PATCH', '/api/program', { name: 'Forged' }, { origin: 'https://evil.example' })).status,
    ).toBe(403);
  });

  it('Kith is never told the visitor’s address, and Caddy writes none even when Kith is down', async () => {
    expect(reachedKith.length).toBeGreaterThan(0);
    for (const headers of reachedKith) {
      expect(headers['x-forwarded-for']).toBeUndefined();
      expect(headers['x-real-ip']).toBeUndefined();
      expect(headers['forwarded']).toBeUndefined();
    }
    expect(reachedKith.at(-1)?.host).toBe(new URL(caddy.url).host);
    expect(reachedKith.at(-1)?.['x-forwarded-proto']).toBe('https');

    await kith.stop();
    kithStopped = true;
    const down = await caddy.fetch(`${caddy.url}/chat?while=down`);
    expect(down.status).toBe(502);
    expect(await down.text()).toBe('');
    const log = caddy.log();
    expect(log).not.toMatch(/remote_ip|client_ip|remote_addr|while=down/);
  });
});
