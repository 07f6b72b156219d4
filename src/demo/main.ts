import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { issueSetupTokenIfNeeded } from '../setup/service';
import { parseConfig } from '../config/config';
import { ManualClock } from '../platform/clock';
import { createLogger } from '../platform/logger';
import { startKith } from '../server';
import { ProviderSimulator, maskNumber, type PhoneBehaviour } from '../simulator';

/**
 * `npm run demo`: a newcomer with no phone account watches a call being routed. Kith runs for real
 * (HTTP, SQLite in a throwaway folder); the provider simulator plays the phone network and three
 * responders' phones, on virtual time paced for reading.
 */
const PUBLIC_URL = 'https://demo.kith.invalid';
const COMMUNITY = '+12025550100';
const ACCOUNT = 'ACdemo000000000000000000000000000';
const TOKEN = 'demo-auth-token';
const TEAM: { name: string; phone: string; note: string; behaviour: PhoneBehaviour }[] = [
  {
    name: 'Ana',
    phone: '+12025550111',
    note: 'her phone goes straight to voicemail',
    behaviour: { kind: 'voicemail', afterSeconds: 0, recordSeconds: 20 },
  },
  {
    name: 'Ben',
    phone: '+12025550112',
    note: 'answers after a few rings and presses 1',
    behaviour: { kind: 'answer', afterSeconds: 7, press: '1', hangUpAfterSeconds: 45 },
  },
  { name: 'Cam', phone: '+12025550113', note: 'has a phone that answers busy', behaviour: { kind: 'busy' } },
];

async function main(): Promise<void> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const dataDir = mkdtempSync(join(tmpdir(), 'kith-demo-'));
  const clock = new ManualClock(Date.now());
  const names = new Map(TEAM.map((m) => [maskNumber(m.phone), `${m.name}'s phone`]));
  const narrate = (line: string) =>
    out(`  ${[...names].reduce((text, [masked, name]) => text.split(masked).join(name), line)}`);
  const sim = new ProviderSimulator({
    clock,
    accountSid: ACCOUNT,
    authToken: TOKEN,
    publicBaseUrl: PUBLIC_URL,
    appBaseUrl: 'http://127.0.0.1:9',
    log: narrate,
  });
  await sim.start();
  const config = parseConfig({
    KITH_DATA_DIR: dataDir,
    KITH_PORT: '0',
    KITH_PUBLIC_URL: PUBLIC_URL,
    KITH_PROVIDER_API_URL: sim.apiBaseUrl,
    KITH_PROVIDER_ACCOUNT_SID: ACCOUNT,
    KITH_PROVIDER_AUTH_TOKEN: TOKEN,
  });
  const kith = await startKith({
    config,
    clock,
    logger: createLogger({ level: 'silent' }),
    maintenanceIntervalMs: null,
  });
  sim.connectApp(kith.address);
  sim.awaitBeforeEachEvent(() => kith.ctx.background.idle());
  try {
    const api = async (method: string, path: string, body: unknown, token?: string) => {
      const response = await fetch(`${kith.address}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      return (await response.json()) as Record<string, string>;
    };
    const setupToken = (await issueSetupTokenIfNeeded({ db: kith.ctx.db.kysely, clock, keys: kith.ctx.keys })) ?? '';
    const { token = '' } = await api('POST', '/api/setup', {
      token: setupToken,
      programName: 'Demo Community Line',
      coordinator: { name: 'Coordinator' },
    });
    await api('PATCH', '/api/program', { phoneNumber: COMMUNITY }, token);
    out(`Kith is running at ${kith.address}, with a throwaway database. Three responders are on call:`);
    for (const member of TEAM) {
      const { id = '' } = await api(
        'POST',
        '/api/responders',
        { name: member.name, phone: member.phone, roles: ['phone'] },
        token,
      );
      for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) {
        await api(
          'POST',
          '/api/shifts/rules',
          { responderId: id, role: 'phone', tier: 'primary', day, start: '00:00', end: '24:00' },
          token,
        );
      }
      sim.phone(member.phone, member.behaviour);
      out(`  - ${member.name}: ${member.note}`);
    }
    sim.ownNumber(COMMUNITY, {
      voiceUrl: '/webhooks/twilio/voice',
      statusCallbackUrl: '/webhooks/twilio/voice/status',
    });
    out('\nSomeone calls the community line (minutes:seconds of the call):\n');
    sim.placeCall({ from: '+12025550199', to: COMMUNITY });
    for (let second = 0; second < 180; second += 1) {
      await sim.advance(1);
      await sleep(60); // slow enough to follow, fast enough not to bore
      if (sim.calls.every((c) => c.endedAt !== undefined)) break;
    }
    await sim.runUntilIdle();
    const calls = (await (
      await fetch(`${kith.address}/api/calls`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as unknown[];
    out('\nWhat Kith kept about this call (note: no caller number, in any form):\n');
    out(JSON.stringify(calls[0], null, 2));
    out(
      '\nAna’s voicemail picked up first but never took the call; Cam’s line was busy; Ben pressed 1 and was connected.',
    );
    out('Connect a real number: see README, "Connect a phone number".');
  } finally {
    await kith.stop();
    await sim.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
