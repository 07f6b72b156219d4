import twilio from 'twilio';
import { afterEach, describe, expect, it } from 'vitest';
import type { Harness } from './test-support';
import { CALLER, LINE, PUBLIC_BASE, SIGNING_KEY, harness, twiml } from './test-support';
import { withDefaultPort, withoutDefaultPort, type PortInSignature } from './signing';

let h: Harness;
afterEach(async () => h.close());

async function signedRequests(ports: PortInSignature, base = PUBLIC_BASE) {
  h = await harness({ portInSignature: ports, publicBaseUrl: base });
  h.sim.ownNumber(LINE, { voiceUrl: '/voice?lang=en' });
  h.app.on('/voice', twiml('<Say>Hello</Say><Redirect>/next?step=2</Redirect>')).on('/next', twiml('<Say>Bye</Say>'));
  h.sim.placeCall({ from: CALLER, to: LINE });
  await h.sim.runUntilIdle();
  return h.app.requests.map((r) => ({ url: `${base}${r.url}`, params: r.params, signature: r.signature ?? '' }));
}

describe('how the simulated provider signs webhooks', () => {
  it("signs as Twilio does: every request validates with Twilio's official library, in every port mode", async () => {
    for (const ports of ['as-configured', 'with-default-port', 'without-default-port', 'alternate'] as const) {
      for (const base of [PUBLIC_BASE, 'https://line.example.org:443']) {
        const requests = await signedRequests(ports, base);
        expect(requests.length).toBeGreaterThanOrEqual(2);
        for (const r of requests)
          expect([ports, base, r.url, twilio.validateRequest(SIGNING_KEY, r.signature, r.url, r.params)]).toEqual([
            ports,
            base,
            r.url,
            true,
          ]);
        await h.close();
      }
    }
    h = await harness();
  });

  it('really signs the other form: with the default port added, dropped, or each in turn', async () => {
    const expectFor = (url: string, params: Record<string, string>) =>
      twilio.getExpectedTwilioSignature(SIGNING_KEY, url, params);
    const added = await signedRequests('with-default-port');
    expect(added.map((r) => r.signature)).toEqual(added.map((r) => expectFor(withDefaultPort(r.url), r.params)));
    await h.close();
    const dropped = await signedRequests('without-default-port', 'https://line.example.org:443');
    expect(dropped.map((r) => r.signature)).toEqual(dropped.map((r) => expectFor(withoutDefaultPort(r.url), r.params)));
    await h.close();
    const alternate = await signedRequests('alternate');
    expect(alternate.map((r) => r.signature)).toEqual(
      alternate.map((r, i) => expectFor(i % 2 === 0 ? withDefaultPort(r.url) : r.url, r.params)),
    );
  });

  it('writes and drops only default ports', () => {
    expect(withDefaultPort('https://a.example/x?y=1')).toBe('https://a.example:443/x?y=1');
    expect(withDefaultPort('http://a.example')).toBe('http://a.example:80');
    expect(withDefaultPort('https://a.example:8443/x')).toBe('https://a.example:8443/x');
    expect(withDefaultPort('http://[::1]/x')).toBe('http://[::1]:80/x');
    expect(withoutDefaultPort('https://a.example:443/x')).toBe('https://a.example/x');
    expect(withoutDefaultPort('https://a.example:8443/x')).toBe('https://a.example:8443/x');
    expect(withoutDefaultPort('http://a.example:80')).toBe('http://a.example');
  });
});
