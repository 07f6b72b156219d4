import { afterEach, describe, expect, it } from 'vitest';
import { rotaDepsOf } from '../../src/rota/deps';
import { sweepRota } from '../../src/rota/sweep';
import { DB_KINDS } from '../support/databases';
import { startTestKith, type TestKith } from '../support/kith';
import { join as joinTeam, makeEnrolment } from '../support/console-client';
import { SIM_ACCOUNT, SIM_TOKEN, startLine, type Line } from '../support/line';
import { startPushService, type PushService } from '../support/push-service';

const ANA = '+12025550141';
const BEN = '+12025550142';
const DAN = '+12025550143';
const EVE = '+12025550144';
const FAY = '+12025550145';
const GUS = '+12025550146';
const HAL = '+12025550147';
const PAT = '+12025550148';
const CORA = '+12025550149';
const BETO = '+12025550150';

interface Offer {
  id: string;
  code: number;
  state: string;
  giver: { name: string };
  taker: { name: string } | null;
}
interface MySwaps {
  toTake: Offer[];
  mine: Offer[];
  away: { id: string; state: string; reason: string | null }[];
}
interface Refusal {
  error: { code: string; facts?: { why?: string } };
}
interface Schedule {
  occurrences: { responderName: string; start: string; end: string }[];
}

/** Who is on the phone on a local day, as "Name start–end" in local HH:MM. */
async function onDay(l: Line, day: string): Promise<string[]> {
  const view = await l.t.api<Schedule>('GET', `/api/shifts/schedule?from=${day}&days=1`, undefined, l.token);
  return view.body.occurrences.map((o) => `${o.responderName} ${o.start.slice(11, 16)}–${o.end.slice(11, 16)}`);
}

async function tokenOf(l: Line, responderId: string): Promise<string> {
  const made = await l.t.api<{ token: string }>('POST', '/api/tokens', { responderId, label: 'phone' }, l.token);
  return made.body.token;
}

const oneOff = (responderId: string, start: string, end: string) => ({
  responderId,
  kind: 'on',
  role: 'phone',
  tier: 'primary',
  start,
  end,
});

describe.each(DB_KINDS)('swaps, cover and time away (%s)', (kind) => {
  let line: Line | undefined;
  let other: TestKith | undefined;
  let push: PushService | undefined;
  afterEach(async () => {
    await other?.stop();
    await line?.stop();
    await push?.stop();
    other = line = push = undefined;
  });

  it('an offer reaches only those who could take it; of many takers at once on two instances exactly one gets it', async () => {
    line = await startLine(kind, {
      program: { care: { restHours: 10 } },
      cheapArgon: true,
      pushOverLoopback: true,
    });
    const l = line;
    const ana = await l.addResponder({ name: 'Ana', phone: ANA });
    const ids = {
      ben: await l.addResponder({ name: 'Ben', phone: BEN }),
      dan: await l.addResponder({ name: 'Dan', phone: DAN }),
      eve: await l.addResponder({ name: 'Eve', phone: EVE }),
      fay: await l.addResponder({ name: 'Fay', phone: FAY, roles: ['field'] }),
      gus: await l.addResponder({ name: 'Gus', phone: GUS }),
      hal: await l.addResponder({ name: 'Hal', phone: HAL }),
    };
    await l.addResponder({ name: 'Pat', phone: PAT, status: 'paused' });
    await l.addResponder({ name: 'Cora', phone: CORA, roles: ['coordinator'] });
    const shift = async (body: Record<string, string>) =>
      expect((await l.t.api('POST', '/api/shifts/overrides', body, l.token)).status).toBe(201);
    // Wednesday 25 November: Ana 10:00–14:00; Gus is on from noon; Hal ends at 06:00, 4 hours' rest before 10:00.
    await shift(oneOff(ana, '2026-11-25T10:00', '2026-11-25T14:00'));
    await shift(oneOff(ids.gus, '2026-11-25T12:00', '2026-11-25T16:00'));
    await shift(oneOff(ids.hal, '2026-11-25T02:00', '2026-11-25T06:00'));

    // Dan has the console on his phone with push on: he hears of it there too.
    push = await startPushService();
    const dansPhone = await joinTeam(l.t, l.token, ids.dan, await makeEnrolment('dan', 'a long passphrase here'));
    expect((await dansPhone.request('PUT', '/api/me/push', push.subscription('/push/dan-phone'))).status).toBe(204);

    const anaToken = await tokenOf(l, ana);
    // Not one of her shifts, or not within it: refused.
    const outside = await l.t.api(
      'POST',
      '/api/me/offers',
      { start: '2026-11-25T09:00', end: '2026-11-25T11:00' },
      anaToken,
    );
    expect(outside.status).toBe(422);
    const made = await l.t.api<{ offer: Offer; told: number }>(
      'POST',
      '/api/me/offers',
      { start: '2026-11-25T10:00', end: '2026-11-25T14:00' },
      anaToken,
    );
    expect(made.status).toBe(201);
    expect(made.body.told).toBe(3);
    const code = made.body.offer.code;
    await l.sim.runUntilIdle();
    for (const phone of [BEN, DAN, EVE]) {
      const texts = l.sim.inbox(phone).map((m) => m.body);
      expect(texts).toHaveLength(1);
      expect(texts[0]).toContain(`reply TAKE S${code}`);
      expect(texts[0]).toContain('Ana offers a phone shift');
      expect(texts[0]).toContain('10:00 to 14:00');
    }
    expect(push.received).toHaveLength(1);
    expect(JSON.parse(push.received[0]?.payload ?? '{}')).toMatchObject({
      title: 'A shift you could take',
      path: '/console',
      body: expect.stringContaining(`reply TAKE S${code}`) as string,
    });
    // Wrong role, already on, past the rest rule, paused: not told, and not offered on Home.
    for (const phone of [FAY, GUS, HAL, PAT, CORA]) expect(l.sim.inbox(phone)).toEqual([]);
    const tokens = {
      ben: await tokenOf(l, ids.ben),
      dan: await tokenOf(l, ids.dan),
      eve: await tokenOf(l, ids.eve),
      gus: await tokenOf(l, ids.gus),
      hal: await tokenOf(l, ids.hal),
    };
    const home = async (token: string) => (await l.t.api<MySwaps>('GET', '/api/me/swaps', undefined, token)).body;
    expect((await home(tokens.ben)).toTake.map((o) => o.code)).toEqual([code]);
    expect((await home(tokens.gus)).toTake).toEqual([]);
    expect((await home(tokens.hal)).toTake).toEqual([]);
    expect((await home(anaToken)).mine.map((o) => o.state)).toEqual(['open']);
    // Gus cannot take it even by asking: he is on then.
    const gus = await l.t.api<Refusal>('POST', `/api/offers/${made.body.offer.id}/take`, undefined, tokens.gus);
    expect(gus.status).toBe(409);

    // A second instance on the same database; three takers at once, twice each, split across both.
    other = await startTestKith(kind, {
      clock: l.clock,
      storage: l.t.storage,
      env: {
        KITH_PROVIDER_API_URL: l.sim.apiBaseUrl,
        KITH_PROVIDER_ACCOUNT_SID: SIM_ACCOUNT,
        KITH_PROVIDER_AUTH_TOKEN: SIM_TOKEN,
      },
    });
    const servers = [l.t, other];
    const takers = [tokens.ben, tokens.dan, tokens.eve, tokens.ben, tokens.dan, tokens.eve];
    const results = await Promise.all(
      takers.map((token, i) =>
        (servers[i % 2] as TestKith).api<{ state: string } & Refusal>(
          'POST',
          `/api/offers/${made.body.offer.id}/take`,
          undefined,
          token,
        ),
      ),
    );
    const won = results.filter((r) => r.status === 200);
    expect(won).toHaveLength(1);
    expect(won[0]?.body.state).toBe('taken');
    const lost = results.filter((r) => r.status !== 200);
    expect(lost).toHaveLength(5);
    for (const r of lost) {
      expect(r.status).toBe(409);
      expect(r.body.error.facts?.why).toBe('gone');
    }
    const nameOf: Record<string, string> = { [tokens.ben]: 'Ben', [tokens.dan]: 'Dan', [tokens.eve]: 'Eve' };
    const winner = nameOf[takers[results.findIndex((r) => r.status === 200)] ?? ''];

    // The shift moved: the winner is on 10:00–14:00, Ana is not; exactly one one-off was written for it.
    expect((await onDay(l, '2026-11-25')).filter((s) => s.includes('10:00–14:00'))).toEqual([`${winner} 10:00–14:00`]);
    expect((await onDay(l, '2026-11-25')).some((s) => s.startsWith('Ana'))).toBe(false);
    await l.sim.runUntilIdle();
    expect(l.sim.inbox(ANA).at(-1)?.body).toContain(`${winner} took your phone shift`);
    expect(l.sim.inbox(CORA).at(-1)?.body).toContain(`${winner} took Ana’s phone shift`);
    expect((await home(anaToken)).mine).toEqual([]);
    expect((await home(tokens.ben)).toTake).toEqual([]);
  });

  it('withdraw, lapse at the start, TAKE and TOMAR by text, and a coordinator’s approval', async () => {
    line = await startLine(kind);
    const l = line;
    const ana = await l.addResponder({ name: 'Ana', phone: ANA });
    const ben = await l.addResponder({ name: 'Ben', phone: BEN });
    await l.addResponder({ name: 'Beto', phone: BETO, languages: ['es'] });
    const dan = await l.addResponder({ name: 'Dan', phone: DAN });
    await l.addResponder({ name: 'Cora', phone: CORA, roles: ['coordinator'] });
    const shift = async (body: Record<string, string>) =>
      expect((await l.t.api('POST', '/api/shifts/overrides', body, l.token)).status).toBe(201);
    await shift(oneOff(ana, '2026-11-25T10:00', '2026-11-25T14:00'));
    const anaToken = await tokenOf(l, ana);
    const offer = async (start: string, end: string) => {
      const made = await l.t.api<{ offer: Offer }>('POST', '/api/me/offers', { start, end }, anaToken);
      expect(made.status).toBe(201);
      return made.body.offer;
    };
    const text = async (phone: string, body: string) => {
      l.sim.phone(phone).text(body);
      await l.sim.runUntilIdle();
      return l.sim.inbox(phone).at(-1)?.body ?? '';
    };

    // Withdrawn before anyone takes it: a TAKE afterwards hears it is gone.
    const first = await offer('2026-11-25T11:00', '2026-11-25T13:00');
    expect(
      (await l.t.api('POST', '/api/me/offers', { start: '2026-11-25T12:00', end: '2026-11-25T14:00' }, anaToken))
        .status,
    ).toBe(409);
    expect((await l.t.api('DELETE', `/api/me/offers/${first.id}`, undefined, anaToken)).status).toBe(204);
    expect((await l.t.api('DELETE', `/api/me/offers/${first.id}`, undefined, anaToken)).status).toBe(409);
    expect(await text(BEN, `TAKE S${first.code}`)).toBe(
      'Kith: sorry, that shift is gone. Someone else took it, or it was taken back.',
    );
    expect(await text(BEN, 'take S99')).toContain('no open shift has that number');

    // Part of the shift, taken in Spanish by text.
    const second = await offer('2026-11-25T11:00', '2026-11-25T13:00');
    expect(await text(BETO, `tomar s${second.code}.`)).toMatch(
      /^Kith: el turno de teléfono, .* a 13:00, ahora es suyo\. Gracias\.$/,
    );
    expect(await onDay(l, '2026-11-25')).toEqual(['Ana 10:00–11:00', 'Beto 11:00–13:00', 'Ana 13:00–14:00']);
    expect(await text(BEN, `TAKE S${second.code}`)).toContain('that shift is gone');

    // An offer lapses when its stretch starts.
    const third = await offer('2026-11-25T13:00', '2026-11-25T14:00');
    l.clock.set(Date.UTC(2026, 10, 25, 18, 0)); // 13:00 in New York
    const late = await l.t.api<Refusal>('POST', `/api/offers/${third.id}/take`, undefined, await tokenOf(l, ben));
    expect(late.status).toBe(409);
    expect(late.body.error.facts?.why).toBe('gone');
    l.clock.set(Date.UTC(2026, 10, 23, 15, 0));

    // The program asks for a coordinator's approval: a take waits; declined, the shift stays; approved, it moves.
    expect((await l.t.api('PATCH', '/api/program', { care: { swapsNeedApproval: true } }, l.token)).status).toBe(200);
    await shift(oneOff(ana, '2026-11-26T10:00', '2026-11-26T14:00'));
    const fourth = await offer('2026-11-26T10:00', '2026-11-26T14:00');
    const benToken = await tokenOf(l, ben);
    const taken = await l.t.api<{ state: string }>('POST', `/api/offers/${fourth.id}/take`, undefined, benToken);
    expect(taken.body).toEqual({ state: 'pending' });
    await l.sim.runUntilIdle();
    expect(l.sim.inbox(CORA).at(-1)?.body).toContain('Ben wants to take Ana’s phone shift');
    // Coordinators' routes do not exist for anyone else.
    expect((await l.t.api('GET', '/api/swaps/pending', undefined, benToken)).status).toBe(404);
    const waiting = await l.t.api<{ offers: Offer[] }>('GET', '/api/swaps/pending', undefined, l.token);
    expect(waiting.body.offers.map((o) => [o.giver.name, o.taker?.name, o.state])).toEqual([['Ana', 'Ben', 'pending']]);
    // Someone else cannot take it while it waits.
    expect((await l.t.api('POST', `/api/offers/${fourth.id}/take`, undefined, await tokenOf(l, dan))).status).toBe(409);
    const decide = (id: string, approve: boolean) =>
      l.t.api('POST', `/api/swaps/offers/${id}/decision`, { approve }, l.token);
    expect((await decide(fourth.id, false)).status).toBe(204);
    expect((await decide(fourth.id, true)).status).toBe(409);
    await l.sim.runUntilIdle();
    expect(l.sim.inbox(BEN).at(-1)?.body).toContain('a coordinator said no');
    expect(l.sim.inbox(ANA).at(-1)?.body).toContain('It is still yours');
    expect(await onDay(l, '2026-11-26')).toEqual(['Ana 10:00–14:00']);

    const fifth = await offer('2026-11-26T10:00', '2026-11-26T14:00');
    expect(await text(DAN, `TAKE S${fifth.code}`)).toContain('A coordinator will say yes or no');
    expect(await onDay(l, '2026-11-26')).toEqual(['Ana 10:00–14:00']);
    expect((await decide(fifth.id, true)).status).toBe(204);
    await l.sim.runUntilIdle();
    expect(l.sim.inbox(DAN).at(-1)?.body).toContain('a coordinator said yes');
    expect(l.sim.inbox(ANA).at(-1)?.body).toContain('Dan took your phone shift');
    expect(await onDay(l, '2026-11-26')).toEqual(['Dan 10:00–14:00']);
    expect(l.sim.errors).toEqual([]);

    // The giver's shift removed after it was offered: nothing to hand over, and the offer closes.
    expect((await l.t.api('PATCH', '/api/program', { care: { swapsNeedApproval: false } }, l.token)).status).toBe(200);
    const friday = await l.t.api<{ id: string }>(
      'POST',
      '/api/shifts/overrides',
      oneOff(ana, '2026-11-27T10:00', '2026-11-27T14:00'),
      l.token,
    );
    const sixth = await offer('2026-11-27T10:00', '2026-11-27T14:00');
    expect((await l.t.api('DELETE', `/api/shifts/overrides/${friday.body.id}`, undefined, l.token)).status).toBe(204);
    const nothing = await l.t.api<Refusal>('POST', `/api/offers/${sixth.id}/take`, undefined, benToken);
    expect(nothing.status).toBe(409);
    expect(nothing.body.error.facts?.why).toBe('gone');
    expect(await onDay(l, '2026-11-27')).toEqual([]);
    const anasOffers = await l.t.api<MySwaps>('GET', '/api/me/swaps', undefined, anaToken);
    expect(anasOffers.body.mine.map((o) => o.code)).not.toContain(sixth.code);
    expect((await l.t.api('POST', `/api/offers/${sixth.id}/take`, undefined, benToken)).status).toBe(409);

    // Two days after their stretch ends, offers are forgotten.
    l.clock.set(Date.UTC(2026, 10, 30, 0, 0));
    await sweepRota(rotaDepsOf(l.t.kith.ctx));
    expect(await l.t.kith.ctx.db.kysely.selectFrom('shift_offers').select('id').execute()).toEqual([]);
  });

  it('a French teammate reads the offer in French and takes it with PRENDRE; PAUSE and RETOUR by text', async () => {
    line = await startLine(kind);
    const l = line;
    const ana = await l.addResponder({ name: 'Ana', phone: ANA });
    await l.addResponder({ name: 'Fleur', phone: FAY, languages: ['fr'] });
    const made = await l.t.api(
      'POST',
      '/api/shifts/overrides',
      oneOff(ana, '2026-11-25T10:00', '2026-11-25T14:00'),
      l.token,
    );
    expect(made.status).toBe(201);
    const offered = await l.t.api<{ offer: Offer }>(
      'POST',
      '/api/me/offers',
      { start: '2026-11-25T10:00', end: '2026-11-25T14:00' },
      await tokenOf(l, ana),
    );
    expect(offered.status).toBe(201);
    const code = offered.body.offer.code;
    await l.sim.runUntilIdle();
    expect(l.sim.inbox(FAY).at(-1)?.body).toMatch(
      new RegExp(`^Kith : Ana propose une permanence téléphone, .*répondez PRENDRE S${code}\\.`),
    );
    const text = async (body: string) => {
      l.sim.phone(FAY).text(body);
      await l.sim.runUntilIdle();
      return l.sim.inbox(FAY).at(-1)?.body ?? '';
    };
    expect(await text(`prendre s${code}.`)).toMatch(
      /^Kith : la permanence téléphone, .* à 14:00, est à vous\. Merci\.$/,
    );
    expect(await onDay(l, '2026-11-25')).toEqual(['Fleur 10:00–14:00']);
    // Not on a shift at 10:00 on Monday: nothing to step back from, said in French; RETOUR answers in French too.
    expect(await text('Pause')).toBe('Kith : vous n’êtes pas de permanence en ce moment, il n’y a rien à quitter.');
    expect(await text('retour')).toBe('Kith : bon retour. On peut de nouveau vous appeler.');
    expect(l.sim.errors).toEqual([]);
  });

  it('time away asked for: the coordinator sees the gap it opens, approves or declines; without approval it is at once', async () => {
    // Open on Wednesdays 09:00–17:00 only; Ana is first to ring then, Ben from 13:00.
    line = await startLine(kind, {
      program: { hours: { weekly: [{ day: 'wed', start: '09:00', end: '17:00' }], exceptions: [] } },
    });
    const l = line;
    const ana = await l.addResponder({ name: 'Ana', phone: ANA });
    const ben = await l.addResponder({ name: 'Ben', phone: BEN });
    await l.addResponder({ name: 'Cora', phone: CORA, roles: ['coordinator'] });
    const rule = (responderId: string, start: string, end: string) =>
      l.t.api(
        'POST',
        '/api/shifts/rules',
        { responderId, role: 'phone', tier: 'primary', day: 'wed', start, end },
        l.token,
      );
    expect((await rule(ana, '09:00', '17:00')).status).toBe(201);
    expect((await rule(ben, '13:00', '17:00')).status).toBe(201);
    const anaToken = await tokenOf(l, ana);
    const ask = (start: string, end: string, reason?: string) =>
      l.t.api<{ id: string; state: string; reason: string | null }>(
        'POST',
        '/api/me/away-requests',
        { start, end, ...(reason ? { reason } : {}) },
        anaToken,
      );
    expect((await ask('2026-11-25T00:00', '2026-11-26T00:00', 'a story')).status).toBe(422);
    const asked = await ask('2026-11-25T00:00', '2026-11-26T00:00', 'health');
    expect(asked.status).toBe(201);
    expect(asked.body.state).toBe('pending');
    await l.sim.runUntilIdle();
    const coraText = l.sim.inbox(CORA).at(-1)?.body ?? '';
    expect(coraText).toContain('Ana asks for time away');
    expect(coraText).not.toContain('health'); // the reason is for the console, never a text

    const pending = await l.t.api<{ away: { id: string; reason: string; gaps: { start: string; end: string }[] }[] }>(
      'GET',
      '/api/swaps/pending',
      undefined,
      l.token,
    );
    expect(pending.body.away).toHaveLength(1);
    expect(pending.body.away[0]?.reason).toBe('health');
    // Ben covers the afternoon: the gap it would open is the morning only.
    expect(pending.body.away[0]?.gaps).toEqual([{ start: '2026-11-25T09:00-05:00', end: '2026-11-25T13:00-05:00' }]);

    const decide = (id: string, approve: boolean) =>
      l.t.api('POST', `/api/swaps/away/${id}/decision`, { approve }, l.token);
    expect((await decide(asked.body.id, true)).status).toBe(204);
    expect((await decide(asked.body.id, false)).status).toBe(409);
    await l.sim.runUntilIdle();
    expect(l.sim.inbox(ANA).at(-1)?.body).toContain('is approved');
    expect(await onDay(l, '2026-11-25')).toEqual(['Ben 13:00–17:00']);

    // Declined: nothing changes; a pending one can be taken back, once.
    const next = await ask('2026-12-02T00:00', '2026-12-03T00:00');
    expect((await decide(next.body.id, false)).status).toBe(204);
    await l.sim.runUntilIdle();
    expect(l.sim.inbox(ANA).at(-1)?.body).toContain('was not approved');
    expect(await onDay(l, '2026-12-02')).toEqual(['Ana 09:00–17:00', 'Ben 13:00–17:00']);
    const third = await ask('2026-12-09T00:00', '2026-12-10T00:00');
    expect((await l.t.api('DELETE', `/api/me/away-requests/${third.body.id}`, undefined, anaToken)).status).toBe(204);
    expect((await l.t.api('DELETE', `/api/me/away-requests/${third.body.id}`, undefined, anaToken)).status).toBe(409);
    const mine = await l.t.api<MySwaps>('GET', '/api/me/swaps', undefined, anaToken);
    expect(mine.body.away.map((a) => a.state)).toEqual(['approved', 'declined']);

    // A program that does not ask for approval: time away at once.
    expect((await l.t.api('PATCH', '/api/program', { care: { awayNeedsApproval: false } }, l.token)).status).toBe(200);
    const now = await ask('2026-12-16T00:00', '2026-12-17T00:00', 'rest');
    expect(now.body.state).toBe('approved');
    expect(await onDay(l, '2026-12-16')).toEqual(['Ben 13:00–17:00']);

    // A burn leaves when people are away (the line keeps answering) but not why they asked.
    const burnt = await l.t.api('POST', '/api/program/burn', { confirm: 'Northside Care Line' }, l.token);
    expect(burnt.status).toBe(200);
    const reasons = await l.t.kith.ctx.db.kysely.selectFrom('away_requests').select('reason').execute();
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((r) => r.reason === null)).toBe(true);
  });
});
